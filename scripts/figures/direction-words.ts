// The words an article uses to say which way a number moved: "giảm 17%" is a fall, "tăng 2,9%" a
// rise, "xuống còn 19.341,43 điểm" a level (no sign). Data per language, in one place; a language
// with no list here gets no sign check from words (a written "-3,07%" is still checked).
//
// Chosen to be unambiguous next to a number. Left out on purpose: comparatives ("rẻ hơn 96,4%",
// "cheaper"), losses that are amounts rather than moves ("net loss of $5 billion"), and verbs with
// other senses ("mất 60 USD" is "costs 60 USD" in vi, "hạ" starts "hạ tầng", "lost 3 games" is a
// count). A false rise costs nothing (most values are positive); a false fall would, so fall lists are short.

export type Direction = "fall" | "rise";

export interface DirectionWords {
  /** Written before the number, within a few words: "fell 3.1%", "giảm gần 17%". */
  fall: string[];
  rise: string[];
  /** Written after the number: "a 3% drop", "um 3 % gesunken". */
  fallAfter: string[];
  riseAfter: string[];
  /** Between a direction word and the number, these make it a level, not a change: "fell to 19,341". */
  level: string[];
}

const WORDS: Record<string, DirectionWords> = {
  vi: {
    fall: ["giảm", "sụt", "sụt giảm", "lao dốc", "tụt", "rớt", "đi xuống", "bốc hơi"],
    rise: ["tăng", "tăng trưởng", "tăng vọt", "đi lên", "vọt", "nhảy vọt", "bật tăng"],
    fallAfter: [],
    riseAfter: [],
    level: ["xuống", "lên", "còn", "về", "mức", "ở mức", "đạt"],
  },
  en: {
    fall: ["fell", "fall", "falls", "falling", "dropped", "drop", "drops", "declined", "decline", "declines",
      "slid", "slumped", "plunged", "plunges", "tumbled", "sank", "down", "decreased", "dipped", "retreated",
      "crashed", "slipped"],
    rise: ["rose", "rise", "rises", "rising", "risen", "gained", "gains", "climbed", "climbs", "jumped",
      "jumps", "surged", "surges", "soared", "soars", "increased", "up", "added", "grew", "grows",
      "advanced", "rallied"],
    fallAfter: ["drop", "decline", "fall", "plunge", "slump", "decrease", "lower"],
    riseAfter: ["rise", "gain", "increase", "jump", "surge", "higher"],
    level: ["to", "at", "from"],
  },
  fr: {
    fall: ["baisse", "baissé", "recul", "reculé", "recule", "chute", "chuté", "diminué", "diminution", "repli", "replié", "dégringolé", "plongé", "cédé", "fléchi", "en baisse"],
    rise: ["hausse", "augmenté", "augmentation", "progressé", "progression", "progresse", "gagné", "gagne",
      "grimpé", "bondi", "croissance", "en hausse"],
    fallAfter: [],
    riseAfter: [],
    level: ["à", "au", "jusqu'à", "jusqu’à"],
  },
  de: {
    fall: ["rückgang", "sank", "sinkt", "fiel", "fällt", "minus", "einbruch", "gab nach"],
    rise: ["anstieg", "stieg", "steigt", "zuwachs", "plus", "wuchs", "wächst", "legte zu", "gewann"],
    fallAfter: ["gesunken", "gefallen", "verloren", "eingebrochen", "gesenkt", "zurückgegangen"],
    riseAfter: ["gestiegen", "gewachsen", "zugelegt", "erhöht"],
    level: ["auf"],
  },
  es: {
    fall: ["cayó", "cae", "caída", "bajó", "baja", "descendió", "descenso", "retrocedió", "retroceso", "disminuyó", "disminución", "se desplomó", "desplome", "se redujo"],
    rise: ["subió", "sube", "subida", "aumentó", "aumento", "creció", "crece", "crecimiento", "ganó", "avanzó",
      "alza", "repuntó", "incremento", "se disparó"],
    fallAfter: [],
    riseAfter: [],
    level: ["a", "hasta"],
  },
};

/** The lists for a BCP 47 tag's language ("vi-VN" → vi), or undefined when there are none. */
export function directionWords(lang: string): DirectionWords | undefined {
  return WORDS[new Intl.Locale(lang).language];
}

/** Languages that have lists, for messages. */
export const languagesWithDirectionWords = Object.keys(WORDS);
