// Which way a language is written, from Intl: "rtl" for ar, he, fa, ur; "ltr" otherwise.

type TextInfo = { direction?: string };

export function textDirection(lang: string): "ltr" | "rtl" {
  // Node 20 and 22 expose textInfo as a getter; the standard (and later V8) as getTextInfo().
  const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };
  const info = typeof locale.getTextInfo === "function" ? locale.getTextInfo() : locale.textInfo;
  return info?.direction === "rtl" ? "rtl" : "ltr";
}
