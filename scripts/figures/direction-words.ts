// The words an article uses to say which way a number moved: "giảm 17%" is a fall, "tăng 2,9%" a
// rise, "xuống còn 19.341,43 điểm" a level (no sign). Data per language, in one place; a language
// with no list here gets no sign check from words (a written "-3,07%" is still checked).
//
// Chosen to be unambiguous next to a number. Left out on purpose: comparatives ("rẻ hơn 96,4%",
// "cheaper"), losses that are amounts rather than moves ("net loss of $5 billion"), and verbs with
// other senses ("mất 60 USD" is "costs 60 USD" in vi, "hạ" starts "hạ tầng", "cédé 5 % du capital" is
// a sale). A false rise costs nothing (most values are positive); a false fall would, so a word only
// counts when it stands right before the number, or with a few filler words between ("giảm gần 17%").

export type Direction = "fall" | "rise";

export interface DirectionWords {
  /** Written before the number: "fell 3.1%", "giảm gần 17%". */
  fall: string[];
  rise: string[];
  /** Like fall and rise, but only for a number written with "%", points or a currency ("down 3%", not "shut down 2 plants"). */
  fallWithUnit: string[];
  riseWithUnit: string[];
  /** Written after the number: "a 3% drop", "um 3 % gesunken". */
  fallAfter: string[];
  riseAfter: string[];
  /** Words that may stand between a direction word and its number ("by nearly", "gần", "tới"). */
  filler: string[];
  /** Between a direction word and the number, these make it a level, not a change: "fell to 19,341", "giảm từ 4,5%". */
  level: string[];
  /**
   * "from … to": a number after a `from` word and before a `to` word is where a move began, a level
   * ("sank von 2,6 auf 2,2 Prozent", "baisse de 3 % à 2 %"), though "Rückgang von 4 %" is a change.
   */
  from: string[];
  to: string[];
  /** Straight before the number, these are its minus sign: "tăng trưởng âm 0,5%", "minus 3%". */
  negative: string[];
}

const WORDS: Record<string, DirectionWords> = {
  vi: {
    fall: ["giảm", "sụt", "sụt giảm", "lao dốc", "tụt", "rớt", "đi xuống", "bốc hơi"],
    rise: ["tăng", "tăng trưởng", "tăng vọt", "đi lên", "vọt", "nhảy vọt", "bật tăng"],
    fallWithUnit: [],
    riseWithUnit: [],
    fallAfter: [],
    riseAfter: [],
    filler: ["gần", "tới", "khoảng", "thêm", "mạnh", "hơn", "đến", "tiếp", "nhẹ", "sâu", "chừng", "cỡ", "có lúc", "lên tới"],
    level: ["xuống", "lên", "còn", "về", "mức", "ở mức", "đạt", "từ"],
    from: ["từ"],
    to: ["xuống", "lên", "còn", "về"],
    negative: ["âm"],
  },
  en: {
    fall: ["fell", "fall", "falls", "falling", "dropped", "drops", "declined", "declines", "slid", "slumped",
      "plunged", "plunges", "tumbled", "sank", "decreased", "dipped", "retreated", "crashed", "slipped"],
    rise: ["rose", "rises", "rising", "risen", "gained", "gains", "climbed", "climbs", "jumped", "jumps",
      "surged", "surges", "soared", "soars", "increased", "added", "grew", "grows", "advanced", "rallied"],
    fallWithUnit: ["down", "lost", "loses", "shed", "contracted", "shrank", "drop", "decline"],
    riseWithUnit: ["up", "rise", "gain", "increase", "jump"],
    fallAfter: ["drop", "decline", "fall", "plunge", "slump", "decrease", "lower"],
    riseAfter: ["rise", "gain", "increase", "jump", "surge", "higher"],
    filler: ["by", "nearly", "about", "almost", "around", "roughly", "some", "more", "than", "another", "a", "further",
      "as", "much", "sharply", "slightly", "over", "just", "under", "of"],
    level: ["to", "at", "from"],
    from: ["from"],
    to: ["to"],
    negative: ["minus", "negative"],
  },
  fr: {
    fall: ["baisse", "baissé", "recul", "reculé", "recule", "chute", "chuté", "diminué", "diminution", "repli",
      "replié", "dégringolé", "plongé", "fléchi", "en baisse"],
    rise: ["hausse", "augmenté", "augmentation", "progressé", "progression", "progresse", "gagné", "gagne",
      "grimpé", "bondi", "croissance", "en hausse"],
    fallWithUnit: ["perdu", "perd", "perdait"],
    riseWithUnit: [],
    fallAfter: [],
    riseAfter: [],
    filler: ["de", "d'environ", "d’environ", "environ", "près", "presque", "plus", "encore", "un", "peu", "moins"],
    level: ["à", "au", "jusqu'à", "jusqu’à"],
    from: ["de", "du"],
    to: ["à", "au"],
    negative: ["moins"],
  },
  de: {
    fall: ["rückgang", "sank", "sinkt", "fiel", "fällt", "minus", "einbruch", "gab nach"],
    rise: ["anstieg", "stieg", "steigt", "zuwachs", "plus", "wuchs", "wächst", "legte zu", "gewann"],
    fallWithUnit: ["verlor", "verliert", "schrumpfte", "schrumpft"],
    riseWithUnit: [],
    fallAfter: ["gesunken", "gefallen", "verloren", "eingebrochen", "gesenkt", "zurückgegangen", "geschrumpft"],
    riseAfter: ["gestiegen", "gewachsen", "zugelegt", "erhöht"],
    filler: ["um", "von", "rund", "fast", "knapp", "etwa", "mehr", "als", "gut", "über", "nahezu", "zuletzt", "deutlich", "leicht"],
    level: ["auf"],
    from: ["von"],
    to: ["auf"],
    negative: [],
  },
  es: {
    fall: ["cayó", "cae", "caída", "bajó", "baja", "descendió", "descenso", "retrocedió", "retroceso", "disminuyó",
      "disminución", "se desplomó", "desplome", "se redujo"],
    rise: ["subió", "sube", "subida", "aumentó", "aumento", "creció", "crece", "crecimiento", "ganó", "avanzó",
      "alza", "repuntó", "incremento", "se disparó"],
    fallWithUnit: ["perdió", "pierde"],
    riseWithUnit: [],
    fallAfter: ["menos"],
    riseAfter: ["más"],
    // Not "de": "bajó de 3 % a 2,4 %" gives a level, "un descenso de 3 %" a change.
    filler: ["un", "una", "el", "casi", "cerca", "más", "alrededor", "otro"],
    level: ["a", "al", "del", "hasta", "desde", "en"],
    from: ["de", "del", "desde"],
    to: ["a", "al", "hasta"],
    negative: ["menos"],
  },
};

/** The lists for a BCP 47 tag's language ("vi-VN" → vi), or undefined when there are none. */
export function directionWords(lang: string): DirectionWords | undefined {
  return WORDS[new Intl.Locale(lang).language];
}

/** Languages that have lists, for messages. */
export const languagesWithDirectionWords = Object.keys(WORDS);
