// A right-to-left deck's PowerPoint is laid out as its page is: pptxgenjs places every box from the
// left, and finish-pptx.ts mirrors the places (the first stat card on the right, the cards' accent
// bars on their right edge, the slide number on the left), and the text starts at the right.
// The same two-card slide of a left-to-right deck is the control.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { runMain } from "../helpers/in-process.ts";

const out = mkdtempSync(path.join(os.tmpdir(), "pptx-rtl-"));
const DECKS = { rtl: "arabic-rates", ltr: "devanagari-amounts" };

beforeAll(async () => {
  const run = await runMain([
    "build",
    ...Object.values(DECKS).map((n) => path.join(FIXTURES, "warn", n)),
    "--no-pdf",
    "--pptx",
    "--out",
    out,
  ]);
  expect(run.status, run.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const part = (name: string, file: string) => strFromU8(unzipSync(readFileSync(path.join(out, name, `${name}.pptx`)))[file]!);
const SLIDE_WIDTH = 12192000;

/** Each shape of a slide: where it starts, how wide it is, its first text and its paragraphs' alignments. */
function shapes(xml: string) {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map(([, sp]) => ({
    x: Number(/<a:off x="(\d+)"/.exec(sp!)?.[1]),
    cx: Number(/<a:ext cx="(\d+)"/.exec(sp!)?.[1]),
    text: /<a:t>([^<]*)<\/a:t>/.exec(sp!)?.[1],
    align: [...sp!.matchAll(/<a:pPr[^>]*algn="(\w+)"/g)].map((m) => m[1]),
  }));
}

describe("a right-to-left deck's PowerPoint", () => {
  it("puts the first stat card on the right, its text right-aligned; a left-to-right deck's on the left", () => {
    const first = (name: string) => shapes(part(name, "ppt/slides/slide2.xml")).find((s) => /\d/.test(s.text ?? ""))!;
    const rtl = first(DECKS.rtl);
    expect(rtl.text).toContain("21");
    expect(rtl.x).toBeGreaterThan(SLIDE_WIDTH / 2);
    expect(rtl.align).toContain("r");
    const ltr = first(DECKS.ltr);
    expect(ltr.x + ltr.cx).toBeLessThan(SLIDE_WIDTH);
    expect(ltr.x).toBeLessThan(SLIDE_WIDTH / 2);
  });

  it("puts the cards' accent bars on their right edge", () => {
    const slide = shapes(part(DECKS.rtl, "ppt/slides/slide2.xml"));
    const bars = slide.filter((s) => s.cx > 0 && s.cx < 100_000 && s.text === undefined);
    const cards = slide.filter((s) => s.cx > 3_000_000 && s.text === undefined);
    expect(bars.length).toBe(2);
    for (const bar of bars) expect(cards.some((card) => Math.abs(card.x + card.cx - (bar.x + bar.cx)) < 2)).toBe(true);
  });

  it("numbers its slides at the left, at the line's end", () => {
    const layout = part(DECKS.rtl, "ppt/slideLayouts/slideLayout2.xml");
    const number = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*type="sldNum"[\s\S]*?<\/p:sp>/.exec(layout)![0];
    expect(Number(/<a:off x="(\d+)"/.exec(number)![1])).toBeLessThan(SLIDE_WIDTH / 2);
    expect(number).toContain('algn="l"');
  });
});
