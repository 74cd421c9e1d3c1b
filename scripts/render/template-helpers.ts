// Handlebars helpers for text the templates set with care: numbers whose sign must sit tight, URLs
// that must wrap where a reader expects. Each returns escaped HTML.
import Handlebars from "handlebars";

/**
 * A figure's text where digits are tabular: each minus sign in a span of its own, set without tabular
 * widths. Inter's tabular hyphen is as wide as a digit, and "-612,47" read "- 612,47". The sign's
 * character stays the one the locale uses; no line breaks between it and the digits (UAX #14, LB25).
 */
export function numberText(text: unknown): Handlebars.SafeString {
  const html = String(text ?? "").split(/([-\u2212])/).map((part, i) =>
    i % 2 === 1 ? `<span class="sign">${part}</span>` : Handlebars.escapeExpression(part));
  return new Handlebars.SafeString(html.join(""));
}

/**
 * A URL that wraps where a reader expects: after "//" and each "/", before ".", "?", "&", "#" and
 * "=" (<wbr> marks the places; the text stays the URL, copied whole).
 */
export function urlText(url: unknown): Handlebars.SafeString {
  const html = String(url ?? "").split(/(?<=\/\/)|(?<=[^/]\/)(?!\/)|(?=[.?&#=])/).map((part) => Handlebars.escapeExpression(part));
  return new Handlebars.SafeString(html.join("<wbr>"));
}
