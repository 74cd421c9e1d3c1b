// The draft's language, when --lang is not given: the tag Intl formats with, for languages franc names
// by a code of their own under a macrolanguage (Mandarin "cmn", Standard Arabic "arb", Persian "pes").
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../scripts/draft/detect-language.ts";

const ARTICLES: [string, string][] = [
  [
    "zh",
    "比亚迪第三季度净利润为116亿元，同比增长11.5%；前三季度实现营业收入5662亿元，同比增长13%。蔚来汽车10月交付新车2.1万辆，同比减少12%。",
  ],
  [
    "ar",
    "ارتفعت أرباح أرامكو السعودية في الربع الثالث بنسبة 15 في المئة لتصل إلى 32 مليار دولار، بحسب بيان الشركة الصادر اليوم. وتراجعت أسعار النفط خلال الفترة نفسها.",
  ],
  [
    "fa",
    "بانک مرکزی اعلام کرد که نرخ تورم سالانه در ماه گذشته به ۳۲ درصد رسید و قیمت مواد غذایی نسبت به سال قبل افزایش یافت. این گزارش همچنین از کاهش رشد نقدینگی خبر داد.",
  ],
  ["ja", "日経平均株価は前日比612円47銭安の3万2480円15銭で取引を終えた。東証株価指数（TOPIX）は1.62%安だった。"],
  ["en", "Nvidia shares fell 17% on Monday, wiping nearly $600 billion off its market value, the largest one-day loss for any company."],
];

describe("detectLanguage", () => {
  it.each(ARTICLES)("reads an article in %s as that language", (lang, text) => {
    expect(detectLanguage(text)?.lang).toBe(lang);
  });

  it("takes, of languages franc cannot tell apart, the one whose words are read", () => {
    // A short Russian article: franc scores Bulgarian 1 and Russian 0.996.
    const russian = [
      "# Сбербанк увеличил прибыль",
      "",
      "Чистая прибыль Сбербанка по МСФО за девять месяцев выросла на 11,2% и составила 1,2 трлн руб. Индекс Мосбиржи по итогам торгов в пятницу снизился на 2,3%, до 2750,4 пункта. Банк России повысил ключевую ставку на 200 базисных пунктов, до 21%.",
    ].join("\n");
    expect(detectLanguage(russian)?.lang).toBe("ru");
  });

  it("says nothing of a text too short to tell", () => {
    expect(detectLanguage("OK")).toBeUndefined();
  });
});
