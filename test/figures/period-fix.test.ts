// A period the article does not name is refused with a fix that names the article's period of that
// number, where its sentence names one: a fix listing every period of the article led a new user to
// the wrong month, and the false deck passed.
import { expect, it } from "vitest";
import { textProblems } from "../corpus/run-corpus.ts";

it("names the period of the number's own sentence in the fix", () => {
  const article = "TÜİK verilerine göre işsizlik oranı eylülde yüzde 8,6 oldu. İhracat ekimde yüzde 2,2 arttı.";
  const [problem] = textProblems({ article, deck: "Kasımda işsizlik oranı yüzde 8,6" }, "tr");
  expect(problem?.hint).toBe("name the period the article gives («eylülde»), or mark it as yours: {{own: Kasımda}}");
  // Followed, it passes; the other month does not.
  expect(textProblems({ article, deck: "Eylülde işsizlik oranı yüzde 8,6" }, "tr")).toEqual([]);
});

it("names every period the article gives where the number's sentence names none", () => {
  const article = "Sales rose 5% in the third quarter. Margins held at 12%.";
  const [problem] = textProblems({ article, deck: "Q2 margin: 12%" }, "en");
  expect(problem?.hint).toBe("name the period the article gives («third quarter»), or mark it as yours: {{own: Q2}}");
});
