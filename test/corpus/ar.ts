// Arabic truth corpus: Gulf and Egyptian bourses, central banks' rates, inflation, company results,
// trade and jobs, as Arabic wire copy and newspapers write them: verb first ("وتراجع المؤشر … 1.2
// بالمئة"), the conjunction glued on ("وارتفعت"), "بالمئة", "في المئة" or "%", "نقطة أساس",
// "مليار دولار", the Arabic comma «،», and Arabic-Indic digits with «٫» in the Egyptian press.
import type { LanguageCorpus } from "./corpus-types.ts";

const TASI = "وتراجع المؤشر الرئيسي للسوق السعودية 1.2 بالمئة إلى 11850 نقطة، وهبط سهم مصرف الراجحي 2.1 بالمئة.";
const EGYPT_RATE = "خفض البنك المركزي المصري أسعار الفائدة الأساسية 200 نقطة أساس، ليصل سعر عائد الإيداع لليلة واحدة إلى 25 بالمئة.";
const EGYPT_CPI = "تباطأ معدل التضخم السنوي في المدن المصرية إلى 11.7 بالمئة في سبتمبر من 12 بالمئة في أغسطس.";
const ARAMCO = "تراجع صافي ربح أرامكو السعودية في الربع الثالث 15.4 بالمئة إلى 103.4 مليار ريال، بحسب إفصاح للشركة على موقع السوق المالية.";
const EXPORTS = "وبلغت صادرات مصر غير البترولية 22.3 مليار دولار خلال الأشهر التسعة الأولى من العام، بزيادة 18 في المئة على أساس سنوي.";
const KUWAIT_GDP = "انكمش الناتج المحلي الإجمالي للكويت 0.6 في المائة في الربع الثاني على أساس سنوي.";
const LOSS = "سجلت الشركة صافي خسارة بلغ 320 مليون درهم في النصف الأول من العام.";
const BUDGET = "وتتوقع وزارة المالية عجزا في الميزانية قدره 101 مليار ريال في العام المقبل.";
const BRENT = "وارتفعت العقود الآجلة لخام برنت 64 سنتا أو 0.9 بالمئة إلى 73.20 دولار للبرميل.";
const EGX = "وصعد المؤشر الرئيسي للبورصة المصرية 1.5 بالمئة ليغلق عند 35420 نقطة.";
const JOBS = "انخفض معدل البطالة بين السعوديين إلى 6.8 بالمئة في الربع الثاني، وفقا للهيئة العامة للإحصاء.";
const BRANCHES = "وافتتح البنك خمسة فروع جديدة في الرياض وجدة.";
const SAMA = "رفع البنك المركزي السعودي سعر اتفاقيات إعادة الشراء 50 نقطة أساس إلى 5.5 بالمئة.";
const AHRAM = "وارتفع إجمالي الاحتياطيات الدولية لمصر إلى ٤٦٫٧ مليار دولار بنهاية أغسطس، بزيادة ٣٫٥٪ عن العام الماضي.";
const EMAAR = "وارتفع صافي أرباح إعمار العقارية في النصف الأول بنسبة 34 بالمئة إلى 7.4 مليار درهم.";
const RANGE = "ويتوقع صندوق النقد الدولي أن ينمو الاقتصاد السعودي بين 3 و4 بالمئة في العام المقبل.";
const RANGE_SPACED = "ويتوقع صندوق النقد الدولي أن ينمو الاقتصاد بين 3 و 4 بالمئة في العام المقبل.";
const QNB = "وبلغ صافي أرباح مجموعة QNB نحو 12.4 مليار ريال في الأشهر التسعة الأولى، بارتفاع 4 بالمئة.";
const PAYROLLS = "وأضاف الاقتصاد الأمريكي 142 ألف وظيفة في أغسطس، وفقا لوزارة العمل.";
const NEGATIVE_GROWTH = "وسجل الاقتصاد الكويتي نموا سالبا بنسبة 0.6 بالمئة في الربع الثاني.";
const EGP_LOSS = "وتكبدت الشركة خسائر بقيمة 1.2 مليار جنيه خلال العام المالي.";
const SHADDA = "خفّض البنك المركزي التونسي سعر الفائدة الرئيسي 50 نقطة أساس إلى 7.5 بالمئة.";
const DUBAI = "وزاد مؤشر دبي 0.7 بالمئة، بينما تقدم مؤشر أبوظبي 0.3 بالمئة.";

