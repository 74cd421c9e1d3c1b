// The PowerPoint opened where Inter is not installed, as most colleagues will open it: LibreOffice
// (which has no Inter here, and draws DejaVu Sans, wider) renders every layout, light and dark, with
// and without a brand, and a bank deck with word units on narrow cards and long bank names in a
// horizontal bar chart. No text may be drawn over other text, and no figure held together on its
// card (number, scale word and unit) may break across lines.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT } from "../helpers/cli.ts";
import { runMain } from "../helpers/in-process.ts";
import { convertToPdf } from "../helpers/libreoffice.ts";
import { overlappingWords, type PageBoxes, pdfBoxes } from "../helpers/pdf-boxes.ts";

const GOOD = path.join(PROJECT, "test", "fixtures", "good");
const DARK_BRAND =
  'lang: vi\ntheme: dark\nbrand:\n  primary: "#7cc4ff"\n  accent: "#ffb347"\n  logo: logo.svg\n  footer: Nội bộ — không phát hành ra ngoài\n';
const DECKS = [
  "all-layouts",
  "bank-profits-vi",
  "charts-vi",
  "hbar-dates-en",
  "wide-figures",
  "themes-vi",
  "themes-dark-brand",
  "deepseek-r1",
];

let out: string;
const rendered = new Map<string, PageBoxes[]>();

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "pptx-font-"));
  const sources = path.join(out, "sources");
  const folders = DECKS.map((name) => {
    if (name === "deepseek-r1") return path.join(PROJECT, "content", name);
    if (name !== "themes-dark-brand") return path.join(GOOD, name);
    const folder = path.join(sources, name);
    cpSync(path.join(GOOD, "themes-vi"), folder, { recursive: true });
    const yaml = readFileSync(path.join(folder, "briefing.yaml"), "utf8");
    writeFileSync(path.join(folder, "briefing.yaml"), yaml.replace(/^lang: vi\n/m, DARK_BRAND));
    return folder;
  });
  const built = await runMain(["build", ...folders, "--no-pdf", "--pptx", "--out", out]);
  expect(built.status, built.stderr).toBe(0);
  convertToPdf(
    DECKS.map((name) => path.join(out, name, `${name}.pptx`)),
    path.join(out, "converted"),
  );
  for (const name of DECKS) rendered.set(name, pdfBoxes(path.join(out, "converted", `${name}.pdf`)));
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

it("renders in a font other than Inter (else this proves nothing)", () => {
  const fonts = execFileSync("pdffonts", [path.join(out, "converted", "all-layouts.pdf")], { encoding: "utf8" });
  expect(fonts).not.toMatch(/Inter/);
});

describe.each(DECKS)("%s", (name) => {
  it("draws no text over other text", () => {
    const pages = rendered.get(name)!;
    expect(pages.length).toBeGreaterThan(0);
    const overlaps = pages.flatMap((page, p) =>
      overlappingWords(page)
        // The quote slide's large opening mark is a decoration, set apart at a quarter of its ink.
        .filter(([a, b]) => a.text !== "“" && b.text !== "“")
        .map(([a, b]) => `page ${p + 1}: «${a.text}» over «${b.text}»`),
    );
    expect(overlaps).toEqual([]);
  });

  it("keeps every figure its card holds together on one line, on its own slide", () => {
    const html = parse(readFileSync(path.join(out, name, "index.html"), "utf8"));
    const pages = rendered.get(name)!;
    const sections = html.querySelectorAll("section[data-title]");
    expect(pages).toHaveLength(sections.length);
    const broken = sections.flatMap((section, i) => {
      const lines = pages[i]!.lines.map((line) => line.replace(/\s+/g, " "));
      return section
        .querySelectorAll(".figure-value")
        .map((e) => e.textContent.trim())
        .filter((text) => text.includes("\u00a0"))
        .map((text) => text.replace(/\s+/g, " "))
        .filter((figure) => !lines.some((line) => line.includes(figure)))
        .map((figure) => `slide ${i + 1}: ${figure}`);
    });
    expect(broken).toEqual([]);
  });
});

it("holds a figure with a word unit together on the bank deck's narrow cards (the case that broke)", () => {
  const cards = rendered.get("bank-profits-vi")![0]!.lines.map((line) => line.replace(/\s+/g, " "));
  expect(cards.some((line) => line.includes("70.027 tỷ đồng"))).toBe(true);
});
