// A colleague's edits, done in the package as PowerPoint does them, then the file rendered by
// LibreOffice: new values in a chart's data (its cached points and its embedded workbook), whose labels
// must follow, signs included, in the deck's separators; and a new footer line written in the slide
// layouts (the master view), which every slide must then show.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PROJECT } from "../helpers/cli.ts";
import { runMain } from "../helpers/in-process.ts";
import { convertToPdf } from "../helpers/libreoffice.ts";
import { pdfPageTexts } from "../helpers/pdf.ts";

const NAME = "charts-vi";
const FOLDER = path.join(PROJECT, "test", "fixtures", "good", NAME);
// The fixture's bar chart of mixed signs (slide 2): Nvidia -9,5 %, Alphabet 0,6 %, in its briefing.yaml.
const SLIDE = 2;
const EDITS = [
  { from: -9.5, to: 4.2, label: "4,2%", old: "-9,5%" },
  { from: 0.6, to: -2.4, label: "-2,4%", old: "0,6%" },
];
const RETITLED = "Retitled by a colleague";
let out: string;
let page: string;
let pages: string[];

/** The chart on the slide, and its workbook: each edit's old value replaced, in the cache and in the cell. */
async function edit(pptx: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(pptx));
  const rels = await zip.file(`ppt/slides/_rels/slide${SLIDE}.xml.rels`)!.async("string");
  const chart = `ppt/charts/${/charts\/(chart\d+\.xml)/.exec(rels)![1]}`;
  const chartRels = await zip.file(`${chart.replace("charts/", "charts/_rels/")}.rels`)!.async("string");
  const workbookFile = `ppt/embeddings/${/embeddings\/([^"]+\.xlsx)/.exec(chartRels)![1]}`;
  const workbook = await JSZip.loadAsync(await zip.file(workbookFile)!.async("nodebuffer"));
  let xml = await zip.file(chart)!.async("string");
  let sheet = await workbook.file("xl/worksheets/sheet1.xml")!.async("string");
  for (const { from, to } of EDITS) {
    expect(xml, `chart caches ${from}`).toContain(`<c:v>${from}</c:v>`);
    expect(sheet, `workbook holds ${from}`).toContain(`<v>${from}</v>`);
    xml = xml.replace(`<c:v>${from}</c:v>`, `<c:v>${to}</c:v>`);
    sheet = sheet.replace(`<v>${from}</v>`, `<v>${to}</v>`);
  }
  workbook.file("xl/worksheets/sheet1.xml", sheet);
  zip.file(workbookFile, await workbook.generateAsync({ type: "nodebuffer" }));
  zip.file(chart, xml);
  // The footer's line, in each layout that shows it: the deck's title (the layouts hold it, no slide does).
  const title = /<a:t>(Biểu đồ[^<]*)<\/a:t>/;
  let retitled = 0;
  for (const file of Object.keys(zip.files).filter((f) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(f))) {
    const layout = await zip.file(file)!.async("string");
    if (!title.test(layout)) continue;
    zip.file(file, layout.replace(title, `<a:t>${RETITLED}</a:t>`));
    retitled++;
  }
  expect(retitled).toBeGreaterThan(0);
  return zip.generateAsync({ type: "nodebuffer" });
}

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "pptx-edit-"));
  const built = await runMain(["build", FOLDER, "--no-pdf", "--pptx", "--out", out]);
  expect(built.status, built.stderr).toBe(0);
  const edited = path.join(out, "edited.pptx");
  writeFileSync(edited, await edit(path.join(out, NAME, `${NAME}.pptx`)));
  convertToPdf([edited], out);
  pages = pdfPageTexts(path.join(out, "edited.pdf")).map((text) => text.replace(/\s+/g, " "));
  page = pages[SLIDE - 1]!;
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

it("relabels edited values, with their new signs, in the deck's separators", () => {
  for (const { label } of EDITS) expect(page).toContain(label);
});

it("says none of the old values any more", () => {
  for (const { old } of EDITS) expect(page.split(" ")).not.toContain(old);
});

it("keeps the labels of the points nobody edited", () => {
  expect(page).toContain("-1,8%");
  expect(page).toContain("-1,2%");
});

// The fixture has no title slide (whose footer holds no deck title): every slide shows the line.
it("shows the footer line written once in the layouts on every slide", () => {
  expect(pages.length).toBeGreaterThan(5);
  expect(pages.filter((text) => !text.includes(RETITLED))).toEqual([]);
  expect(pages.filter((text) => text.includes("Biểu đồ — mọi kiểu"))).toEqual([]);
});
