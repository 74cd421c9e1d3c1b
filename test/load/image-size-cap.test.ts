// An image larger than a slide can use is refused from its file size, before it is read, and named
// where briefing.yaml shows it. The big files are sparse: they take no room on disk.
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BriefingError, type Problem } from "../../scripts/errors.ts";
import { MAX_IMAGE_BYTES } from "../../scripts/load/image-types.ts";
import { loadBriefing } from "../../scripts/load/load-briefing.ts";
import { runMain } from "../helpers/in-process.ts";

const BRIEFING = `title: Harbour traffic
date: 2025-03-04
lang: en
source:
  file: article.md
  title: Harbour traffic report
figures:
  ships:
    value: 135
    label: Ships
    quote: 135 ships called
slides:
  - layout: markdown
    title: The new quay
    body: |
      The quay seen from the water.

      ![The quay](./photos/harbour.png)
  - layout: sources
`;
const BODY_IMAGE_LINE = 18; // "      ![The quay](./photos/harbour.png)"

let folder: string;

beforeEach(() => {
  folder = path.join(mkdtempSync(path.join(os.tmpdir(), "image-cap-")), "harbour");
  mkdirSync(path.join(folder, "photos"), { recursive: true });
  writeFileSync(path.join(folder, "briefing.yaml"), BRIEFING);
  writeFileSync(path.join(folder, "article.md"), "The port said 135 ships called in 2024.\n");
});

afterEach(() => {
  rmSync(path.dirname(folder), { recursive: true, force: true });
});

/** A file of `bytes` zeros that takes no disk space. */
/** A file of that size, mostly a hole: a PNG's signature and header (a 1×1 image), then zeros. */
function sparseFile(relative: string, bytes: number): void {
  const file = path.join(folder, relative);
  writeFileSync(file, PNG_HEAD);
  truncateSync(file, bytes);
}

// The PNG signature and its IHDR chunk (1×1, 8-bit RGB): what the loader reads of a file to know it is a PNG.
const PNG_HEAD = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de", "hex");

async function loadProblems(): Promise<Problem[]> {
  try {
    await loadBriefing(folder);
  } catch (error) {
    if (error instanceof BriefingError) return error.problems;
    throw error;
  }
  throw new Error("the briefing loaded");
}

describe("the image size cap", () => {
  it("is 20 MB", () => {
    expect(MAX_IMAGE_BYTES).toBe(20_000_000);
  });

  it("names a too-large image at the line and field that show it", async () => {
    sparseFile("photos/harbour.png", 25_000_000);
    const problems = await loadProblems();
    expect(problems).toEqual([
      {
        file: path.relative(process.cwd(), path.join(folder, "briefing.yaml")),
        line: BODY_IMAGE_LINE,
        column: 19,
        field: "slides[0].body",
        message: 'image "photos/harbour.png" is 25 MB; a slide needs at most 20 MB',
        hint: expect.stringContaining("resize it"),
        source: "      ![The quay](./photos/harbour.png)",
      },
    ]);
  });

  it("reads the size, not the file: a 3 GB image (more than Node can read into one buffer) is refused by its size", async () => {
    sparseFile("photos/harbour.png", 3 * 1024 ** 3);
    const [problem, ...rest] = await loadProblems();
    expect(rest).toEqual([]);
    expect(problem!.message).toBe('image "photos/harbour.png" is 3221.3 MB; a slide needs at most 20 MB');
  });

  it("names an image no field shows on the image file itself, with every other too-large image", async () => {
    sparseFile("photos/harbour.png", 21_000_001);
    sparseFile("photos/old-harbour.jpg", 30_000_000);
    const problems = await loadProblems();
    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      [expect.stringMatching(/briefing\.yaml$/), BODY_IMAGE_LINE, 'image "photos/harbour.png" is 21.1 MB; a slide needs at most 20 MB'],
      [
        path.relative(process.cwd(), path.join(folder, "photos", "old-harbour.jpg")),
        undefined,
        'image "photos/old-harbour.jpg" is 30 MB; a slide needs at most 20 MB',
      ],
    ]);
    expect(problems[1]!.hint).toContain("move it out of the briefing folder");
  });

  it("does not take a longer name that ends the same for the image", async () => {
    writeFileSync(path.join(folder, "briefing.yaml"), BRIEFING.replace("./photos/harbour.png", "photos/old-harbour.png"));
    sparseFile("photos/old-harbour.png", 1000);
    sparseFile("harbour.png", 25_000_000);
    const [problem] = await loadProblems();
    expect(problem).toMatchObject({
      file: path.relative(process.cwd(), path.join(folder, "harbour.png")),
      message: expect.stringContaining('image "harbour.png"'),
    });
    expect(problem!.line).toBeUndefined();
  });

  it("loads an image of exactly 20 MB", async () => {
    sparseFile("photos/harbour.png", MAX_IMAGE_BYTES);
    const loaded = await loadBriefing(folder);
    expect(loaded.images.get("photos/harbour.png")?.bytes.length).toBe(MAX_IMAGE_BYTES);
  });

  it("fails the build with exit 1 and the offending line", async () => {
    sparseFile("photos/harbour.png", 25_000_000);
    // The command line's main(), in this process (--no-pdf: no browser).
    const run = await runMain(["build", folder, "--out", path.join(path.dirname(folder), "out"), "--no-pdf"]);
    expect(run.status).toBe(1);
    const said = run.stdout + run.stderr;
    expect(said).toContain(`briefing.yaml:${BODY_IMAGE_LINE}:19  slides[0].body`);
    expect(said).toContain('error: image "photos/harbour.png" is 25 MB; a slide needs at most 20 MB');
    expect(said).toContain("![The quay](./photos/harbour.png)");
    expect(said).toContain("fix: resize it");
  });
});
