// A cut face is kept on disk for the next process (scripts/render/cut-faces-cache.ts): a rebuild
// reads it instead of cutting again, and a damaged file is cut again, never used. Each step is a
// process of its own, as each build is.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { PROJECT_DIR } from "../../scripts/render/paths.ts";

const CACHE = path.join(PROJECT_DIR, "node_modules", ".cache", "briefing", "faces");

/** cutFaces in a new process, whose cut gives `faces` (or throws, when "throw"): what it returned. */
function cutInNewProcess(what: string, faces: string[] | "throw"): unknown {
  const cut = faces === "throw" ? `async () => { throw new Error("cut again"); }` : `async () => ${JSON.stringify(faces)}`;
  const code = `import { cutFaces } from ${JSON.stringify(path.join(PROJECT_DIR, "scripts", "render", "cut-faces-cache.ts"))};
    process.stdout.write(JSON.stringify(await cutFaces("inter-ui", ${JSON.stringify(what)}, ${cut})));`;
  return JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { encoding: "utf8" }));
}

it("keeps a cut for the next process, and cuts again when its file is damaged", () => {
  const what = `a test's characters ${process.pid} ${Date.now()}`;
  const marker = `face of ${what}`;
  expect(cutInNewProcess(what, [marker])).toEqual([marker]);
  const kept = readdirSync(CACHE).filter((name) => readFileSync(path.join(CACHE, name), "utf8").includes(marker));
  expect(kept).toHaveLength(1);
  const file = path.join(CACHE, kept[0]!);
  try {
    expect(cutInNewProcess(what, "throw")).toEqual([marker]);
    writeFileSync(file, '["half a fi');
    expect(cutInNewProcess(what, [`${marker}, cut again`])).toEqual([`${marker}, cut again`]);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual([`${marker}, cut again`]);
  } finally {
    rmSync(file, { force: true });
  }
});
