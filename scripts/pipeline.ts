// The one place that orders the stages: load → validate → check figures → render → write → export.
// Stage modules never call each other; each takes the previous stage's output and returns its own.
import { labelCutWarnings } from "./render/label-cuts.ts";
import path from "node:path";
import { BriefingError, CliError, EXIT, withSourceLines } from "./errors.ts";
import { uiFallbackNote } from "./format/ui-strings.ts";
import { scaledLine } from "./load/fit-images.ts";
import { loadBriefing, type LoadedBriefing } from "./load/load-briefing.ts";
import { validateBriefing, type ValidBriefing, type Validation } from "./validate/validate-briefing.ts";
import { checkFigures, figureCheckNotes, type FigureCheckInput } from "./figures/check-figures.ts";
import { quotesToCheck, textFields } from "./model/text-fields.ts";
import { buildDeck } from "./model/build-deck.ts";
import type { DeckModel } from "./model/deck.ts";
import { renderDeck, type RenderedDeck } from "./render/render-deck.ts";
import { scriptFaceCss } from "./render/script-face-css.ts";
import { interFaceCss } from "./render/inter-css.ts";
import { loadTheme, themePalettes } from "./render/theme.ts";
import { discardStaging, publishOutputs, stageOutputs, writePptx } from "./write/write-outputs.ts";
import type { BrowserSession } from "./export/browser.ts";
import type { HandoutKind } from "./model/handout-kinds.ts";
import { trace } from "./trace.ts";

export type Step = "load" | "validate" | "check" | "render" | "write" | "pptx" | "export" | "publish";

export interface Reporter {
  step(name: string, step: Step, milliseconds: number, detail?: string): void;
  warn(name: string, message: string): void;
}

export interface BuildOptions {
  outDir: string;
  pdf: boolean;
  /** Each slide as a picture, and every slide on one sheet (--png). */
  png: boolean;
  /** The editable PowerPoint: with the PDFs, or alone with --pptx. */
  pptx: boolean;
  strict: boolean;
  /** --handout: the handout's kind, over the briefing's own. */
  handout?: HandoutKind;
  /** The run's one browser, started on first use. */
  browser: () => Promise<BrowserSession>;
  reporter: Reporter;
}

export interface BuildResult {
  name: string;
  files: string[];
  warnings: string[];
}

/** load → validate → check: everything `check` does, and the start of every build. */
export async function prepareBriefing(folder: string, reporter: Reporter): Promise<ValidBriefing> {
  const loaded = await timed(
    reporter,
    path.basename(path.resolve(folder)),
    "load",
    () => loadBriefing(folder),
    (done) => (done.scaled.length > 0 ? done.scaled.map(scaledLine).join("; ") : undefined),
  );
  const validation = await timed(reporter, loaded.name, "validate", async () => validateBriefing(loaded, { themes: themePalettes() }));
  const checkInput = figureCheckInput(loaded, validation);
  return timed(
    reporter,
    loaded.name,
    "check",
    async () => {
      // Every problem in one run: the figures that validated are held to the article all the same.
      const problems = [...validation.problems, ...(checkInput ? checkFigures(checkInput) : [])];
      if (problems.length > 0) throw new BriefingError(withSourceLines(problems, loaded.yaml.text));
      const { valid } = validation;
      if (valid === undefined) throw new Error("validation found no problem, yet gave no briefing");
      for (const note of figureCheckNotes(valid.briefing.source.lang)) reporter.warn(loaded.name, note);
      for (const note of uiFallbackNote(valid.briefing.lang)) reporter.warn(loaded.name, note);
      return valid;
    },
    `${checkInput?.figures.length ?? 0} figures and every number in the text traced to the article`,
  );
}

/**
 * What the figure check holds to the loaded article: the valid briefing's figures and every text of
 * its deck; or, when the briefing is not valid, the figures that are, so one run reports every problem.
 */
function figureCheckInput(loaded: LoadedBriefing, validation: Validation): FigureCheckInput | undefined {
  const { valid, checkable } = validation;
  const article = loaded.article;
  if (article === undefined || checkable === undefined) return undefined;
  const input: FigureCheckInput = {
    ...checkable,
    article: article.text,
    articleFile: article.file,
    file: loaded.file,
    locate: loaded.yaml.locate,
    locateIn: loaded.yaml.locateIn,
  };
  if (valid === undefined) return input;
  const { briefing } = valid;
  return { ...input, deck: { lang: briefing.lang, date: briefing.date, fields: textFields(briefing), quotes: quotesToCheck(briefing) } };
}

export interface RenderOptions {
  /** The dev server's live script and rebuild number, injected into the deck. */
  live?: { liveJs: string; version: number };
  /** The handout's kind asked for on the command line, over the briefing's own. */
  handout?: HandoutKind;
}

export interface RenderedBriefing {
  valid: ValidBriefing;
  model: DeckModel;
  rendered: RenderedDeck;
}

