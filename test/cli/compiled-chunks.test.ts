// The compiled command line reads at start only what every command needs: what it imports statically
// from its entry holds none of the pipeline's libraries (schema, PDF, PowerPoint, draft's language
// tables, dev's watcher), so `build` starts Chromium before reading them and `check` never reads the
// printing ones. Read from the real bundle, as scripts/briefing.mjs compiles it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
// @ts-expect-error: plain JavaScript, no declarations
import { compiledCli } from "../../scripts/compile-cli.mjs";

/** The files an entry imports, itself included, transitively: statically, or also dynamically. */
function importGraph(entry: string, { dynamic = false } = {}): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const code = readFileSync(file, "utf8");
    files.set(file, code);
    for (const [, spec] of code.matchAll(/^(?:import|export)\s[^;]*?from\s*"(\.\/[^"]+)";?$/gm))
      visit(path.join(path.dirname(file), spec!));
    for (const [, spec] of code.matchAll(/^import\s*"(\.\/[^"]+)";?$/gm)) visit(path.join(path.dirname(file), spec!));
    if (dynamic) for (const [, spec] of code.matchAll(/\bimport\("(\.\/[^"]+)"\)/g)) visit(path.join(path.dirname(file), spec!));
  };
  visit(entry);
  return files;
}

const PROJECT = path.join(import.meta.dirname, "..", "..");

/** A name each library's code holds (the bundle is not minified). */
const LIBRARIES = {
  zod: "$ZodError",
  "pdf-lib": "PDFDocument",
  pptxgenjs: "PptxGenJS",
  "iso-639-3": "iso6393",
  chokidar: "FSWatcher",
  "the figure check": "function checkFigures",
};

it("the entry's static imports hold the browser's start and none of the pipeline's libraries", async () => {
  const entry = (await compiledCli()) as string;
  const atStart = [...importGraph(entry).values()].join("\n");
  expect(atStart).toContain("function startBrowser");
  const found = Object.entries(LIBRARIES).filter(([, marker]) => atStart.includes(marker));
  expect(found.map(([name]) => name)).toEqual([]);
  // …and each is in a chunk a command reads when it needs it (so each marker does name its library).
  const whenNeeded = [...importGraph(entry, { dynamic: true }).values()].join("\n");
  expect(Object.entries(LIBRARIES).filter(([, marker]) => !whenNeeded.includes(marker))).toEqual([]);
});

it("holds zod's English messages and none of its other locales' (imported as a namespace, zod leaves them out)", async () => {
  const entry = (await compiledCli()) as string;
  const everything = [...importGraph(entry, { dynamic: true }).values()].join("\n");
  // Words of zod's German and Spanish messages for an invalid input (ASCII: the bundle writes other
  // characters as escapes), and its English one; each is in zod's own files.
  const locale = (name: string) => readFileSync(path.join(PROJECT, "node_modules", "zod", "v4", "locales", `${name}.js`), "utf8");
  expect(locale("de")).toContain("Eingabe: erwartet");
  expect(locale("es")).toContain("se esperaba");
  expect(locale("en")).toContain("Invalid input");
  expect(everything.includes("Eingabe: erwartet")).toBe(false);
  expect(everything.includes("se esperaba")).toBe(false);
  expect(everything.includes("Invalid input")).toBe(true);
});
