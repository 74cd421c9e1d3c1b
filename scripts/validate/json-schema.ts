// briefing.yaml as a JSON Schema, for editors (VS Code's YAML extension completes and underlines with it).
// Generated from the zod schemas the validator uses (model/briefing-schema.ts), so the two cannot drift;
// docs/briefing.schema.json is this function's output, kept in the repository so an editor finds it before
// anything is built.
import * as z from "zod";
import { briefingFileSchema } from "../model/briefing-schema.ts";

export const JSON_SCHEMA_FILE = "docs/briefing.schema.json";
const JSON_SCHEMA_ID = "https://briefing-decks.invalid/briefing.schema.json";

export function briefingJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(briefingFileSchema(), { io: "input", unrepresentable: "any", override: widen });
  return { ...schema, $id: JSON_SCHEMA_ID, title: "briefing.yaml" };
}

/** The file's text: stable key order and a final newline, so regenerating changes nothing. */
export function briefingJsonSchemaText(): string {
  return `${JSON.stringify(briefingJsonSchema(), null, 2)}\n`;
}

/** Where zod's input types are wider or narrower than JSON Schema can tell from the shape alone. */
function widen(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: Record<string, unknown> }): void {
  const { zodSchema, jsonSchema } = ctx;
  const def = zodSchema._zod.def;
  // Text is preprocessed: a bare whole number (`labels: [2023, 2024]`) is text the author meant.
  if (def.type === "pipe" && def.in._zod.def.type === "transform") jsonSchema.type = ["string", "integer"];
  // A date arrives as YAML text; YAML 1.1 readers may hand it over as a date, which the validator also takes.
  if (def.type === "union" && def.options.some((option) => option._zod.def.type === "date")) {
    delete jsonSchema.anyOf;
    Object.assign(jsonSchema, { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });
  }
  // zod drops examples of anything that transforms its input; text only trims, so its examples hold.
  const examples = z.globalRegistry.get(zodSchema)?.examples;
  if (examples !== undefined && jsonSchema.examples === undefined) jsonSchema.examples = examples;
}
