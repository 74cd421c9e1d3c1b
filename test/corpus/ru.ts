// Russian truth corpus: the Moscow Exchange index, the Bank of Russia's rate, Rosstat's inflation,
// banks' and companies' results, as Russian financial news writes them ("1,2 трлн руб.", "снизился
// на 2,3%", "200 базисных пунктов").
import type { LanguageCorpus } from "./corpus-types.ts";

const MOEX = "Индекс Мосбиржи по итогам торгов в пятницу снизился на 2,3%, до 2750,4 пункта.";
const INFLATION = "Годовая инфляция в России в сентябре замедлилась до 8,6% с 9,1% в августе, сообщил Росстат.";
const KEY_RATE = "Банк России повысил ключевую ставку на 200 базисных пунктов, до 21%.";
const SBER = "Чистая прибыль Сбербанка по МСФО за девять месяцев выросла на 11,2% и составила 1,2 трлн руб.";
const GAZPROM = "Прибыль ПАО «Газпром» составила 1,2 трлн рублей.";
const RETAIL = "Выручка ритейлера сократилась на 7,4% и составила 430 млрд рублей.";
const RUBLE = "Курс доллара на Мосбирже вырос на 1,5 рубля, до 97,3 рубля.";
const OUTPUT = "Промышленное производство в августе увеличилось на 2,7% в годовом выражении.";

export const CORPUS: LanguageCorpus = {
  lang: "ru",
  honest: {
    text: [
      {
        article: "Годовая инфляция в октябре замедлилась до 8,5%.",
        deck: "Цены за год выросли на 8,5%",
        note: "an inflation rate's level is a rise of prices",
      },
      {
        article: "Рост ВВП Китая в третьем квартале замедлился до 4,6%.",
        deck: "ВВП Китая в третьем квартале вырос на 4,6%",
        note: "a growth rate's level is a rise of the economy",
      },
      { article: MOEX, deck: "Индекс Мосбиржи снизился на 2,3%" },
      { article: MOEX, deck: "Индекс Мосбиржи упал на 2,3%, до 2750,4 пункта" },
      { article: MOEX, deck: "Индекс Мосбиржи: −2,3%", note: "the fall as a minus sign" },
      { article: INFLATION, deck: "Инфляция в сентябре замедлилась до 8,6%" },
      { article: INFLATION, deck: "Инфляция: 8,6% в сентябре после 9,1% в августе", note: "levels" },
      { article: KEY_RATE, deck: "ЦБ повысил ставку на 200 базисных пунктов, до 21%", note: "the object between verb and number" },
      { article: KEY_RATE, deck: "Ключевая ставка выросла на 2 п.п.", note: "200 basis points as 2 percentage points" },
      { article: SBER, deck: "Прибыль Сбербанка за 9 месяцев: 1,2 трлн руб. (+11,2%)", note: "«девять месяцев» as 9" },
      { article: GAZPROM, deck: "Прибыль Газпрома — 1,2 трлн руб." },
      { article: RETAIL, deck: "Выручка снизилась на 7,4%, до 430 млрд руб." },
      { article: RUBLE, deck: "Доллар подорожал на 1,5 рубля, до 97,3 рубля" },
      { article: OUTPUT, deck: "Промпроизводство выросло на 2,7% год к году" },
    ],
    figures: [
      { article: MOEX, figure: { value: -2.3, unit: "%", label: "Индекс Мосбиржи", quote: "снизился на 2,3%" } },
      { article: SBER, figure: { value: 1.2, unit: "RUB", scale: "trillion", label: "Чистая прибыль Сбербанка", quote: "1,2 трлн руб." } },
      { article: RETAIL, figure: { value: -7.4, unit: "%", label: "Выручка ритейлера", quote: "сократилась на 7,4%" } },
    ],
  },
  slips: {
    text: [
      {
        kind: "value",
        article: "Инфляция в октябре составила 0,75% за месяц, а в годовом выражении — 8,5%.",
        deck: "За год цены выросли на 0,75%",
        note: "a month's (or the period before's) change called a year's, or the other way",
      },
      {
        kind: "sign",
        article: "Годовая инфляция в октябре замедлилась до 8,5%.",
        deck: "Цены за год снизились на 8,5%",
        note: "prices rose, at the rate the article gives",
      },
      {
        kind: "sign",
        article: "Рост ВВП Китая в третьем квартале замедлился до 4,6%.",
        deck: "ВВП Китая в третьем квартале сократился на 4,6%",
        note: "the economy grew",
      },
      { kind: "sign", article: MOEX, deck: "Индекс Мосбиржи вырос на 2,3%" },
      { kind: "sign", article: MOEX, deck: "Индекс Мосбиржи: +2,3%" },
      {
        kind: "sign",
        article: INFLATION,
        deck: "Инфляция в сентябре ускорилась до 8,6%",
        note: "a level reached by a fall, said as reached by a rise",
      },
      { kind: "sign", article: KEY_RATE, deck: "ЦБ снизил ставку на 200 базисных пунктов" },
      { kind: "sign", article: SBER, deck: "Прибыль Сбербанка за 9 месяцев сократилась на 11,2%" },
      { kind: "sign", article: OUTPUT, deck: "Промпроизводство упало на 2,7%" },
      { kind: "scale", article: SBER, deck: "Прибыль Сбербанка: 1,2 млрд руб.", note: "млрд for трлн: 1000×" },
      { kind: "scale", article: RETAIL, deck: "Выручка — 430 млн рублей" },
      { kind: "unit", article: KEY_RATE, deck: "ЦБ поднял ставку на 200 п.п.", note: "basis points as percentage points" },
      { kind: "unit", article: GAZPROM, deck: "Прибыль Газпрома — $1,2 трлн", note: "dollars for roubles" },
      { kind: "value", article: INFLATION, deck: "Инфляция в сентябре — 8,7%" },
    ],
    figures: [
      { kind: "sign", article: MOEX, figure: { value: 2.3, unit: "%", label: "Индекс Мосбиржи", quote: "снизился на 2,3%" } },
      {
        kind: "unit",
        article: GAZPROM,
        figure: { value: 1.2, unit: "USD", scale: "trillion", label: "Прибыль Газпрома", quote: "1,2 трлн рублей" },
      },
    ],
  },
};
