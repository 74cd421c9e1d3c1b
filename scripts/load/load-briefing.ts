// Stage 1, load: read a briefing folder from disk. The only stage that reads the author's files.
// Everything the later stages need is read here, once: the YAML, the article and the folder's images.
import { existsSync } from "node:fs";
import { open, readFile, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { isMap, isScalar, isSeq, type Node } from "yaml";
import { BriefingError, fieldName, withSourceLines, type Problem } from "../errors.ts";
import { parseBriefingYaml, type ParsedYaml } from "./parse-yaml.ts";
import { safeSvg } from "./svg-safety.ts";
import { IMAGE_TYPES, MAX_IMAGE_BYTES } from "./image-types.ts";
import { imagePath, type LoadedImage } from "../model/images.ts";
import { imageSize } from "image-size";
import { fitImages, type ScaledImage } from "./fit-images.ts";

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
  /** The images scaled down to their largest use (fit-images.ts), for the build to say. */
  scaled: ScaledImage[];
}

const BRIEFING_FILE = "briefing.yaml";
const MAX_IMAGE_DEPTH = 3;

export async function loadBriefing(folder: string): Promise<LoadedBriefing> {
  const dir = path.resolve(folder);
  const file = path.relative(process.cwd(), path.join(dir, BRIEFING_FILE)) || BRIEFING_FILE;
  const text = await readText(path.join(dir, BRIEFING_FILE), file, folder);
  const yaml = parseBriefingYaml(text, file);
  const named = yaml.document.getIn(["source", "file"]);
  const articleName = typeof named === "string" && isInside(dir, named) ? named : undefined;
  const article =
    articleName === undefined
      ? undefined
      : await readOptional(path.join(dir, articleName), dir, path.join(path.dirname(file), articleName));
  const tooLarge: TooLargeImage[] = [];
  const misnamed: MisnamedImage[] = [];
  const images = await readImages(dir, tooLarge, misnamed);
  // An image that is not what its name says matters only where a slide shows it; one nobody names is left out.
  const shown = misnamed.filter((image) => whereNamed(yaml, image.name));
  if (tooLarge.length > 0 || shown.length > 0)
    throw new BriefingError(
      withSourceLines(
        [...tooLarge.map((image) => tooLargeProblem(image, dir, yaml, file)), ...shown.map((image) => misnamedProblem(image, yaml, file))],
        text,
      ),
    );
  const logo = yaml.document.getIn(["brand", "logo"]);
  const { images: fitted, scaled } = await fitImages(images, typeof logo === "string" ? imagePath(logo) : undefined);
  return {
    name: path.basename(dir),
    dir,
    file,
    yaml,
    article: articleName === undefined || article === undefined ? undefined : { file: articleName, text: article },
    images: fitted,
    scaled,
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
    throw new BriefingError([
      {
        file: shown,
        message: `no ${BRIEFING_FILE} in ${folder}`,
        hint: `a briefing is a folder with a ${BRIEFING_FILE}; see docs/writing-a-briefing.md`,
      },
    ]);
  }
  const bytes = await readOrReport(absolute, async () => {
    // A pipe or a device named briefing.yaml would block the read for ever.
    if (!(await stat(absolute)).isFile())
      throw new BriefingError([{ file: shown, message: "is not a regular file", hint: "briefing.yaml must be a text file" }]);
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

/**
 * An article given on its own (`npm run draft`): the same reading, and the same clear errors, as an
 * article named by a briefing.
 */
export async function readArticleFile(file: string): Promise<string> {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) {
    throw new BriefingError([
      { file, message: "no such file", hint: "name the article's file (plain text or Markdown), relative to where you run the command" },
    ]);
  }
  const bytes = await readOrReport(absolute, async () => {
    if (!(await stat(absolute)).isFile())
      throw new BriefingError([{ file, message: "is not a regular file", hint: "name the article's file, not a folder" }]);
    return readFile(absolute);
  });
  return decodeUtf8(bytes, file);
}

/** UTF-8 text without its BOM; any other encoding is named, not read as mojibake. */
function decodeUtf8(bytes: Buffer, shown: string): string {
  try {
    return stripBom(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    throw new BriefingError([
      {
        file: shown,
        message: `the file is not UTF-8 text${utf16 ? " (it is UTF-16)" : ""}`,
        hint: "save it as UTF-8 (in most editors: Save with encoding → UTF-8)",
      },
    ]);
  }
}

interface TooLargeImage {
  /** Its path in the folder, with "/" separators. */
  name: string;
  size: number;
}

/**
 * Every image in the folder, read; one larger than a slide can use is listed in `tooLarge`, unread;
 * one whose bytes are not the type its name says (a text file named .png) in `misnamed`, not loaded.
 */
async function readImages(
  dir: string,
  tooLarge: TooLargeImage[],
  misnamed: MisnamedImage[],
  relative = "",
  depth = 0,
): Promise<Map<string, LoadedImage>> {
  const images = new Map<string, LoadedImage>();
  for (const entry of await readOrReport(path.join(dir, relative), () => readdir(path.join(dir, relative), { withFileTypes: true }))) {
    const name = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory() && depth < MAX_IMAGE_DEPTH && !entry.name.startsWith(".")) {
      for (const [key, image] of await readImages(dir, tooLarge, misnamed, name, depth + 1)) images.set(key, image);
    } else if (entry.isFile()) {
      const mime = IMAGE_TYPES[path.extname(entry.name).toLowerCase()];
      if (!mime) continue;
      const bytes = await readImage(path.join(dir, name));
      if (typeof bytes === "number") tooLarge.push({ name, size: bytes });
      else {
        const { type: found, width, height } = readHeader(bytes, mime);
        if (found !== IMAGE_KINDS[mime]) misnamed.push({ name, claimed: mime, found });
        else if (found === "svg") {
          // Scripts, handlers and outside links taken out; one that expands without bound refused.
          const svg = safeSvg(bytes);
          if (svg.ok) images.set(name, { mime, bytes: svg.bytes, ...(width && height ? { width, height } : {}) });
          else misnamed.push({ name, claimed: mime, found, refused: svg.reason });
        } else images.set(name, { mime, bytes, ...(width && height ? { width, height } : {}) });
      }
    }
  }
  return images;
}

/** An image's bytes; or, when the file is larger than a slide can use, its size, and it is not read. */
async function readImage(absolute: string): Promise<Buffer | number> {
  return readOrReport(absolute, async () => {
    const handle = await open(absolute, "r");
    try {
      const { size } = await handle.stat();
      return size > MAX_IMAGE_BYTES ? size : await handle.readFile();
    } finally {
      await handle.close();
    }
  });
}

/** Said where briefing.yaml names the image when it does, else on the image file itself. */
interface MisnamedImage {
  name: string;
  /** The type its name says. */
  claimed: string;
  /** The type its bytes are, by image-size (the library that measures images for the writers); undefined: no image. */
  found: string | undefined;
  /** Why an image of the right type is not used all the same (an SVG that expands without bound). */
  refused?: string;
}

/** The image type image-size reads in each claimed type's bytes. */
const IMAGE_KINDS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/svg+xml": "svg",
  "image/avif": "avif",
};

/**
 * What an image's bytes are, and its size, read once from its header (every writer and the scaling
 * use this size); no type when they are no image at all. An SVG needs no size to be one (image-size
 * wants width and height or a viewBox): an <svg> element will do.
 */
function readHeader(bytes: Buffer, claimed: string): { type?: string; width?: number; height?: number } {
  let header: { type?: string; width?: number; height?: number } = {};
  try {
    header = imageSize(bytes);
  } catch {
    // no image image-size knows
  }
  if (claimed === "image/svg+xml" && /<svg[\s>]/i.test(bytes.subarray(0, 4096).toString("utf8"))) return { ...header, type: "svg" };
  return header;
}

function misnamedProblem(image: MisnamedImage, yaml: ParsedYaml, file: string): Problem {
  const named = whereNamed(yaml, image.name)!;
  const position = yaml.locateIn(named.path, named.offset);
  const claimed = IMAGE_KINDS[image.claimed]!.toUpperCase();
  if (image.refused) {
    return {
      file,
      ...(position ? { line: position.line, column: position.column } : {}),
      field: fieldName(named.path),
      message: `image "${image.name}" cannot be used: ${image.refused}`,
      hint: "export the picture again as a plain SVG (no nested <use> of <use>), or save it as PNG",
    };
  }
  return {
    file,
    ...(position ? { line: position.line, column: position.column } : {}),
    field: fieldName(named.path),
    message: `image "${image.name}" is not a ${claimed} image: its bytes are ${image.found ? `a ${image.found.toUpperCase()} image` : "no image at all"}`,
    hint:
      image.found && Object.values(IMAGE_KINDS).includes(image.found)
        ? `rename it to end in .${image.found} (in the file and here), or save it as ${claimed}`
        : "put the picture itself there, saved as PNG, JPEG, WebP or SVG",
  };
}

function tooLargeProblem(image: TooLargeImage, dir: string, yaml: ParsedYaml, file: string): Problem {
  const megabytes = (bytes: number) => `${Math.ceil(bytes / 100_000) / 10} MB`;
  const named = whereNamed(yaml, image.name);
  const position = named && yaml.locateIn(named.path, named.offset);
  return {
    ...(named && position
      ? { file, line: position.line, column: position.column, field: fieldName(named.path) }
      : { file: path.relative(process.cwd(), path.join(dir, image.name)) }),
    message: `image "${image.name}" is ${megabytes(image.size)}; a slide needs at most ${megabytes(MAX_IMAGE_BYTES)}`,
    hint: named
      ? "resize it: 3840 pixels wide is sharp on any screen, saved as JPEG or WebP it is a few MB"
      : "resize it (3840 pixels wide is sharp on any screen, saved as JPEG or WebP it is a few MB), or move it out of the briefing folder if no slide shows it",
  };
}

/**
 * The first text field of briefing.yaml that names the image ("photo.png", "./photo.png",
 * "my%20photo.png"), and where in its text; a longer name that ends the same ("old-photo.png",
 * "sub/photo.png") does not count.
 */
function whereNamed(yaml: ParsedYaml, name: string): { path: (string | number)[]; offset: number } | undefined {
  const forms = [...new Set([name, encodeURI(name)])];
  const nameChar = /[\w%/\\.-]/;
  const find = (text: string): number | undefined => {
    for (const form of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const start = text.slice(Math.max(0, at - 2), at) === "./" ? at - 2 : at;
        const before = text[start - 1];
        const after = text.slice(at + form.length, at + form.length + 2);
        if ((before === undefined || !nameChar.test(before)) && !/^([\w%/-]|\.\w)/.test(after)) return start;
      }
    }
    return undefined;
  };
  const visit = (node: unknown, at: (string | number)[]): { path: (string | number)[]; offset: number } | undefined => {
    if (isScalar(node) && typeof node.value === "string") {
      const offset = find(node.value);
      return offset === undefined ? undefined : { path: at, offset };
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        const found = (typeof key === "string" || typeof key === "number") && visit(pair.value, [...at, key]);
        if (found) return found;
      }
    }
    if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) {
        const found = visit(item, [...at, index]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return visit(yaml.document.contents as Node | null, []);
}

/** A file or folder in the briefing that cannot be read is the author's to fix, named as such. */
async function readOrReport<T>(absolute: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof BriefingError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const shown = path.relative(process.cwd(), absolute);
    throw new BriefingError([
      {
        file: shown,
        message: `cannot read it (${code || (error as Error).message})`,
        hint:
          code === "ERR_FS_FILE_TOO_LARGE" || code === "ERR_STRING_TOO_LONG"
            ? "the file is too large to read: shrink it, or move it out of the briefing folder"
            : "make it readable, or move it out of the briefing folder",
      },
    ]);
  }
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
