// The PowerPoint's zip as the writer leaves it: its files, each dated the briefing's day, the same
// bytes whatever the machine's time zone (a shard built in Tokyo and one in Los Angeles agree). Each
// zone is a process of its own: a zone set inside a running process does not reach its worker threads.
import { execFileSync } from "node:child_process";
import path from "node:path";
import JSZip from "jszip";
import { expect, it } from "vitest";

const MODULE = path.join(import.meta.dirname, "..", "..", "scripts", "write", "pptx", "ooxml-package.ts");

/** The package of two files, read and written by OoxmlPackage in a process in time zone `tz`, as base64. */
function writtenIn(tz: string): Buffer {
  const code = `
    import JSZip from "jszip";
    import { OoxmlPackage } from ${JSON.stringify(MODULE)};
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("ppt/slides/slide1.xml", "<p:sld>Nasdaq −3,07%</p:sld>");
    const pkg = OoxmlPackage.read(await zip.generateAsync({ type: "uint8array" }));
    process.stdout.write(pkg.write("2025-01-28").toString("base64"));`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    env: { ...process.env, TZ: tz },
    encoding: "utf8",
  });
  return Buffer.from(out, "base64");
}

it("writes its files dated the briefing's day, the same bytes in every time zone", async () => {
  const [east, west, utc] = ["Pacific/Kiritimati", "America/Los_Angeles", "UTC"].map(writtenIn);
  expect(east!.equals(west!)).toBe(true);
  expect(east!.equals(utc!)).toBe(true);
  const read = await JSZip.loadAsync(utc!);
  expect(Object.keys(read.files)).toEqual(["[Content_Types].xml", "ppt/slides/slide1.xml"]);
  expect(await read.file("ppt/slides/slide1.xml")!.async("string")).toBe("<p:sld>Nasdaq −3,07%</p:sld>");
  // JSZip reads a zip's local date in this process's zone: the briefing's day at midnight.
  for (const entry of Object.values(read.files)) {
    expect([entry.date.getFullYear(), entry.date.getMonth() + 1, entry.date.getDate(), entry.date.getHours()]).toEqual([2025, 1, 28, 0]);
  }
});
