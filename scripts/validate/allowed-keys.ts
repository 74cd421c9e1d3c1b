// The keys each mapping of briefing.yaml allows, read from the format's schemas: what "did you mean"
// suggests for an unknown key.
import type { z } from "zod";
import type { FieldPath } from "../model/briefing.ts";
import {
  brandSchema,
  chartSchema,
  compareSideSchema,
  figureSchema,
  seriesSchema,
  sourceSchema,
  topSchema,
} from "../model/briefing-schema.ts";

export function allowedKeys(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}

/** The keys allowed where an unknown key was found, from the path's shape (a slide's own keys excepted). */
export function keysAt(path: FieldPath): string[] {
  const [head, , third, fourth] = path;
  if (path.length === 0) return allowedKeys(topSchema);
  if (head === "source") return allowedKeys(sourceSchema);
  if (head === "brand") return allowedKeys(brandSchema);
  if (head === "figures") return allowedKeys(figureSchema);
  if (head === "slides" && third === "chart") return allowedKeys(fourth === "series" ? seriesSchema : chartSchema);
  if (head === "slides" && (third === "left" || third === "right")) return allowedKeys(compareSideSchema);
  return [];
}
