// Japanese writes no spaces: the direction is a word glued to the number and its unit ("1.18%安",
// "450円高", "5%減", "3.2%上昇"), and ▲ or △ before a number is its minus sign (Japanese accounts
// write a loss as △12億円). Number words in kanji are not read.
import type { LanguageWords } from "./language.ts";

export const ja: LanguageWords = {
  units: {
    percent: [],
    points: ["ポイント"],
    basisPoints: ["ベーシスポイント", "bp"],
    indexPoints: ["ポイント"],
    rangeTo: ["～", "〜"],
    rangeAnd: [],
    between: [],
    rangeArticles: [],
    scaleSpellings: {},
    currencies: { JPY: ["円"], USD: ["ドル"], EUR: ["ユーロ"], CNY: ["元"] },
  },
  draft: {
    hedges: ["約", "およそ", "ほぼ", "近く"],
    ranks: ["第"],
    units: { "ポイント": "ポイント", "円": "JPY" },
  },
  dateWords: [],
  direction: {
    fall: ["下落", "反落", "値下がり", "下げ幅", "下落率", "減少率"],
    rise: ["上昇", "反発", "値上がり", "上げ幅", "上昇率", "増加率"],
    fallWithUnit: [],
    riseWithUnit: [],
    fallAfter: [],
    riseAfter: [],
    filler: ["約", "は", "が", "前日比", "前年比", "前年同期比", "前月比", "の", "で"],
    level: ["終値", "終値は"],
    from: [],
    to: [],
    restate: [],
    negative: ["マイナス"],
    gluedFall: ["引き下げ", "安", "下落", "反落", "値下がり", "減", "減少", "下げ", "低下", "の減", "マイナス", "目減り", "縮小"],
    gluedRise: ["引き上げ", "高", "上昇", "反発", "値上がり", "増", "増加", "上げ", "の増", "プラス", "拡大"],
    gluedLevel: ["に", "で終え", "で取引を終え", "の水準", "台"],
    signBefore: ["▲", "△", "マイナス"],
  },
  numberWords: {},
  ordinals: {},
  periods: [
    { pattern: /第2四半期累計|第２四半期累計/gu, kind: "half", n: 1 },
    { pattern: /第(?<n>[1-4１-４])四半期/gu, kind: "quarter" },
    // Companies close their year in March: April to September is the first half ("4～9月期", 上期, 中間期).
    { pattern: /上半期|上期|中間期|4[～〜~-]9月期/gu, kind: "half", n: 1 },
    { pattern: /10[～〜~-]3月期/gu, kind: "half", n: 2 },
    { pattern: /下半期|下期/gu, kind: "half", n: 2 },
  ],
};
