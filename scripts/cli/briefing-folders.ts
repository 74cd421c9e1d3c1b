// Which briefings a command works on: the folders named, or every content/*/briefing.yaml.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { usageError } from "../errors.ts";
import { PROJECT_DIR } from "../render/paths.ts";

export function briefingFolders(paths: string[]): string[] {
  if (paths.length > 0) {
    for (const folder of paths) {
      if (!existsSync(folder)) throw usageError(`no such folder: ${folder}`);
      if (!statSync(folder).isDirectory()) {
        throw usageError(`${folder} is not a folder: name the briefing's folder (the one holding briefing.yaml)`);
      }
    }
    return paths;
  }
  const content = path.join(PROJECT_DIR, "content");
  const found = readdirSync(content, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(content, entry.name, "briefing.yaml")))
    .map((entry) => path.relative(process.cwd(), path.join(content, entry.name)) || ".");
  if (found.length === 0) throw usageError(`no briefings found in ${content}`);
  return found.sort();
}
