// Where the project's own files are, wherever the command is run from.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const TEMPLATES_DIR = path.join(PROJECT_DIR, "templates");
