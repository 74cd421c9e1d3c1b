// Arabic. News puts the verb first and its subject between it and the number ("وتراجع المؤشر الرئيسي
// للسوق السعودية 1.2 بالمئة"): a word of change anywhere earlier in the clause counts. Words take the
// conjunctions و and ف, and the prepositions ب and ل, glued on ("وارتفعت", "بزيادة", "ليصل"): the lists
// hold each form news writes, built from the bare word (the reader matches whole words). Verbs in the
// past and present, masculine and feminine (a plural of things is feminine: "ارتفعت الأسعار"); nouns of
// change with ب ("بارتفاع 4 بالمئة") and in the accusative ("مسجلا تراجعا").
import type { LanguageWords } from "./language.ts";

/** A word as news writes it: bare, and with the conjunctions glued on. */
const glued = (words: string[]) => words.flatMap((w) => [w, `و${w}`, `ف${w}`]);
/** A verb's past (masculine, feminine) and present (masculine, feminine), from the past and the present's stem: "ارتفع", "رتفع". */
const verb = (past: string, present: string) => glued([past, `${past}ت`, `ي${present}`, `ت${present}`]);
/** A noun of change: bare, with ب ("with a rise of"), in the accusative, with the article. */
const noun = (n: string) => glued([n, `ب${n}`, `${n}ا`, `ال${n}`]);

