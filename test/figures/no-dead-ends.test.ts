// Every fix: line followed literally leads to a passing briefing or a sharper error, never to a wrong
// figure, and what an author naturally writes has a way through: a period label, own words in a label,
// a handout kind typed in quotes, a word for a fall before a figure that prints its own sign.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BriefingError, type Problem } from "../../scripts/errors.ts";
import { prepareBriefing, type Reporter } from "../../scripts/pipeline.ts";

const silent: Reporter = { step() {}, warn() {} };
const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

const ARTICLE = "Lợi nhuận quý 4/2025 của Techcombank đạt 9.026 tỷ đồng. Cổ phiếu CTG giảm 12,7% trong năm. MB tăng 4,2%.";

async function check(figures: string, slides: string, top = ""): Promise<{ problems: Problem[]; handout?: unknown; labels: string[] }> {
  const folder = mkdtempSync(path.join(tmpdir(), "dead-ends-"));
  folders.push(folder);
  writeFileSync(path.join(folder, "article.txt"), ARTICLE);
  writeFileSync(
    path.join(folder, "briefing.yaml"),
    `title: Ngân hàng\ndate: 2026-01-20\nlang: vi\n${top}source:\n  file: article.txt\n  title: Bài báo\nfigures:\n${figures}\nslides:\n${slides}\n`,
  );
  try {
    const valid = await prepareBriefing(folder, silent);
    return { problems: [], handout: valid.briefing.handout, labels: valid.briefing.figures.map((f) => f.label) };
  } catch (error) {
    if (error instanceof BriefingError) return { problems: error.problems, labels: [] };
    throw error;
  }
}

const PROFIT = '  tcb:\n    value: 9026\n    unit: VND\n    scale: billion\n    label: LABEL\n    quote: "9.026 tỷ đồng"';
const CTG = (value: string, more = "") => `  ctg:\n    value: ${value}\n    unit: "%"\n    label: CTG${more}\n    quote: "CTG giảm 12,7%"`;
const POINTS = (text: string) => `  - layout: points\n    title: Kết quả\n    points:\n      - "${text}"`;

