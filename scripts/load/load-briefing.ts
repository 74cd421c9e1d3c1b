// Stage 1, load: read a briefing folder from disk. The only stage that reads the author's files.
// Everything the later stages need is read here, once: the YAML, the article and the folder's images.
import { existsSync } from "node:fs";
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { BriefingError } from "../errors.ts";
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
      ? await readOptional(path.join(dir, articleName), dir, path.join(path.dirname(file), articleName))
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
  if (!existsSync(absolute)) {
    throw new BriefingError([{ file: shown, message: `no ${BRIEFING_FILE} in ${folder}`, hint: `a briefing is a folder with a ${BRIEFING_FILE}; see docs/writing-a-briefing.md` }]);
  }
  const bytes = await readOrReport(absolute, async () => {
    // A pipe or a device named briefing.yaml would block the read for ever.
    if (!(await stat(absolute)).isFile()) throw new BriefingError([{ file: shown, message: "is not a regular file", hint: "briefing.yaml must be a text file" }]);
    return readFile(absolute);
  });
  return decodeUtf8(bytes, shown);
}

/** The article, if it is a file in the folder; a link that leads outside it is not. */
async function readOptional(absolute: string, dir: string, shown: string): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    if (!(await stat(absolute)).isFile()) return undefined;
    const real = await realpath(absolute);
    if (!real.startsWith((await realpath(dir)) + path.sep)) return undefined;
    bytes = await readFile(absolute);
  } catch {
    return undefined; // validation names the missing file with its line in briefing.yaml
  }
  return decodeUtf8(bytes, shown);
}

/** UTF-8 text without its BOM; any other encoding is named, not read as mojibake. */
function decodeUtf8(bytes: Buffer, shown: string): string {
  try {
    return stripBom(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    throw new BriefingError([{
      file: shown,
      message: `the file is not UTF-8 text${utf16 ? " (it is UTF-16)" : ""}`,
      hint: "save it as UTF-8 (in most editors: Save with encoding → UTF-8)",
    }]);
  }
}

async function readImages(dir: string, relative = "", depth = 0): Promise<Map<string, LoadedImage>> {
  const images = new Map<string, LoadedImage>();
  for (const entry of await readOrReport(path.join(dir, relative), () => readdir(path.join(dir, relative), { withFileTypes: true }))) {
    const name = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory() && depth < MAX_IMAGE_DEPTH && !entry.name.startsWith(".")) {
      for (const [key, image] of await readImages(dir, name, depth + 1)) images.set(key, image);
    } else if (entry.isFile()) {
      const mime = IMAGE_TYPES[path.extname(entry.name).toLowerCase()];
      if (mime) images.set(name, { mime, bytes: await readOrReport(path.join(dir, name), () => readFile(path.join(dir, name))) });
    }
  }
  return images;
}

/** A file or folder in the briefing that cannot be read is the author's to fix, named as such. */
async function readOrReport<T>(absolute: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof BriefingError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const shown = path.relative(process.cwd(), absolute);
    throw new BriefingError([{
      file: shown,
      message: `cannot read it (${code || (error as Error).message})`,
      hint: code === "ERR_FS_FILE_TOO_LARGE" || code === "ERR_STRING_TOO_LONG"
        ? "images must be smaller than 2 GiB: shrink it, or move it out of the briefing folder"
        : "make it readable, or move it out of the briefing folder",
    }]);
  }
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** An image reference as a path in the folder; a malformed %-escape is taken as written. */
export function imagePath(href: string): string {
  let decoded = href;
  try {
    decoded = decodeURI(href);
  } catch {
    // "a%zz.png": not an escape, so the name as typed
  }
  return decoded.replace(/^\.\//, "");
}
