// A cut face is kept on disk for the next process (scripts/render/cut-faces-cache.ts): a rebuild
// reads it instead of cutting again, and a damaged file is cut again, never used. Each step is a
// process of its own, as each build is.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { cutFile } from "../../scripts/render/cut-faces-cache.ts";
import { PROJECT_DIR } from "../../scripts/render/paths.ts";

const KIND = "a test's faces";

/** cutFaces in a new process, whose cut gives `faces` (or throws, when "throw"): what it returned. */
function cutInNewProcess(recipe: string, faces: string[] | "throw"): unknown {
  const cut = faces === "throw" ? `async () => { throw new Error("cut again"); }` : `async () => ${JSON.stringify(faces)}`;
  const code = `import { cutFaces } from ${JSON.stringify(path.join(PROJECT_DIR, "scripts", "render", "cut-faces-cache.ts"))};
    process.stdout.write(JSON.stringify(await cutFaces(${JSON.stringify(KIND)}, ${JSON.stringify(recipe)}, 2, ${cut})));`;
  return JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { encoding: "utf8" }));
}

it("keeps a cut for the next process, and cuts again when its file is damaged or short", () => {
  const recipe = `characters of process ${process.pid} at ${Date.now()}`;
  const file = cutFile(KIND, recipe);
  const faces = ["first face", "second face"];
  try {
    expect(cutInNewProcess(recipe, faces)).toEqual(faces);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(faces);
    expect(cutInNewProcess(recipe, "throw")).toEqual(faces);
    writeFileSync(file, '["half a fi');
    expect(cutInNewProcess(recipe, ["cut", "again"])).toEqual(["cut", "again"]);
    writeFileSync(file, '["one face"]');
    expect(cutInNewProcess(recipe, ["cut", "once more"])).toEqual(["cut", "once more"]);
  } finally {
    rmSync(file, { force: true });
  }
});
