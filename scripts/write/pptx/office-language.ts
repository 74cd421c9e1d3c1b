// Office tags text with a culture ("ja-JP", "vi-VN"), as its language menus list them: a bare
// "ja" is valid BCP 47 but not what PowerPoint writes or offers for proofing. The likeliest region
// is Intl's (ja → ja-JP, zh → zh-CN, en → en-US); a briefing that names its region keeps it.
export function officeLanguage(lang: string): string {
  try {
    const locale = new Intl.Locale(lang).maximize();
    return locale.region ? `${locale.language}-${locale.region}` : locale.language;
  } catch {
    return lang;
  }
}
