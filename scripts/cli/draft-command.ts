// `draft`: an article → DIR/NAME/ with a copy of the article and a first briefing.yaml that `check`
// passes as it stands. Every figure the article states is found and quoted (scripts/draft/); the
// draft is then held to the real check, and a figure whose quote does not pass is left out and said.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { BriefingError, CliError, EXIT, usageError } from "../errors.ts";
import { readArticleFile } from "../load/load-briefing.ts";
import { prepareBriefing, type Reporter } from "../pipeline.ts";
import { findFigures } from "../draft/find-figures.ts";
import { detectedLine, detectLanguage } from "../draft/detect-language.ts";
import { draftBriefing, keyFigures } from "../draft/draft-briefing.ts";
import { JSON_SCHEMA_FILE } from "../validate/json-schema.ts";
import { isKnownLanguage } from "../validate/check-references.ts";
import { PROJECT_DIR } from "../render/paths.ts";
import { formatProblems } from "./report.ts";
import { usageLine } from "./options.ts";

export interface DraftOptions {
  name?: string;
  lang?: string;
  outDir?: string;
}

const silent: Reporter = { step() {}, warn() {} };
const ROUNDS = 4;

export async function runDraft(paths: string[], options: DraftOptions): Promise<number> {
  if (paths.length !== 1) throw usageError(`draft takes one article: ${usageLine("draft")}`);
  const file = paths[0]!;
  const name =
    options.name ??
    path
      .basename(file)
      .replace(/\.[^.]+$/, "")
      .replace(/[^\p{L}\p{N}_-]+/gu, "-")
      .replace(/^-+|-+$/g, "");
  if (!/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(name))
    throw usageError(`"${name}" cannot name a briefing folder: give --name NAME (letters, digits, - and _)`);
  if (options.lang !== undefined && !isKnownLanguage(options.lang))
    throw usageError(`--lang "${options.lang}" is not a language tag (e.g. vi, en, de)`);
  const outDir = path.resolve(options.outDir ?? path.join(PROJECT_DIR, "content"));
  const target = path.join(outDir, name);
  if (existsSync(target))
    throw new CliError(
      `${path.relative(process.cwd(), target) || target} already exists: the draft never overwrites a briefing; give another --name or --out`,
      EXIT.briefing,
    );

  const article = await readArticleFile(file);
  const detected = options.lang ? undefined : detectLanguage(article);
  const lang = options.lang ?? detected?.lang ?? "en";
  process.stdout.write(
    `  ${name.padEnd(18)} language  ${options.lang ? `${lang}, as --lang says` : detected ? detectedLine(detected) : "en: the article is too short to tell; give --lang"}\n`,
  );
  const articleFile = `article${path.extname(file) === ".md" ? ".md" : ".txt"}`;
  const found = findFigures(article, lang);
  const today = new Date().toISOString().slice(0, 10);
  const jsonSchema = path.relative(target, path.join(PROJECT_DIR, JSON_SCHEMA_FILE)).split(path.sep).join("/");

  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(path.join(outDir, `.draft-${name}-`));
  let kept = 0;
  try {
    await writeFile(path.join(staging, articleFile), article);
    // Held to the real check: a figure whose quote does not pass is left out, and said.
    const dropped = new Set<string>();
    for (let round = 0; ; round++) {
      await writeFile(
        path.join(staging, "briefing.yaml"),
        draftBriefing({ article, articleFile, lang, today, figures: found, dropped, jsonSchema }),
      );
      const problems = await problemsOf(staging);
      if (problems.length === 0) break;
      const keys = new Set(keyFigures(found).map((f) => f.key));
      const bad = problems
        .map((p) => /^figures\.([^.]+)/.exec(p.field ?? "")?.[1])
        .filter((k): k is string => k !== undefined && keys.has(k) && !dropped.has(k));
      if (bad.length === 0 || round === ROUNDS) {
        process.stderr.write(formatProblems(problems));
        throw new Error("the draft does not pass the check; please report it with the article");
      }
      for (const key of bad) {
        dropped.add(key);
        process.stdout.write(`  ${name.padEnd(18)} left out ${key}: its quote does not pass the check\n`);
      }
    }
    await rename(staging, target);
    kept = found.length - dropped.size;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  process.stdout.write(
    `  ${name.padEnd(18)} drafted   ${path.relative(process.cwd(), path.join(target, "briefing.yaml"))}: ${kept} figures found in the article, each quoted and checked\n`,
  );
  process.stdout.write(`  next: npm run build -- ${path.relative(process.cwd(), target) || target}\n`);
  return EXIT.ok;
}

async function problemsOf(folder: string) {
  try {
    await prepareBriefing(folder, silent);
    return [];
  } catch (error) {
    if (error instanceof BriefingError) return error.problems;
    throw error;
  }
}