describe("no dead ends", () => {
  it("takes a period label the article names, and own words in a label, printed as words", async () => {
    const period = await check(PROFIT.replace("LABEL", "Techcombank Quý 4"), POINTS("{{tcb}}"));
    expect(period.problems.map((p) => p.message)).toEqual([]);
    const own = await check(PROFIT.replace("LABEL", '"Techcombank {{own: Q1/2026}}"'), POINTS("{{tcb}}"));
    expect(own.problems.map((p) => p.message)).toEqual([]);
    expect(own.labels).toEqual(["Techcombank Q1/2026"]);
    // A figure in a label is still refused, with the way out.
    const figure = await check(PROFIT.replace("LABEL", "Techcombank {{tcb}}"), POINTS("{{tcb}}"));
    expect(figure.problems.map((p) => p.hint)).toEqual([
      "write the label as plain text, or mark your own words as {{own: …}}; a number in it must be one the article states",
    ]);
  });

  it("refuses a period the article does not name, with a fix that leads through", async () => {
    const wrong = await check(PROFIT.replace("LABEL", "Techcombank Q3/2025"), POINTS("{{tcb}}"));
    expect(wrong.problems.map((p) => p.message)).toEqual(["the period «Q3» in «Techcombank Q3/2025» is not one the article names"]);
    expect(wrong.problems[0]!.hint).toBe("name the period the article gives («quý 4»), or mark it as yours: {{own: Q3}}");
    expect((await check(PROFIT.replace("LABEL", "Techcombank Q4/2025"), POINTS("{{tcb}}"))).problems).toEqual([]);
  });

  it('reads handout: "3" as the 3 it means', async () => {
    const quoted = await check(PROFIT.replace("LABEL", "Techcombank"), POINTS("{{tcb}}"), 'handout: "3"\n');
    expect(quoted.problems).toEqual([]);
    expect(quoted.handout).toBe(3);
  });

  it("refuses a word for a fall before a figure that prints its own minus, and its fix passes", async () => {
    const twice = await check(CTG("-12.7"), POINTS("CTG giảm {{ctg}}"));
    expect(twice.problems.map((p) => p.message)).toEqual([
      "«CTG giảm {{ctg}}» prints the fall twice (-12,7% after a word for a fall), which reads as a rise",
    ]);
    expect(twice.problems[0]!.hint).toContain('give figure "ctg" value: 12.7 and direction: label, with the fall said in its label');
    // Followed: the magnitude after the word, the fall in the label.
    expect((await check(CTG("12.7", " giảm\n    direction: label"), POINTS("CTG giảm {{ctg}}"))).problems).toEqual([]);
    // Or the word dropped.
    expect((await check(CTG("-12.7"), POINTS("CTG: {{ctg}}"))).problems).toEqual([]);
    const rise = await check(CTG("-12.7"), POINTS("CTG tăng {{ctg}}"));
    expect(rise.problems.map((p) => p.message)).toEqual(['«CTG tăng {{ctg}}» says a rise, but figure "ctg" is a fall (-12,7%)']);
  });

  it("says where the scale goes when the unit holds it, and keeps the value the YAML means", async () => {
    const inUnit = await check(
      '  tcb:\n    value: 9026\n    unit: tỷ đồng\n    label: Techcombank\n    quote: "9.026 tỷ đồng"',
      POINTS("{{tcb}}"),
    );
    expect(inUnit.problems.map((p) => p.hint)).toEqual([
      "write scale: billion and unit: đồng: the scale word is not part of the unit; if «tỷ» is no scale there, end the quote at the number",
    ]);
    const followed = await check(
      '  tcb:\n    value: 9026\n    unit: đồng\n    scale: billion\n    label: Techcombank\n    quote: "9.026 tỷ đồng"',
      POINTS("{{tcb}}"),
    );
    expect(followed.problems).toEqual([]);
  });

  it("suggests a figure for a number only when its unit, scale and sign agree", async () => {
    const ratio = "  ratio:\n    value: 4.2\n    label: Tỷ lệ\n    derived: tcb / tcb * 4.2";
    const text = await check(`${PROFIT.replace("LABEL", "Techcombank")}\n${ratio}`, POINTS("Techcombank giảm 4,2% trong quý"));
    // 4,2% is MB's rise: the ratio (no unit) is not offered, and the subject is named.
    expect(text.problems.map((p) => p.message)).toEqual([
      "«Techcombank giảm 4,2% trong quý» says 4,2% is a fall, but the article says a rise: «MB tăng 4,2%.»",
    ]);
    expect(text.problems[0]!.hint).not.toContain("{{ratio}}");
  });
});

describe("percentage points", () => {
  it("refuses a gap between two percentages printed as a percentage, and passes it in points", async () => {
    const both = `${CTG("-12.7")}\n  mb:\n    value: 4.2\n    unit: "%"\n    label: MB\n    quote: "MB tăng 4,2%"`;
    const gap = (unit: string) =>
      `${both}\n  gap:\n    value: 16.9\n    unit: "${unit}"\n    label: Khoảng cách MB và CTG\n    derived: mb - ctg`;
    const wrong = await check(gap("%"), POINTS("{{gap}}"));
    expect(wrong.problems.map((p) => p.message)).toEqual([
      'figure "gap": derived "mb - ctg" is the difference of two percentages, which is in percentage points, but unit "%" prints a percentage',
    ]);
    expect((await check(gap("điểm phần trăm"), POINTS("{{gap}}"))).problems).toEqual([]);
  });
});

describe("the briefing's own date", () => {
  it("may stand in the text as a date; another day the article does not name may not", async () => {
    expect((await check(PROFIT.replace("LABEL", "Techcombank"), POINTS("Họp ngày 20/1: {{tcb}}"))).problems).toEqual([]);
    expect((await check(PROFIT.replace("LABEL", "Techcombank"), POINTS("Họp ngày 21/1: {{tcb}}"))).problems.map((p) => p.message)).toEqual([
      "the number 21 in «Họp ngày 21/1: {{…}}» is not in the article",
    ]);
  });
});
