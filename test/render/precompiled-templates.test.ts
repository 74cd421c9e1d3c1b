// Handlebars templates compiled once and kept between processes (scripts/render/precompiled-templates.ts):
// a second run reads their code instead of compiling them, a damaged file is compiled again, and a
// changed template never gets the code of the one before.
import { existsSync, writeFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import Handlebars from "handlebars";
import { expect, it, vi } from "vitest";
import { precompiledTemplates, templatesFile } from "../../scripts/render/precompiled-templates.ts";

const OPTIONS = { strict: false, noEscape: false };

/** Templates of their own (a token no other run has), and a Handlebars that counts its compiles. */
function setUp(text = "Hello {{name}}") {
  const token = randomUUID();
  const sources = { greeting: `${text} <!-- ${token} -->`, page: "{{> greeting}}!" };
  const handlebars = Handlebars.create();
  const precompile = vi.spyOn(handlebars, "precompile");
  const render = () => {
    const templates = precompiledTemplates(handlebars, sources, OPTIONS);
    handlebars.registerPartial("greeting", templates.greeting!);
    return templates.page!({ name: "<Hà Nội>" });
  };
  return { sources, precompile, render };
}

it("compiles once, and reads the code back after", () => {
  const { sources, precompile, render } = setUp();
  expect(render()).toMatch(/^Hello &lt;Hà Nội&gt; <!-- .* -->!$/);
  expect(precompile).toHaveBeenCalledTimes(2);
  expect(existsSync(templatesFile(sources, OPTIONS))).toBe(true);
  expect(render()).toMatch(/^Hello &lt;Hà Nội&gt;/);
  expect(precompile).toHaveBeenCalledTimes(2);
});

it("compiles again over a damaged file", () => {
  const { sources, precompile, render } = setUp();
  render();
  writeFileSync(templatesFile(sources, OPTIONS), JSON.stringify({ greeting: "{ not code", page: "}" }));
  expect(render()).toMatch(/^Hello &lt;Hà Nội&gt;/);
  expect(precompile).toHaveBeenCalledTimes(4);
});

it("keys the code by every template's text", () => {
  const first = setUp("Hello {{name}}");
  const changed = { ...first.sources, greeting: first.sources.greeting.replace("Hello", "Chào") };
  expect(templatesFile(changed, OPTIONS)).not.toBe(templatesFile(first.sources, OPTIONS));
  expect(templatesFile(first.sources, { ...OPTIONS, noEscape: true })).not.toBe(templatesFile(first.sources, OPTIONS));
});
