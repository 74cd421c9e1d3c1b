// An image far larger than its largest use is scaled down once, at load, for every writer; the build
// says so on its load line. A camera-sized logo gives a PowerPoint of kilobytes, with one copy of it.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fitImages } from "../../scripts/load/fit-images.ts";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

/** A PNG of noise (which does not compress): the size of a camera original or an unoptimised export. */
const noisyPng = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .png()
    .toBuffer();

describe("fitImages", () => {
  it("scales a logo to three times its title-slide box, and a slide image to a 4K screen, keeping each format", async () => {
    const big = await noisyPng(4000, 3000);
    const photo = await sharp({ create: { width: 6000, height: 4000, channels: 3, background: "#336699" } })
      .jpeg()
      .toBuffer();
    const { images, scaled } = await fitImages(
      new Map([
        // With the size load reads from each header.
        ["brand/logo.png", { mime: "image/png", bytes: big, width: 4000, height: 3000 }],
        ["photo.jpg", { mime: "image/jpeg", bytes: photo, width: 6000, height: 4000 }],
      ]),
      "brand/logo.png",
    );
    expect(await sharp(images.get("brand/logo.png")!.bytes).metadata()).toMatchObject({ format: "png", width: 320, height: 240 });
    expect(await sharp(images.get("photo.jpg")!.bytes).metadata()).toMatchObject({ format: "jpeg", width: 3240, height: 2160 });
    expect(scaled.map((s) => [s.name, s.to.width, s.to.height])).toEqual([
      ["brand/logo.png", 320, 240],
      ["photo.jpg", 3240, 2160],
    ]);
  });

  it("leaves alone what fits, and what it does not scale (SVG, GIF)", async () => {
    const small = await noisyPng(300, 200);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9000" height="9000"/>');
    const input = new Map([
      ["small.png", { mime: "image/png", bytes: small, width: 300, height: 200 }],
      ["huge.svg", { mime: "image/svg+xml", bytes: svg, width: 9000, height: 9000 }],
    ]);
    const { images, scaled } = await fitImages(input, undefined);
    expect(scaled).toEqual([]);
    expect(images.get("small.png")!.bytes).toBe(small);
    expect(images.get("huge.svg")!.bytes).toBe(svg);
  });
});

describe("a briefing whose logo is a 17 MB picture", () => {
  let work: string;
  let stdout: string;
  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), "fit-images-"));
    const folder = path.join(work, "big-logo");
    cpSync(path.join(FIXTURES, "good", "themes-vi"), folder, { recursive: true });
    writeFileSync(path.join(folder, "logo.png"), await noisyPng(3000, 2000));
    expect(statSync(path.join(folder, "logo.png")).size).toBeGreaterThan(15_000_000);
    const yaml = readFileSync(path.join(folder, "briefing.yaml"), "utf8");
    writeFileSync(
      path.join(folder, "briefing.yaml"),
      yaml.replace(/^lang: vi\n/m, "lang: vi\nbrand:\n  logo: logo.png\n  footer: Nội bộ\n"),
    );
    const run = await runMain(["build", folder, "--no-pdf", "--pptx", "--out", path.join(work, "out")]);
    expect(run.status, run.stderr).toBe(0);
    stdout = run.stdout;
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("says on its load line what it scaled, from what to what", () => {
    expect(stdout).toMatch(/big-logo\s+load\s+.*logo\.png scaled 3000×2000 → 360×240 \(1\d\.\d MB → 0\.\d MB\)/);
  });

  it("gives a PowerPoint under a megabyte holding the logo once, and a deck under 2 MB", async () => {
    const pptx = path.join(work, "out", "big-logo", "big-logo.pptx");
    expect(statSync(pptx).size).toBeLessThan(1_000_000);
    const zip = await JSZip.loadAsync(readFileSync(pptx));
    expect(Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f))).toHaveLength(1);
    expect(statSync(path.join(work, "out", "big-logo", "index.html")).size).toBeLessThan(2_000_000);
  });
});
