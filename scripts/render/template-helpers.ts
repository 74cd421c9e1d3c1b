// Handlebars helpers for text the templates set with care: numbers whose sign must sit tight, URLs
// that must wrap where a reader expects. Each returns escaped HTML.
import Handlebars from "handlebars";
import { numberHtml } from "./html-text.ts";

/** A figure's text with its sign held to its digits (format/number-sign.ts: the one sign rule). */
export function numberText(text: unknown): Handlebars.SafeString {
  return new Handlebars.SafeString(numberHtml(String(text ?? "")));
}

/**
 * A URL that wraps where a reader expects: after "//" and each "/", before ".", "?", "&", "#" and
 * "=" (<wbr> marks the places; the text stays the URL, copied whole).
 */
export function urlText(url: unknown): Handlebars.SafeString {
  const html = String(url ?? "")
    .split(/(?<=\/\/)|(?<=[^/]\/)(?!\/)|(?=[.?&#=])/)
    .map((part) => Handlebars.escapeExpression(part));
  return new Handlebars.SafeString(html.join("<wbr>"));
}
