// Text the theme's font cannot draw falls back to a system font without any error from Chromium:
// the build says so, and --strict refuses it, like any other warning.
// The command line's main() runs in this process, printing in the run's shared Chromium. The
// warning is read from the fonts the printed PDFs embed (deck and handout), so the PDF step stays on.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { sharedBrowserAndFolder } from "../helpers/shared-browser.ts";
import { scriptsOf, unfontedCharacters } from "../../scripts/export/unfonted.ts";
import { shownCharacters } from "../../scripts/model/east-asian-face.ts";

const { browser, dir: out } = sharedBrowserAndFolder("font-warning-");
const fixture = path.join(FIXTURES, "warn", "uncovered-characters");

describe("characters the theme's font does not cover", () => {
  it("are a warning that names the text, in the deck and in the handout", async () => {
    const run = await runMain(["build", fixture, "--out", out], browser());
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/warning\s+deck: \d+ character\(s\) are not in the theme's font .*«The branch in Haifa greets readers with/);
    expect(run.stdout).toMatch(/warning\s+handout: \d+ character\(s\) are not in the theme's font/);
    expect(existsSync(path.join(out, "uncovered-characters", "uncovered-characters.pdf"))).toBe(true);
  });

  it("fail the build with --strict", async () => {
    const strictOut = path.join(out, "strict");
    const run = await runMain(["build", fixture, "--out", strictOut, "--strict"], browser());
    expect(run.status).toBe(1);
    expect(existsSync(path.join(strictOut, "uncovered-characters"))).toBe(false);
  });
});

/** Whether this machine has a font for Bengali (fontconfig, which Chromium asks too). */
const hasBengaliFont = spawnSync("fc-list", [":lang=bn", "family"], { encoding: "utf8" }).stdout.trim() !== "";

describe("characters no font on the machine draws", () => {
  const bengali = path.join(FIXTURES, "warn", "bengali-amounts");

  it("are the deck's letters of scripts its faces do not draw, named by script", () => {
    const missing = unfontedCharacters(shownCharacters("Revenue 16,563 কোটি — 79조 원, ₹ € 3½ «Ω» Ж 日本 करोड़").theme);
    expect(missing.join("")).toBe(shownCharacters("কোটি").theme); // each once, in code point order
    expect(scriptsOf(missing)).toBe("Bengali");
    expect(scriptsOf(["조", "ก"])).toBe("Hangul and Thai");
  });

  // "১৬,৫৬৩ কোটি" printed as the digits and two empty boxes reads ten million times smaller.
  it.runIf(!hasBengaliFont)(
    "stop the PDFs (exit 3, the previous outputs kept) where no font draws them: a scale word would vanish",
    async () => {
      const kept = path.join(out, "bengali-amounts");
      mkdirSync(kept, { recursive: true });
      writeFileSync(path.join(kept, "index.html"), "previous");
      const run = await runMain(["build", bengali, "--out", out], browser());
      expect(run.status).toBe(3);
      expect(run.stderr).toMatch(/empty boxes for \d+ character\(s\) of the deck in Bengali .*install a font that draws them/);
      expect(readFileSync(path.join(kept, "index.html"), "utf8")).toBe("previous");
      expect(existsSync(path.join(kept, "bengali-amounts.pdf"))).toBe(false);
      // --no-pdf still builds the deck, whose page names the font it needs.
      expect((await runMain(["build", bengali, "--out", out, "--no-pdf"], browser())).status).toBe(0);
    },
  );

  it.runIf(hasBengaliFont)("print where the machine has a font for them, and name it", async () => {
    const run = await runMain(["build", bengali, "--out", out], browser());
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/warning\s+deck: \d+ character\(s\) are not in the theme's font/);
  });
});

// No machine here has a font for Hindi: the deck brings its own Devanagari (and Arabic) face, cut to its text.
describe("Devanagari and Arabic", () => {
  it.each([
    ["devanagari-amounts", "NotoSansDevanagari", /[\u0900-\u097f]/],
    ["arabic-rates", "NotoSansArabic", /[\u0600-\u06ff]/],
  ])("%s prints in the deck's own face, with no warning, and the PowerPoint names it for complex scripts", async (name, face, script) => {
    const run = await runMain(["build", path.join(FIXTURES, "warn", name), "--out", out, "--pptx"], browser());
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split("\n").filter((line) => /^\s*\S+\s+warning\s.*(font|character)/.test(line))).toEqual([]);
    for (const pdf of [`${name}.pdf`, `${name}-handout.pdf`]) {
      const fonts = spawnSync("pdffonts", [path.join(out, name, pdf)], { encoding: "utf8" }).stdout;
      expect(fonts).toContain(`+${face}`);
      expect(
        fonts
          .split("\n")
          .slice(2)
          .filter((line) => line.trim() !== "")
          .every((line) => /\+(Inter|NotoSans)/.test(line)),
        fonts,
      ).toBe(true);
    }
    const text = spawnSync("pdftotext", [path.join(out, name, `${name}.pdf`), "-"], { encoding: "utf8" }).stdout;
    expect(text).toMatch(script);
    const slide = unzipSync(readFileSync(path.join(out, name, `${name}.pptx`)))["ppt/slides/slide2.xml"]!;
    expect(strFromU8(slide)).toContain(`<a:cs typeface="${face.replace(/NotoSans/, "Noto Sans ")}"`);
  });
});
