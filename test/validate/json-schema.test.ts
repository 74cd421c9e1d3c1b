// The JSON Schema editors use (docs/briefing.schema.json): generated from the validator's own zod
// schemas, holding every field the validator accepts, agreeing with it on real briefings (read by a
// standard validator, Ajv for draft 2020-12), and doing in a real YAML language server — the one VS Code's
// YAML extension runs — what the README promises: completion of layouts and keys, mistakes underlined.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { getLanguageService } from "yaml-language-server/lib/umd/languageservice/yamlLanguageService.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { z } from "zod";
import { JSON_SCHEMA_FILE, briefingJsonSchema, briefingJsonSchemaText } from "../../scripts/validate/json-schema.ts";
import {
  brandSchema,
  chartSchema,
  compareSideSchema,
  figureSchema,
  layoutNames,
  layoutSchemas,
  seriesSchema,
  sourceSchema,
  topSchema,
} from "../../scripts/model/briefing-schema.ts";
import { prepareBriefing } from "../../scripts/pipeline.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

type Node = {
  properties?: Record<string, Node>;
  items?: Node;
  oneOf?: Node[];
  anyOf?: Node[];
  additionalProperties?: Node | boolean;
  const?: unknown;
  description?: string;
};
const json = briefingJsonSchema() as Node;
const keys = (schema: z.ZodObject) => Object.keys(schema.shape).sort();
const props = (node: Node | undefined) => Object.keys(node?.properties ?? {}).sort();

const figuresNode = json.properties!.figures!.anyOf!.find((n) => n.additionalProperties !== undefined)!.additionalProperties as Node;
const slideNodes = new Map(json.properties!.slides!.items!.oneOf!.map((n) => [n.properties!.layout!.const as string, n]));

const briefingFiles = [
  ...readdirSync("content").map((name) => path.join("content", name, "briefing.yaml")),
  ...readdirSync(path.join(FIXTURES, "good")).map((name) => path.join(FIXTURES, "good", name, "briefing.yaml")),
];
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(readFileSync(JSON_SCHEMA_FILE, "utf8")));

describe("the JSON Schema of briefing.yaml", () => {
  it("is the file in the repository, generated from the validator's schemas (npm run schema rewrites it)", () => {
    expect(readFileSync(JSON_SCHEMA_FILE, "utf8"), "docs/briefing.schema.json is stale: run npm run schema").toBe(briefingJsonSchemaText());
  });

  it("holds every field the validator accepts, and no other", () => {
    expect(props(json)).toEqual(keys(topSchema));
    expect(props(json.properties!.source)).toEqual(keys(sourceSchema));
    expect(props(json.properties!.brand)).toEqual(keys(brandSchema));
    expect(props(figuresNode)).toEqual(keys(figureSchema));
    expect([...slideNodes.keys()].sort()).toEqual([...layoutNames].sort());
    for (const layout of layoutNames) expect(props(slideNodes.get(layout)), layout).toEqual(keys(layoutSchemas.get(layout)!));
    const chart = slideNodes.get("chart")!.properties!.chart!;
    expect(props(chart)).toEqual(keys(chartSchema));
    expect(props(chart.properties!.series!.items)).toEqual(keys(seriesSchema));
    for (const side of ["left", "right"]) expect(props(slideNodes.get("compare")!.properties![side])).toEqual(keys(compareSideSchema));
  });

  it("describes every field, for the editor's hover", () => {
    const undescribed: string[] = [];
    const walk = (node: Node, at: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description) undescribed.push(`${at}.${key}`);
        walk(child, `${at}.${key}`);
      }
      for (const child of [node.items, ...(node.oneOf ?? []), ...(node.anyOf ?? [])]) if (child) walk(child, at);
      if (typeof node.additionalProperties === "object") walk(node.additionalProperties, `${at}.*`);
    };
    walk(json, "");
    expect(undescribed).toEqual([]);
  });

  it.each(briefingFiles)("accepts %s, which the validator accepts", async (file) => {
    await prepareBriefing(path.dirname(file), { step() {}, warn() {} });
    const ok = validate(parse(readFileSync(file, "utf8")));
    expect(validate.errors ?? [], file).toEqual([]);
    expect(ok).toBe(true);
  });

  // Mistakes of shape, which an editor can underline as they are typed; the validator refuses each too.
  it.each([
    "misspelt-top-key",
    "misspelt-figure-key",
    "misspelt-slide-key",
    "unknown-layout",
    "unknown-chart-type",
    "value-is-string",
    "points-too-many",
    "slide-missing-layout",
    "empty-slides",
    "bad-figure-id",
    "brand-colour-unquoted",
    "missing-title",
    "missing-source",
    "handout-kind-and-paper",
  ])("refuses the broken briefing %s, as the validator does", async (name) => {
    const folder = path.join(FIXTURES, "bad", name);
    expect(validate(parse(readFileSync(path.join(folder, "briefing.yaml"), "utf8")))).toBe(false);
    await expect(prepareBriefing(folder, { step() {}, warn() {} })).rejects.toThrow();
  });
});

describe("in the YAML language server VS Code's YAML extension runs", () => {
  const service = getLanguageService({
    schemaRequestService: async (uri) => readFileSync(fileURLToPath(uri), "utf8"),
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
  });
  service.configure({ validate: true, completion: true, hover: true, yamlVersion: "1.2" });
  const documentAt = (file: string, text: string) => TextDocument.create(pathToFileURL(path.resolve(file)).toString(), "yaml", 1, text);
  const modeline = "# yaml-language-server: $schema=../../docs/briefing.schema.json";

  it.each(readdirSync("content"))("content/%s/briefing.yaml points at the schema and has nothing underlined", async (name) => {
    const file = path.join("content", name, "briefing.yaml");
    const text = readFileSync(file, "utf8");
    expect(text.split("\n")[0]).toBe(modeline);
    expect(await service.doValidation(documentAt(file, text), false)).toEqual([]);
  });

  const draft = [
    modeline,
    "title: X",
    "date: 2025-01-28",
    "lang: vi",
    "source: { file: article.md, title: X }",
    "figures:",
    "  a:",
    "    value: 1",
    "    labl: x",
    "slides:",
    "  - layout: ",
    "  - layout: points",
    "    titel: y",
    "",
  ].join("\n");
  const doc = documentAt("content/typing/briefing.yaml", draft);

  it("completes a slide's layout and a figure's keys", async () => {
    const layouts = await service.doComplete(doc, { line: 10, character: 12 }, false);
    expect(layouts.items.map((item) => item.label).sort()).toEqual([...layoutNames].sort());
    const withEmptyKey = documentAt("content/typing/briefing.yaml", draft.replace("    labl: x\n", "    labl: x\n    \n"));
    const figureKeys = (await service.doComplete(withEmptyKey, { line: 9, character: 4 }, false)).items.map((item) => item.label);
    expect(figureKeys).toEqual(expect.arrayContaining(["label", "unit", "scale", "quote", "derived"]));
  });

  it("underlines misspelt keys and a missing layout where they are typed", async () => {
    const diagnostics = await service.doValidation(doc, false);
    const at = (line: number) =>
      diagnostics
        .filter((d) => d.range.start.line === line)
        .map((d) => d.message)
        .join(" | ");
    expect(at(8)).toMatch(/labl/);
    expect(at(12)).toMatch(/titel/);
    expect(at(10)).toMatch(/points/);
  });
});