const fallVerbs = [
  ...verb("انخفض", "نخفض"), ...verb("تراجع", "تراجع"), ...verb("هبط", "هبط"), ...verb("انكمش", "نكمش"), ...verb("تقلص", "تقلص"),
  ...verb("نزل", "نزل"), ...verb("هوى", "هوي"), ...verb("تهاوى", "تهاوى"), ...verb("تباطأ", "تباطأ"), ...verb("انحدر", "نحدر"),
  ...verb("خفض", "خفض"), ...verb("قلص", "قلص"), ...verb("تدنى", "تدنى"), ...verb("نقص", "نقص"),
  // The shadda some copy writes on these: "خفّض".
  ...verb("خفّض", "خفّض"), ...verb("قلّص", "قلّص"), ...verb("تقلّص", "تقلّص"),
  // "نموا سالبا بنسبة 0.6 بالمئة": negative growth, a fall.
  ...glued(["منخفضا", "منخفضة", "متراجعا", "متراجعة", "هابطا", "هابطة", "سالبا", "سالب", "سالبة"]),
];
const riseVerbs = [
  ...verb("ارتفع", "رتفع"), ...verb("صعد", "صعد"), ...verb("زاد", "زيد"), ...verb("قفز", "قفز"), ...verb("تقدم", "تقدم"),
  ...verb("نما", "نمو"), ...glued(["نمت"]), ...verb("رفع", "رفع"), ...verb("حلق", "حلق"), ...verb("تسارع", "تسارع"),
  ...verb("انتعش", "نتعش"), ...verb("ارتد", "رتد"),
  ...glued(["مرتفعا", "مرتفعة", "صاعدا", "صاعدة"]),
];
const fallNouns = ["انخفاض", "تراجع", "هبوط", "انكماش", "تقلص", "خفض", "نقص", "تباطؤ"].flatMap(noun);
const riseNouns = ["ارتفاع", "زيادة", "نمو", "صعود", "قفزة", "رفع", "تحسن", "انتعاش"].flatMap(noun);
const small = ["صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
const feminine = ["", "", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"];
const tens = ["عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];

export const ar: LanguageWords = {
  // The deck's own words (sources slide, handout), and how this language quotes.
  ui: {
    sources: "المصادر",
    article: "المقال",
    published: "تاريخ النشر",
    figure: "الرقم",
    quote: "أين ورد في المقال",
    derivedFrom: "محسوب",
    unsourced: "ليس من المقال",
    unsourcedNote: "بيانات الرسم البياني من المؤلف، ولم تُطابَق مع المقال",
    own: "كلام المؤلف",
    ownNote: "ليس من المقال",
    notes: "ملاحظات المتحدث",
    slide: "الشريحة",
    noNotes: "لا ملاحظات لهذه الشريحة.",
    quotes: ["«", "»"],
    // The press names the currency after the number ("22.3 مليار دولار"), not Intl's "US$".
    currencyWords: { USD: "دولار", EUR: "يورو", SAR: "ريال", AED: "درهم", EGP: "جنيه" },
    keyPoints: "أبرز النقاط",
    keyFigures: "أبرز الأرقام",
    sideBySide: "الأرقام جنبا إلى جنب",
    fromParagraph: "من الفقرة",
    review: "للمراجعة",
    draftComments: {
      header:
        "مسودة أولى من {file} أعدّها `npm run draft`. كل رقم أدناه مقتبس من المقال ومدقق؛ أما التسميات والمفاتيح فمستنتجة من الكلمات المحيطة بكل رقم: راجعها.",
      noDate: "لا يذكر المقال تاريخا: وُضع تاريخ اليوم؛ صحّحه",
      noFigures: "لم يُعثر على أي رقم في المقال",
      shorten: "جمل مقدمة المقال: اختصرها",
      sharedTitle: "من تسميات الأرقام: تحقق من أنه يسمي ما تقارنه، وأن المقارنة بين متماثلين",
      nameTitle: "سمِّ ما تقارنه؛ أبقِ الرسم البياني فقط إن كانت المقارنة بين متماثلين",
    },
  },
  units: {
    percent: ["في المئة", "في المائة", "بالمئة", "بالمائة"],
    points: ["نقطة مئوية", "نقاط مئوية", "نقطتين مئويتين", "نقطتان مئويتان", "نقطة أساس", "نقاط أساس", "نقطة أساسية", "نقاط أساسية"],
    basisPoints: ["نقطة أساس", "نقاط أساس", "نقطة أساسية", "نقاط أساسية"],
    indexPoints: ["نقطة", "نقاط", "نقطتين", "نقطتان"],
    rangeTo: ["إلى"],
    rangeAnd: ["و"],
    between: ["بين", "ما بين"],
    rangeArticles: [],
    // Plurals and the accusative, which Intl does not write ("3 مليارات دولار", "50 مليونا").
    scaleSpellings: { مليارات: "مليار", ملياري: "مليار", مليارا: "مليار", بليون: "مليار", مليونا: "مليون", مليوني: "مليون",
      تريليون: "ترليون", ألفا: "ألف" },
    currencies: { USD: ["دولار", "دولارات", "دولارا"], EUR: ["يورو"], SAR: ["ريال", "ريالات", "ريالا"], AED: ["درهم", "دراهم", "درهما"],
      EGP: ["جنيه", "جنيهات", "جنيها"] },
  },
  draft: {
    hedges: ["نحو", "حوالي", "قرابة", "زهاء", "أكثر من", "أقل من", "ما يقرب من", "ما يزيد على", "تقريبا", "بنحو", "بحوالي"],
    ranks: ["رقم", "المركز", "المرتبة", "الإصدار"],
    units: { بالمئة: "%", بالمائة: "%", "في المئة": "%", "في المائة": "%", "نقطة مئوية": "نقطة مئوية", "نقطة أساس": "نقطة أساس",
      نقطة: "نقطة", دولار: "USD", ريال: "SAR", درهم: "AED", جنيه: "EGP", يورو: "EUR" },
    // The verb first: "وارتفع صافي الاحتياطيات" is labelled "صافي الاحتياطيات".
    links: ["إلى", "عند", "من", "في", "على", "عن", "بنسبة", "بمقدار", "قدره", "قدرها", "مستوى", "خلال", "نحو", "ليغلق", "لتغلق",
      "ليستقر", "لتستقر", ...glued(["بلغ", "بلغت", "سجل", "سجلت"]), ...fallVerbs, ...riseVerbs],
    // "إن" and "أن" open a reported clause; "ليصل" the level a move reached; an agency ends the dateline ("القاهرة (رويترز) -").
    joins: ["بينما", "فيما", "في حين", "مقابل", "لكن", "بعد", "مع", "حيث", "التي", "الذي", "إن", "أن", "ليصل", "لتصل", "ليبلغ", "لتبلغ",
      "رويترز", "واس", "وام", "قنا", "كونا"],
    counted: ["شركة", "شركات", "بنوك", "مصارف", "فروع", "فرعا", "موظف", "موظفا", "وظيفة", "وظائف", "عامل", "سهم", "أسهم", "سيارة",
      "وحدة", "مشروعا", "مشروعات", "مشاريع", "دولة", "دول"],
    notCounted: ["سنوات", "أعوام", "عاما", "سنة", "أشهر", "شهور", "شهرا", "أسابيع", "أيام", "يوما", "ساعات", "جلسات", "مراكز", "مرات"],
  },
  dateWords: [],
  direction: {
    fall: [...fallVerbs, ...fallNouns],
    rise: [...riseVerbs, ...riseNouns],
    // "خسر المؤشر 1.5%", "أضاف 120 نقطة": a count lost or added may be no move of it.
    fallWithUnit: [...verb("خسر", "خسر"), ...verb("فقد", "فقد")],
    riseWithUnit: [...verb("أضاف", "ضيف"), ...verb("كسب", "كسب")],
    fallAfter: [],
    riseAfter: [],
    filler: ["بنسبة", "بمقدار", "بواقع", "نحو", "بنحو", "حوالي", "بحوالي", "قرابة", "بقرابة", "أكثر", "بأكثر", "أقل", "بأقل", "من",
      "ما", "يقارب", "يزيد", "على", "عن", "مجددا", "أيضا"],
    level: ["إلى", "الى", "عند", "مستوى", "بلغ", "بلغت", "لتبلغ", "ليبلغ", "ليصل", "لتصل", "ليستقر", "لتستقر", "قدره", "قدرها"],
    from: ["من"],
    to: ["إلى", "الى"],
    // Rates of change: "تباطأ التضخم إلى 26.4 بالمئة" is a rise of prices by 26.4.
    rates: ["التضخم", "نمو", "النمو"],
    respectively: ["على التوالي", "على الترتيب"],
    restate: ["أو", "أي", "ما يعادل", "بما يعادل", "أو ما يعادل"],
    negative: ["سالب", "سالبة", "ناقص"],
    anywhereInClause: true,
  },
  // "جني الأرباح" (profit-taking) names no profit.
  notOpposites: ["جني الأرباح", "جني أرباح"],
  opposites: [["ربح", "خسارة"], ["أرباح", "خسائر"], ["الربح", "الخسارة"], ["الأرباح", "الخسائر"], ["ربحا", "خسارة"], ["أرباحا", "خسائر"],
    ["بأرباح", "بخسائر"], ["فائض", "عجز"], ["فائضا", "عجزا"], ["الفائض", "العجز"], ["بفائض", "بعجز"]],
  numberWords: {
    ...Object.fromEntries(small.map((w, i) => [w, i])),
    ...Object.fromEntries(feminine.map((w, i) => [w, i]).filter(([w]) => w !== "")),
    // "نصف نقطة مئوية", "ربع نقطة مئوية": a central bank's half and quarter point.
    نصف: 0.5, ربع: 0.25, اثنين: 2, عشرين: 20, ثلاثين: 30, أربعين: 40, خمسين: 50, ستين: 60, سبعين: 70, ثمانين: 80, تسعين: 90,
    ...Object.fromEntries(tens.map((w, i) => [w, 20 + 10 * i])),
  },
  ordinals: { الأول: 1, الأولى: 1, الثاني: 2, الثانية: 2, الثالث: 3, الثالثة: 3, الرابع: 4, الرابعة: 4, الأخير: 4 },
  bases: { year: ["على أساس سنوي"], previous: ["على أساس شهري", "على أساس فصلي", "على أساس ربع سنوي"] },
  periods: [
    { pattern: /الربع (?<n>الأول|الثاني|الثالث|الرابع|الأخير)/gu, kind: "quarter" },
    { pattern: /النصف (?<n>الأول|الثاني)/gu, kind: "half" },
    // "الأشهر التسعة الأولى", "الأشهر الـ9 الأولى", "أول تسعة أشهر", "9 أشهر".
    { pattern: /الأشهر (?:الـ ?|ال)?(?<n>\p{L}+|\d{1,2}) الأولى/gu, kind: "months" },
    { pattern: /(?<![\p{L}\p{N}])(?<n>\p{L}+|\d{1,2}) (?:أشهر|شهور)/gu, kind: "months" },
  ],
};
