// The PowerPoint's zip as the writer leaves it: its files, each dated the briefing's day, the same
// bytes whatever the machine's time zone (a shard built in Tokyo and one in Los Angeles agree). Each
// zone is a process of its own: a zone set inside a running process does not reach its worker threads.
import { execFileSync } from "node:child_process";
import path from "node:path";
import JSZip from "jszip";
import { expect, it } from "vitest";

const MODULE = path.join(import.meta.dirname, "..", "..", "scripts", "write", "pptx", "ooxml-package.ts");

/** The package of two files, read and written by OoxmlPackage in a process in time zone `tz`, as base64. */
function writtenIn(tz: string, isoDate = "2025-01-28"): Buffer {
  const code = `
    import JSZip from "jszip";
    import { OoxmlPackage } from ${JSON.stringify(MODULE)};
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("ppt/slides/slide1.xml", "<p:sld>Nasdaq −3,07%</p:sld>");
    const pkg = OoxmlPackage.read(await zip.generateAsync({ type: "uint8array" }));
    process.stdout.write(pkg.write(${JSON.stringify(isoDate)}).toString("base64"));`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    env: { ...process.env, TZ: tz },
    encoding: "utf8",
  });
  return Buffer.from(out, "base64");
}

it("writes its files dated the briefing's day, the same bytes in every time zone", async () => {
  const [east, west, utc] = ["Pacific/Kiritimati", "America/Los_Angeles", "UTC"].map((tz) => writtenIn(tz));
  expect(east!.equals(west!)).toBe(true);
  expect(east!.equals(utc!)).toBe(true);
  const read = await JSZip.loadAsync(utc!);
  expect(Object.keys(read.files)).toEqual(["[Content_Types].xml", "ppt/slides/slide1.xml"]);
  expect(await read.file("ppt/slides/slide1.xml")!.async("string")).toBe("<p:sld>Nasdaq −3,07%</p:sld>");
  // JSZip reads a zip's local date in this process's zone: the briefing's day.
  for (const entry of Object.values(read.files)) {
    expect([entry.date.getFullYear(), entry.date.getMonth() + 1, entry.date.getDate()]).toEqual([2025, 1, 28]);
  }
});

it("is the same on the day a zone's summer time starts at midnight (Chile, 7 September 2025)", () => {
  expect(writtenIn("America/Santiago", "2025-09-07").equals(writtenIn("UTC", "2025-09-07"))).toBe(true);
});

it("dates a briefing about a year a zip cannot hold at the nearest it can, instead of failing", async () => {
  for (const [iso, day] of [
    ["1975-04-30", [1980, 1, 1]],
    ["2150-06-01", [2099, 12, 31]],
  ] as const) {
    const read = await JSZip.loadAsync(writtenIn("UTC", iso));
    const { date } = Object.values(read.files)[0]!;
    expect([date.getFullYear(), date.getMonth() + 1, date.getDate()]).toEqual(day);
  }
});