/**
 * The one composition root: a briefing folder → its checked deck model and rendered pages. The
 * build, the dev server and the tests all come through here, so none can skip a stage.
 */
export async function renderBriefing(folder: string, reporter: Reporter, options: RenderOptions = {}): Promise<RenderedBriefing> {
  const valid = await prepareBriefing(folder, reporter);
  const theme = loadTheme(valid.briefing.theme, valid.briefing.brand);
  return timed(
    reporter,
    valid.briefing.name,
    "render",
    async () => {
      const model = buildDeck({ ...valid.briefing, handout: options.handout ?? valid.briefing.handout }, valid.images, theme);
      const faces = await Promise.all([
        interFaceCss(model.theme.characters, model.lang),
        scriptFaceCss(model.theme.eastAsian),
        scriptFaceCss(model.theme.complexScript),
      ]);
      return { valid, model, rendered: renderDeck(model, theme, { ...options.live, fontCss: faces.join("\n") }) };
    },
    `${valid.briefing.slides.length} slides`,
  );
}

/**
 * The longest deck whose PowerPoint is written while it prints. Measured on a 200-slide, 60-chart
 * deck: beside the print, the build's peak PSS was 1063 MB (Node 284 MB of it), after it 942 MB
 * (Node 175 MB), and no slower (12.2 s, 11.4 s: the print had both cores busy); a 13-slide deck's
 * PowerPoint takes 0.1–0.2 s, which beside its print costs nothing.
 */
const PPTX_BESIDE_PRINT_MAX_SLIDES = 60;

export async function buildBriefing(folder: string, options: BuildOptions): Promise<BuildResult> {
  const { reporter } = options;
  const { valid, model, rendered } = await renderBriefing(folder, reporter, { handout: options.handout });
  const name = valid.briefing.name;
  const made = { pdf: options.pdf, png: options.png, pptx: options.pptx };
  const staged = await timed(reporter, name, "write", () => stageOutputs(rendered, name, options.outDir, made));
  let pptx: Promise<unknown> | undefined;
  try {
    let warnings: string[] = labelCutWarnings(valid.briefing);
    for (const warning of warnings) reporter.warn(name, warning);
    if (options.strict && warnings.length > 0) {
      throw new CliError(`${warnings.length} warning(s) with --strict: nothing was published`, EXIT.briefing);
    }
    // The PowerPoint is Node's work, written while Chromium prints; a long deck's after, when its
    // memory (about 170 MB of Node's for 200 slides) would stack on the print's peak.
    const writePowerPoint = () => timed(reporter, name, "pptx", () => writePptx(model, staged), "editable slides, native charts, notes");
    const pptxBeside = made.pptx && model.slides.length <= PPTX_BESIDE_PRINT_MAX_SLIDES;
    pptx = pptxBeside ? writePowerPoint() : undefined;
    pptx?.catch(() => {}); // awaited below; a failed print must not leave it unhandled
    if (made.pdf || made.png) {
      // The printing code (Puppeteer's side, pdf-lib) is read while Chromium starts.
      const [browser, { exportOutputs }] = await Promise.all([options.browser(), import("./export/export-pdf.ts")]);
      const what = [made.pdf && "deck and handout PDFs", made.png && `${model.slides.length} slide pictures and the overview`]
        .filter(Boolean)
        .join(", ");
      const printed = (await timed(reporter, name, "export", () => exportOutputs(browser, staged, model, made), what)).warnings;
      for (const warning of printed) reporter.warn(name, warning);
      warnings = [...warnings, ...printed];
      if (options.strict && warnings.length > 0) {
        throw new CliError(`${warnings.length} warning(s) with --strict: nothing was published`, EXIT.briefing);
      }
    }
    await pptx;
    if (made.pptx && !pptxBeside) await writePowerPoint();
    const files = await timed(reporter, name, "publish", () => publishOutputs(staged, made));
    return { name, files, warnings };
  } finally {
    // A failed print must not remove the folder while the PowerPoint is still being written into it:
    // the removal met the new file and failed (ENOTEMPTY), an internal error in place of the print's.
    await Promise.allSettled([pptx]);
    await discardStaging(staged);
  }
}

async function timed<T>(
  reporter: Reporter,
  name: string,
  step: Step,
  run: () => Promise<T>,
  detail?: string | ((result: T) => string | undefined),
): Promise<T> {
  const start = performance.now();
  let result: T;
  try {
    result = await run();
  } catch (error) {
    // Our own failure names the step it happened in ("Internal error (deck): export: …").
    if (error instanceof CliError || !(error instanceof Error)) throw error;
    throw new Error(`${step}: ${error.message}`, { cause: error });
  }
  trace(`${name}: ${step} done`);
  reporter.step(name, step, performance.now() - start, typeof detail === "function" ? detail(result) : detail);
  return result;
}
