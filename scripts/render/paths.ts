// Where the project's own files are, wherever the command is run from — and whether this module runs
// from scripts/render/ (tests, tsx) or from the compiled bundle under node_modules/.cache/.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function projectDir(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "templates")) && existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`no project folder (templates/ and package.json) above ${fileURLToPath(import.meta.url)}`);
  }
}

export const PROJECT_DIR = projectDir();
export const TEMPLATES_DIR = path.join(PROJECT_DIR, "templates");