export const CORPUS: LanguageCorpus = {
  lang: "ar",
  honest: {
    text: [
      {
        article: "ارتفع مؤشر دبي 0.7 بالمئة، بينما تراجع مؤشر أبوظبي 0.3 بالمئة.",
        deck: "دبي +0.7%، أبوظبي −0.3%",
        note: "each index its own number, in a list",
      },
      {
        article: "تباطأ التضخم السنوي في مصر إلى 26.4 بالمئة في سبتمبر.",
        deck: "ارتفعت الأسعار في مصر 26.4 بالمئة على أساس سنوي في سبتمبر",
        note: "an inflation rate's level is a rise of prices",
      },
      {
        article: "تباطأ نمو الاقتصاد الصيني إلى 4.6 بالمئة في الربع الثالث.",
        deck: "نما الاقتصاد الصيني 4.6 بالمئة في الربع الثالث",
        note: "a growth rate's level is a rise of the economy",
      },
      {
        article: "تراجع صافي أرباحها بنسبة ١٥٪ إلى ١٠١ مليار ريال.",
        deck: "تراجع الربح خمسة عشر بالمئة",
        note: "«خمسة عشر», fifteen: a unit and ten",
      },
      { article: "تراجع صافي أرباحها إلى ١٠١٫٠ مليار ريال.", deck: "أرباح أرامكو ١٠١٫٠ مليار ريال" },
      { article: TASI, deck: "المؤشر السعودي يتراجع 1.2%", note: "the present tense, and % for بالمئة" },
      { article: TASI, deck: "انخفض المؤشر السعودي 1.2% إلى 11850 نقطة", note: "another verb for the same fall, and its level" },
      { article: TASI, deck: "السوق السعودية: ‎-1.2%", note: "the fall as a minus sign" },
      { article: TASI, deck: "هبط سهم الراجحي بنسبة 2.1 في المئة", note: "«بنسبة» between verb and number" },
      { article: EGYPT_RATE, deck: "المركزي المصري يخفض الفائدة 200 نقطة أساس إلى 25%", note: "the object between verb and number" },
      { article: EGYPT_RATE, deck: "خفض الفائدة 2 نقطة مئوية", note: "200 basis points as 2 percentage points" },
      { article: EGYPT_CPI, deck: "التضخم في مصر ينخفض إلى 11.7% في سبتمبر", note: "a level reached by a fall" },
      { article: EGYPT_CPI, deck: "التضخم: 11.7% في سبتمبر بعد 12% في أغسطس", note: "levels" },
      { article: ARAMCO, deck: "أرباح أرامكو في الربع الثالث: 103.4 مليار ريال (‎-15.4%)", note: "an amount and its fall" },
      { article: ARAMCO, deck: "تراجع صافي ربح أرامكو إلى 103.4 مليار ريال" },
      { article: EXPORTS, deck: "الصادرات غير البترولية: 22.3 مليار دولار في 9 أشهر (+18%)", note: "«الأشهر التسعة الأولى» as 9 أشهر" },
      { article: KUWAIT_GDP, deck: "نمو سالب 0.6% للاقتصاد الكويتي في الربع الثاني", note: "a contraction as negative growth" },
      { article: KUWAIT_GDP, deck: "الاقتصاد الكويتي انكمش 0.6% في الربع الثاني" },
      { article: LOSS, deck: "خسارة صافية 320 مليون درهم في النصف الأول", note: "the amount of a loss, no fall" },
      { article: BRENT, deck: "برنت يصعد إلى 73.20 دولار للبرميل", note: "a rise to a level" },
      { article: EGX, deck: "البورصة المصرية ترتفع 1.5% وتغلق عند 35420 نقطة" },
      { article: JOBS, deck: "البطالة بين السعوديين تتراجع إلى 6.8%" },
      { article: BRANCHES, deck: "5 فروع جديدة للبنك", note: "«خمسة» as 5" },
      { article: SAMA, deck: "المركزي السعودي يرفع الفائدة نصف نقطة مئوية إلى 5.5%", note: "half a point: 50 basis points" },
      {
        article: AHRAM,
        deck: "الاحتياطيات الدولية لمصر: 46.7 مليار دولار",
        note: "Arabic-Indic digits in the article, Western in the deck",
      },
      { article: EXPORTS, deck: "صادرات مصر غير البترولية ٢٢٫٣ مليار دولار", note: "Arabic-Indic digits with «٫» in the deck" },
      { article: EMAAR, deck: "أرباح إعمار ترتفع 34% إلى 7.4 مليار درهم" },
      {
        article: RANGE,
        deck: "صندوق النقد يتوقع نمو الاقتصاد السعودي بين 3 و4%",
        note: "«و» glued to the range's second number: a one-letter word, no name's letter",
      },
      { article: RANGE_SPACED, deck: "نمو متوقع للاقتصاد بين 3 و 4%", note: "a range, «و» spaced" },
      { article: BRENT, deck: "برنت يرتفع 0.9%", note: "the percentage restating a move in cents after «أو»" },
      { article: TASI, deck: "المؤشر السعودي يغلق عند 11850 نقطة", note: "the level alone" },
      { article: EMAAR, deck: "وارتفع صافي أرباح إعمار 34 بالمئة في النصف الأول", note: "the conjunction glued on in the deck too" },
      { article: AHRAM, deck: "الاحتياطيات الدولية ترتفع ٣٫٥٪", note: "Arabic-Indic digits and «٪» both sides" },
      { article: QNB, deck: "أرباح QNB: 12.4 مليار ريال في 9 أشهر", note: "a hedged amount, a Latin name" },
      { article: PAYROLLS, deck: "الاقتصاد الأمريكي يضيف 142 ألف وظيفة" },
      { article: NEGATIVE_GROWTH, deck: "انكمش الاقتصاد الكويتي 0.6% في الربع الثاني", note: "negative growth, «بنسبة» before its number" },
      { article: EGP_LOSS, deck: "خسائر الشركة 1.2 مليار جنيه" },
      { article: BUDGET, deck: "عجز متوقع في الميزانية: 101 مليار ريال" },
      { article: DUBAI, deck: "مؤشر دبي يرتفع 0.7%" },
    ],
    figures: [
      {
        article: TASI,
        figure: {
          value: -1.2,
          unit: "%",
          label: "المؤشر الرئيسي للسوق السعودية",
          quote: "وتراجع المؤشر الرئيسي للسوق السعودية 1.2 بالمئة",
        },
      },
      {
        article: ARAMCO,
        figure: { value: 103.4, unit: "SAR", scale: "billion", label: "صافي ربح أرامكو في الربع الثالث", quote: "103.4 مليار ريال" },
      },
      {
        article: EXPORTS,
        figure: { value: 22.3, unit: "USD", scale: "billion", label: "الصادرات غير البترولية", quote: "22.3 مليار دولار" },
      },
      {
        article: KUWAIT_GDP,
        figure: {
          value: -0.6,
          unit: "%",
          label: "الناتج المحلي الإجمالي للكويت",
          quote: "انكمش الناتج المحلي الإجمالي للكويت 0.6 في المائة",
        },
      },
      { article: AHRAM, figure: { value: 3.5, unit: "%", label: "الاحتياطيات الدولية", quote: "بزيادة ٣٫٥٪" } },
      {
        article: TASI,
        figure: {
          value: 1.2,
          unit: "%",
          label: "تراجع المؤشر السعودي",
          quote: "وتراجع المؤشر الرئيسي للسوق السعودية 1.2 بالمئة",
          direction: "label",
        },
        note: "the label says the fall",
      },
      {
        article: EGYPT_RATE,
        figure: {
          value: -200,
          unit: "نقطة أساس",
          label: "أسعار الفائدة الأساسية",
          quote: "خفض البنك المركزي المصري أسعار الفائدة الأساسية 200 نقطة أساس",
        },
      },
    ],
  },
  slips: {
    text: [
      {
        kind: "subject",
        article: "ارتفع مؤشر دبي 0.7 بالمئة، بينما تراجع مؤشر أبوظبي 0.3 بالمئة.",
        deck: "مؤشر دبي يتراجع 0.3%",
        note: "Abu Dhabi's fall given to Dubai, named in the clause before",
      },
      {
        kind: "sign",
        article: "تباطأ التضخم السنوي في مصر إلى 26.4 بالمئة في سبتمبر.",
        deck: "انخفضت الأسعار في مصر 26.4 بالمئة في سبتمبر",
        note: "prices rose, at the rate the article gives",
      },
      {
        kind: "sign",
        article: "تباطأ نمو الاقتصاد الصيني إلى 4.6 بالمئة في الربع الثالث.",
        deck: "انكمش الاقتصاد الصيني 4.6 بالمئة في الربع الثالث",
        note: "the economy grew",
      },
      {
        kind: "sign",
        article: "تراجع صافي أرباحها إلى ١٠١٫٠ مليار ريال.",
        deck: "خسارة أرامكو ١٠١٫٠ مليار ريال",
        note: "a profit («أرباحها», its profits: the pronoun glued on) said as a loss",
      },
      {
        kind: "sign",
        article: "ارتفع المؤشر العام 2.1%، بينما تراجع مؤشر دبي 0.5%.",
        deck: "مؤشر دبي يرتفع 0.5%",
        note: "the Arabic comma ends the clause of the 2.1%",
      },
      { kind: "sign", article: TASI, deck: "المؤشر السعودي يرتفع 1.2%" },
      { kind: "sign", article: TASI, deck: "السوق السعودية: +1.2%" },
      { kind: "sign", article: TASI, deck: "وصعد سهم الراجحي 2.1 بالمئة", note: "the glued «و» on the verb" },
      { kind: "sign", article: EGYPT_RATE, deck: "المركزي المصري يرفع الفائدة 200 نقطة أساس" },
      {
        kind: "sign",
        article: EGYPT_CPI,
        deck: "التضخم في مصر يرتفع إلى 11.7% في سبتمبر",
        note: "a level reached by a fall, said reached by a rise",
      },
      { kind: "sign", article: ARAMCO, deck: "أرباح أرامكو تقفز 15.4% في الربع الثالث" },
      { kind: "sign", article: KUWAIT_GDP, deck: "نما الاقتصاد الكويتي 0.6% في الربع الثاني" },
      { kind: "sign", article: EGX, deck: "البورصة المصرية تخسر 1.5%" },
      { kind: "sign", article: EXPORTS, deck: "الصادرات غير البترولية تنخفض 18%" },
      { kind: "scale", article: ARAMCO, deck: "أرباح أرامكو: 103.4 مليون ريال", note: "مليون for مليار: 1000×" },
      { kind: "scale", article: EXPORTS, deck: "الصادرات غير البترولية: 22.3 ألف دولار" },
      { kind: "unit", article: EGYPT_RATE, deck: "المركزي المصري يخفض الفائدة 200 نقطة مئوية", note: "basis points as percentage points" },
      { kind: "unit", article: ARAMCO, deck: "أرباح أرامكو: 103.4 مليار دولار", note: "dollars for riyals" },
      { kind: "unit", article: JOBS, deck: "البطالة تتراجع 6.8 نقطة مئوية", note: "a level as a move in points" },
      { kind: "value", article: EGYPT_CPI, deck: "التضخم في مصر 11.4% في سبتمبر" },
      { kind: "value", article: AHRAM, deck: "الاحتياطيات الدولية ٤٧٫٦ مليار دولار" },
      { kind: "period", article: ARAMCO, deck: "أرباح أرامكو في الربع الثاني: 103.4 مليار ريال" },
      { kind: "period", article: EXPORTS, deck: "الصادرات غير البترولية: 22.3 مليار دولار في النصف الأول" },
      { kind: "number-words", article: BRANCHES, deck: "البنك يفتتح ستة فروع جديدة" },
      {
        kind: "subject",
        article: DUBAI,
        deck: "مؤشر أبوظبي يرتفع 0.7%",
        note: "Dubai's 0.7 given to Abu Dhabi, named in the parallel clause after it",
      },
      { kind: "sign", article: LOSS, deck: "أرباح الشركة 320 مليون درهم في النصف الأول", note: "a loss as a profit" },
      { kind: "sign", article: BUDGET, deck: "فائض متوقع في الميزانية: 101 مليار ريال", note: "a deficit as a surplus" },
      {
        kind: "sign",
        article: BRENT,
        deck: "برنت يتراجع 0.9%",
      },
      { kind: "sign", article: TASI, deck: "المؤشر السعودي يخسر 11850 نقطة", note: "the level as the size of a fall" },
      { kind: "unit", article: TASI, deck: "المؤشر السعودي يتراجع 1.2 نقطة", note: "index points for a percentage" },
      { kind: "sign", article: NEGATIVE_GROWTH, deck: "نما الاقتصاد الكويتي 0.6% في الربع الثاني" },
      { kind: "sign", article: SHADDA, deck: "المركزي التونسي يرفع الفائدة 50 نقطة أساس", note: "the article's verb with its shadda" },
      {
        kind: "unit",
        article: EGP_LOSS,
        deck: "خسائر الشركة 1.2 مليار دولار",
        note: "dollars for pounds",
      },
      { kind: "value", article: RANGE_SPACED, deck: "توقعات النمو: بين 3 و 5%" },
    ],
    figures: [
      {
        kind: "sign",
        article: TASI,
        figure: { value: 1.2, unit: "%", label: "المؤشر الرئيسي للسوق السعودية", quote: "وتراجع المؤشر الرئيسي للسوق السعودية 1.2 بالمئة" },
      },
      {
        kind: "unit",
        article: ARAMCO,
        figure: { value: 103.4, unit: "USD", scale: "billion", label: "صافي ربح أرامكو", quote: "103.4 مليار ريال" },
      },
      {
        kind: "scale",
        article: EXPORTS,
        figure: { value: 22.3, unit: "USD", scale: "million", label: "الصادرات غير البترولية", quote: "22.3 مليار دولار" },
      },
      {
        kind: "unit",
        article: EGYPT_RATE,
        figure: {
          value: -200,
          unit: "نقطة مئوية",
          label: "أسعار الفائدة الأساسية",
          quote: "خفض البنك المركزي المصري أسعار الفائدة الأساسية 200 نقطة أساس",
        },
      },
      {
        kind: "sign",
        article: TASI,
        figure: {
          value: 1.2,
          unit: "%",
          label: "ارتفاع المؤشر السعودي",
          quote: "وتراجع المؤشر الرئيسي للسوق السعودية 1.2 بالمئة",
          direction: "label",
        },
      },
      {
        kind: "sign",
        article: KUWAIT_GDP,
        figure: { value: 0.6, unit: "%", label: "نمو الناتج المحلي للكويت", quote: "انكمش الناتج المحلي الإجمالي للكويت 0.6 في المائة" },
      },
    ],
  },
};
