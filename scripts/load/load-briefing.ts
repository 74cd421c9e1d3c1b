// Stage 1, load: read a briefing folder from disk. The only stage that reads the author's files.
// Everything the later stages need is read here, once: the YAML, the article and the folder's images.
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { BriefingError, type Problem } from "../errors.ts";
import { parseBriefingYaml, type ParsedYaml } from "./parse-yaml.ts";
import { IMAGE_TYPES } from "./image-types.ts";

export interface LoadedImage {
  mime: string;
  bytes: Buffer;
}

export interface LoadedBriefing {
  /** Folder name: the deck's name. */
  name: string;
  dir: string;
  /** briefing.yaml's path as the user should see it (relative to the working directory). */
  file: string;
  yaml: ParsedYaml;
  /** The article named by source.file, when that names a readable file inside the folder. */
  article?: { file: string; text: string };
  /** Every image in the folder, by its path relative to the folder with "/" separators. */
  images: Map<string, LoadedImage>;
}

const BRIEFING_FILE = "briefing.yaml";
const MAX_IMAGE_DEPTH = 3;

export async function loadBriefing(folder: string): Promise<LoadedBriefing> {
  const dir = path.resolve(folder);
  const file = path.relative(process.cwd(), path.join(dir, BRIEFING_FILE)) || BRIEFING_FILE;
  const text = await readText(path.join(dir, BRIEFING_FILE), file, folder);
  const yaml = parseBriefingYaml(text, file);
  const articleName = yaml.document.getIn(["source", "file"]);
  const article =
    typeof articleName === "string" && isInside(dir, articleName)
      ? await readOptional(path.join(dir, articleName))
      : undefined;
  return {
    name: path.basename(dir),
    dir,
    file,
    yaml,
    article: article === undefined ? undefined : { file: articleName as string, text: article },
    images: await readImages(dir),
  };
}

/** True when a relative path stays inside the folder (no "..", no absolute path, no URL). */
export function isInside(dir: string, relative: string): boolean {
  if (relative === "" || path.isAbsolute(relative) || /^[a-z][a-z0-9+.-]*:/i.test(relative)) return false;
  const resolved = path.resolve(dir, relative);
  return resolved.startsWith(dir + path.sep);
}

async function readText(absolute: string, shown: string, folder: string): Promise<string> {
  try {
    return stripBom(await readFile(absolute, "utf8"));
  } catch (error) {
    const problem: Problem = (error as NodeJS.ErrnoException).code === "ENOENT"
      ? {
          file: shown,
          message: `no ${BRIEFING_FILE} in ${folder}`,
          hint: `a briefing is a folder with a ${BRIEFING_FILE}; see docs/writing-a-briefing.md`,
        }
      : { file: shown, message: `cannot read: ${(error as Error).message}` };
    throw new BriefingError([problem]);
  }
}

async function readOptional(absolute: string): Promise<string | undefined> {
  try {
    if (!(await stat(absolute)).isFile()) return undefined;
    return stripBom(await readFile(absolute, "utf8"));
  } catch {
    return undefined; // validation names the missing file with its line in briefing.yaml
  }
}

async function readImages(dir: string, relative = "", depth = 0): Promise<Map<string, LoadedImage>> {
  const images = new Map<string, LoadedImage>();
  for (const entry of await readdir(path.join(dir, relative), { withFileTypes: true })) {
    const name = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory() && depth < MAX_IMAGE_DEPTH && !entry.name.startsWith(".")) {
      for (const [key, image] of await readImages(dir, name, depth + 1)) images.set(key, image);
    } else if (entry.isFile()) {
      const mime = IMAGE_TYPES[path.extname(entry.name).toLowerCase()];
      if (mime) images.set(name, { mime, bytes: await readFile(path.join(dir, name)) });
    }
  }
  return images;
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
