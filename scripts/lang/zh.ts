// Chinese (Simplified and Traditional): the direction word stands right before the number ("同比增长5.2%",
// "下降0.1个百分点") or glued after it, and numbers carry 万/亿 inside (read-numbers.ts).
import type { LanguageWords } from "./language.ts";

export const zh: LanguageWords = {
  units: {
    percent: [],
    points: ["个百分点", "百分点", "基点"],
    basisPoints: ["基点"],
    indexPoints: ["点"],
    rangeTo: ["至", "到"],
    rangeAnd: [],
    between: [],
    rangeArticles: [],
    scaleSpellings: {},
    currencies: { CNY: ["元", "人民币"], USD: ["美元"], HKD: ["港元"] },
  },
  draft: { hedges: ["约", "近", "超过", "逾"], ranks: ["第"], units: { "个百分点": "个百分点", 元: "CNY" } },
  dateWords: [],
  direction: {
    fall: ["下降", "下跌", "回落", "减少", "下滑", "收跌", "跌", "降", "萎缩", "缩小", "降低"],
    rise: ["增长", "上涨", "上升", "回升", "增加", "收涨", "涨", "升", "扩大", "提高"],
    fallWithUnit: [],
    riseWithUnit: [],
    fallAfter: [],
    riseAfter: [],
    filler: ["同比", "环比", "约", "了", "较上月", "比上月", "较上年", "分别", "达"],
    level: ["至", "到", "为", "报"],
    from: [],
    to: [],
    respectively: ["分别"],
    restate: [],
    negative: ["负"],
    gluedFall: [],
    gluedRise: [],
    gluedLevel: [],
    signBefore: [],
  },
  numberWords: {},
  ordinals: { 一: 1, 二: 2, 三: 3, 四: 4 },
  periods: [
    // "前三季度" (the first three quarters) before "三季度" (the third), which it holds.
    { pattern: /前三季度/gu, kind: "months", n: 9 },
    { pattern: /(?:第)?(?<n>[一二三四1-4])季度/gu, kind: "quarter" },
    { pattern: /上半年|前两季度/gu, kind: "half", n: 1 },
    { pattern: /下半年/gu, kind: "half", n: 2 },
  ],
};
