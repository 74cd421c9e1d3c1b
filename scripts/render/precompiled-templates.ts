// Handlebars templates compiled to JavaScript once and kept between processes
// (node_modules/.cache/briefing/templates/): Handlebars compiles a template on its first use, 25-45 ms
// of every build's render spent parsing templates/ and writing the same code until templates/ or
// Handlebars changes. Keyed by every template's name and text and the options they compile with.
import type Handlebars from "handlebars";
import { DiskCache } from "../disk-cache.ts";

/** A few sets: templates/ as it is, and as it was before a few edits (the dev server). */
const kept = new DiskCache("templates", 16);

type Specs = Record<string, string>;

/** Each named source as a template of `handlebars`, compiled with `options`. */
export function precompiledTemplates(
  handlebars: typeof Handlebars,
  sources: Record<string, string>,
  options: CompileOptions,
): Record<string, Handlebars.TemplateDelegate> {
  const names = Object.keys(sources).sort();
  const key = keyOf(sources, options);
  const whole = (value: unknown): value is Specs =>
    typeof value === "object" && value !== null && names.every((name) => typeof (value as Specs)[name] === "string");
  const cached = kept.read(key, whole);
  if (cached) {
    try {
      return templatesOf(handlebars, cached);
    } catch {
      // damaged: compiled again below
    }
  }
  // (A copy of the options each: Handlebars adds its defaults to the object it is given.)
  const specs = Object.fromEntries(names.map((name) => [name, handlebars.precompile(sources[name], { ...options }) as string]));
  kept.write(key, specs);
  return templatesOf(handlebars, specs);
}

/** The file that keeps these templates' code. */
export function templatesFile(sources: Record<string, string>, options: CompileOptions): string {
  return kept.fileFor(keyOf(sources, options));
}

function keyOf(sources: Record<string, string>, options: CompileOptions): string {
  return JSON.stringify([
    options,
    Object.keys(sources)
      .sort()
      .map((name) => [name, sources[name]]),
  ]);
}

function templatesOf(handlebars: typeof Handlebars, specs: Specs): Record<string, Handlebars.TemplateDelegate> {
  // A precompiled template is the source of an object literal, as Handlebars' own loaders run it.
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, handlebars.template(new Function(`return ${spec}`)())]));
}
