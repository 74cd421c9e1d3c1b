// An image is what its bytes are, not what its name says: a text file (a hard link to /etc/passwd)
// named logo.png is refused where the briefing names it, and a JPEG named .png is named for what it
// is; a misnamed file no slide shows is simply left out.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, expect, it } from "vitest";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const work = mkdtempSync(path.join(os.tmpdir(), "image-bytes-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** themes-vi with a logo named logo.png holding these bytes, and a stray file no slide names. */
function briefingWithLogo(name: string, bytes: Buffer): string {
  const folder = path.join(work, name);
  cpSync(path.join(FIXTURES, "good", "themes-vi"), folder, { recursive: true });
  writeFileSync(path.join(folder, "logo.png"), bytes);
  writeFileSync(path.join(folder, "stray.png"), "not a picture, and no slide shows it");
  const yaml = readFileSync(path.join(folder, "briefing.yaml"), "utf8");
  writeFileSync(path.join(folder, "briefing.yaml"), yaml.replace(/^lang: vi\n/m, "lang: vi\nbrand:\n  logo: logo.png\n"));
  return folder;
}

it("refuses text named .png where the briefing names it, with its line (exit 1)", async () => {
  const run = await runMain(["check", briefingWithLogo("text", Buffer.from("root:x:0:0:root:/root:/bin/bash\n"))]);
  expect(run.status).toBe(1);
  const said = run.stdout + run.stderr;
  expect(said).toMatch(
    /briefing\.yaml:\d+:\d+ {2}brand\.logo\n {2}error: image "logo\.png" is not a PNG image: its bytes are no image at all/,
  );
  expect(said).toContain("fix: put the picture itself there, saved as PNG, JPEG, WebP or SVG");
  expect(said).not.toContain("stray.png");
});

it("names a JPEG named .png for what it is, and says how to mend it", async () => {
  const jpeg = await sharp({ create: { width: 40, height: 20, channels: 3, background: "#336699" } })
    .jpeg()
    .toBuffer();
  const run = await runMain(["check", briefingWithLogo("jpeg", jpeg)]);
  expect(run.status).toBe(1);
  expect(run.stdout + run.stderr).toContain('image "logo.png" is not a PNG image: its bytes are a JPG image');
  expect(run.stdout + run.stderr).toContain("fix: rename it to end in .jpg (in the file and here), or save it as PNG");
});

it("builds with a real PNG, the stray file beside it left out", async () => {
  const png = await sharp({ create: { width: 40, height: 20, channels: 3, background: "#336699" } })
    .png()
    .toBuffer();
  const run = await runMain(["check", briefingWithLogo("png", png)]);
  expect(run.status, run.stdout + run.stderr).toBe(0);
});

/** themes-vi with its logo.svg replaced by these bytes. */
function briefingWithSvgLogo(name: string, svg: string): string {
  const folder = path.join(work, name);
  cpSync(path.join(FIXTURES, "good", "themes-vi"), folder, { recursive: true });
  writeFileSync(path.join(folder, "logo.svg"), svg);
  const yaml = readFileSync(path.join(folder, "briefing.yaml"), "utf8");
  if (!/logo\.svg/.test(yaml))
    writeFileSync(path.join(folder, "briefing.yaml"), yaml.replace(/^lang: vi\n/m, "lang: vi\nbrand:\n  logo: logo.svg\n"));
  return folder;
}

it("refuses an SVG logo whose <use> references expand without bound, at the line that names it", async () => {
  let bomb = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><defs><path id="l0" d="M0 0h1v1z"/>';
  for (let level = 1; level <= 9; level++) bomb += `<g id="l${level}">${`<use href="#l${level - 1}"/>`.repeat(10)}</g>`;
  bomb += '</defs><use href="#l9"/></svg>';
  const run = await runMain(["check", briefingWithSvgLogo("svg-bomb", bomb)]);
  expect(run.status).toBe(1);
  expect(run.stdout + run.stderr).toMatch(
    /brand\.logo\n {2}error: image "logo\.svg" cannot be used: it draws about [\d,]+ elements once its <use> references are expanded/,
  );
});
