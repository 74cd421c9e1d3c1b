// Polish. Verbs in the past of each gender and the plural ("spadł", "spadła", "spadło", "spadły"), "się"
// a filler ("zmniejszył się o 2 proc."); "o" is "by", "do" a level ("spadła do 2,8 proc."), "z … do" from
// and to. Words stand freely between the verb and its number ("wzrósł w II kwartale o 3,4 proc."): a
// direction word anywhere earlier in the clause counts. Months and numbers are declined: each case the
// press writes is listed ("w październiku", "dziewięciu miesięcy"). "jeden" is left out: it says "one of".
import { countWords, type LanguageWords } from "./language.ts";

const small = ["zero", "", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć", "dziesięć", "jedenaście", "dwanaście",
  "trzynaście", "czternaście", "piętnaście", "szesnaście", "siedemnaście", "osiemnaście", "dziewiętnaście", "dwadzieścia"];
const tens = ["trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt"];
/** The oblique case of 2–12 ("po dziewięciu miesiącach", "w ciągu trzech kwartałów"). */
const oblique = { dwóch: 2, dwu: 2, dwie: 2, trzech: 3, czterech: 4, pięciu: 5, sześciu: 6, siedmiu: 7, ośmiu: 8, dziewięciu: 9, dziesięciu: 10,
  jedenastu: 11, dwunastu: 12 };
/** A verb's past in each gender and the plural, from its stem: "spad" → spadł, spadła, spadło, spadły. */
const past = (stem: string) => [`${stem}ł`, `${stem}ła`, `${stem}ło`, `${stem}ły`];
/** Ordinals of a quarter (masculine), a half (neuter) and "połowa" (feminine) in the cases the press writes. */
const ordinals = Object.fromEntries(["pierwsz", "drug", "trzec", "czwart"].flatMap((stem, i) => {
  const soft = stem.endsWith("g") || stem.endsWith("c") ? "i" : "";
  const base = `${stem}${soft || "y"}`;
  return [base, `${base}m`, `${stem}${soft}ego`, `${stem}${soft}e`, `${stem}${soft}ej`].map((w) => [w, i + 1] as const);
}));
/** The months in the nominative, genitive and locative ("październik", "października", "w październiku"). */
const months = ["styczeń stycznia styczniu", "luty lutego lutym", "marzec marca marcu", "kwiecień kwietnia kwietniu", "maj maja maju",
  "czerwiec czerwca czerwcu", "lipiec lipca lipcu", "sierpień sierpnia sierpniu", "wrzesień września wrześniu",
  "październik października październiku", "listopad listopada listopadzie", "grudzień grudnia grudniu"];

export const pl: LanguageWords = {
  ui: {
    sources: "Źródła",
    article: "Artykuł",
    published: "Data publikacji",
    figure: "Dane",
    quote: "Gdzie mówi o tym artykuł",
    derivedFrom: "Wyliczono",
    unsourced: "Spoza artykułu",
    unsourcedNote: "Dane wykresu podane przez autora, niesprawdzone z artykułem",
    own: "Słowa autora",
    ownNote: "Spoza artykułu",
    notes: "Notatki prelegenta",
    slide: "Slajd",
    noNotes: "Brak notatek do tego slajdu.",
    quotes: ["„", "”"],
    approx: "ok. ",
    keyPoints: "Najważniejsze",
    keyFigures: "Kluczowe liczby",
    sideBySide: "Liczby w zestawieniu",
    fromParagraph: "Akapit",
    review: "sprawdzić",
    draftComments: {
      header: "Pierwszy szkic z {file}, przygotowany przez `npm run draft`. Każda liczba poniżej jest cytatem z artykułu i została sprawdzona; etykiety i klucze odgadnięto ze słów wokół liczb: sprawdź je.",
      noDate: "artykuł nie podaje daty: wstawiono dzisiejszą; popraw ją",
      noFigures: "w artykule nie znaleziono liczb",
      shorten: "zdania z leadu: skróć je",
      sharedTitle: "z etykiet liczb: sprawdź, czy nazywa to, co się porównuje, i czy to porównywalne",
      nameTitle: "nazwij, co się porównuje; zostaw wykres tylko wtedy, gdy porównuje porównywalne",
    },
  },
  units: {
    percent: ["proc.", "procent", "procenta", "procentu"],
    points: ["pkt proc.", "pkt. proc.", "pkt. bazowych", "pkt bazowych", "punktu procentowego", "punkty procentowe", "punktów procentowych", "p.p.", "pb", "p.b.", "punktów bazowych",
      "punkty bazowe", "punkt bazowy", "pkt baz."],
    basisPoints: ["punktów bazowych", "punkty bazowe", "punkt bazowy", "pb", "p.b.", "pkt baz.", "pkt. bazowych", "pkt bazowych"],
    indexPoints: ["pkt", "punktów", "punkty", "punktu", "punkt"],
    rangeTo: ["do"],
    rangeAnd: ["a"],
    between: ["między", "pomiędzy"],
    rangeArticles: [],
    scaleSpellings: {},
    currencies: { PLN: ["zł", "złotych", "złote", "złotego", "złoty"], USD: ["dolarów", "dolary", "dolara", "dol."], EUR: ["euro"], CHF: ["franków", "franka"] },
  },
  draft: {
    hedges: ["ok.", "około", "blisko", "niemal", "prawie", "ponad", "przeszło", "niespełna", "mniej więcej"],
    ranks: ["nr", "numer", "miejsce", "top", "wersja"],
    units: { "proc.": "%", procent: "%", "pkt proc.": "pkt proc.", pb: "pb", "punktów bazowych": "pb", pkt: "pkt", zł: "PLN", złotych: "PLN",
      euro: "EUR", dolarów: "USD", "dol.": "USD" },
    links: ["o", "do", "z", "w", "we", "na", "od", "i", "to", "jest", "był", "była", "było", "były", "wyniósł", "wyniosła", "wyniosło",
      "wyniosły", "sięgnął", "sięgnęła", "osiągnął", "osiągnęła", "poziomie", "się", "za", "przy", "wobec", "ze", "dla", "po"],
    joins: ["a", "i", "ale", "podczas gdy", "natomiast", "zaś", "który", "która", "które", "gdy", "po tym jak", "oraz"],
    counted: ["osób", "osoby", "pracowników", "miejsc pracy", "etatów", "firm", "spółek", "banków", "akcji", "oddziałów", "placówek",
      "sklepów", "samochodów", "mieszkań", "klientów", "krajów", "mandatów", "przypadków"],
    notCounted: ["lat", "lata", "miesięcy", "miesiące", "tygodni", "dni", "godzin", "minut", "sesji", "kwartałów", "pozycji", "miejsca"],
  },
  dateWords: [],
  direction: {
    fall: [...past("spad"), "spada", "spadają", "spadnie", ...past("zmniejszy"), ...past("zmala"), ...past("obniży"), "obniża", "obniżają",
      ...past("zniżkowa"), ...past("potania"), ...past("stania"), ...past("skurczy"), ...past("osłabi"), ...past("spowolni"), "obciął", "obcięła",
      "ścięła", "ściął", "tnie", ...past("zanurkowa"), ...past("tania"), ...past("pogłębi"), "spadek", "spadku", "spadkiem", "zniżka", "zniżki",
      "zniżką", "obniżka", "obniżkę", "obniżki", "cięcie", "zmniejszenie", "minus", "w dół"],
    rise: ["wzrósł", "wzrosła", "wzrosło", "wzrosły", "rośnie", "rosną", "rósł", "rosła", "rosło", "rosły", ...past("zwiększy"), "podniósł", "podniosła",
      "podniosło", "podniosły", "podnosi", ...past("podwyższy"), ...past("zwyżkowa"), ...past("podroża"), ...past("zdroża"), ...past("umocni"),
      ...past("przyspieszy"), ...past("skoczy"), ...past("poszybowa"), ...past("odbi"), "wzrost", "wzrostu", "wzrostem", "zwyżka",
      "zwyżki", "zwyżką", "podwyżka", "podwyżkę", "podwyżki", "zwiększenie", "plus", "w górę"],
    // "stracił 300 pracowników" is no fall of them; "stracił 1,2 proc." is.
    fallWithUnit: [...past("traci"), ...past("straci"), "traci", "tracą"],
    riseWithUnit: [...past("zyska"), "zyskuje", "zyskują"],
    // "o 18 proc. mniej niż przed rokiem".
    fallAfter: ["mniej", "niżej", "taniej"],
    riseAfter: ["więcej", "wyżej", "drożej"],
    filler: ["o", "się", "aż", "blisko", "prawie", "niemal", "około", "ok", "ponad", "nieco", "tylko", "jedynie", "już", "łącznie",
      "odpowiednio", "kolejne", "mocno", "lekko", "wyraźnie", "nawet", "jeszcze",
      // When, between a verb and its level ("obniżyła się w październiku do 3,0 proc.").
      "w", "we", "poniedziałek", "wtorek", "środę", "czwartek", "piątek", ...months.map((forms) => forms.split(" ")[2]!)],
    level: ["do", "na poziomie", "poziomie"],
    from: ["z", "ze"],
    previous: ["po"],
    to: ["do"],
    by: ["o"],
    // Rates of change: «inflacja spadła do 4,9 proc.» is a rise of prices by 4,9. Not «wzrost» alone: «wzrost bezrobocia do 5 proc.» is a level of unemployment.
    rates: ["inflacja", "wzrost pkb", "dynamika pkb", "tempo wzrostu", "wzrostu"],
    respectively: ["odpowiednio"],
    restate: ["czyli", "tj.", "to jest"],
    negative: ["minus"],
    anywhereInClause: true,
  },
  opposites: [["zysk", "strata"], ["zysku", "straty"], ["zyskiem", "stratą"], ["zyski", "stratę"], ["zysków", "strat"], ["nadwyżka", "deficyt"],
    ["nadwyżki", "deficytu"], ["nadwyżkę", "deficytem"]],
  // A central bank's move in fractions ("o ćwierć punktu procentowego", "o pół punktu").
  numberWords: { ...countWords(small, tens), ...oblique, ćwierć: 0.25, pół: 0.5 },
  ordinals,
  bases: { year: ["rdr", "r/r", "rok do roku", "w ujęciu rocznym"], previous: ["mdm", "m/m", "miesiąc do miesiąca", "w ujęciu miesięcznym", "kdk", "k/k", "kwartał do kwartału", "w ujęciu kwartalnym"] },
  periods: [
    { pattern: /(?<![\p{L}\p{N}])(?<n>I{1,3}|IV) (?:kwarta\p{L}*|kw\.)/gu, kind: "quarter" },
    { pattern: new RegExp(`(?<n>${Object.keys(ordinals).join("|")}) (?:kwarta\\p{L}*|kw\\.)`, "giu"), kind: "quarter" },
    { pattern: /(?<![\p{L}\p{N}])(?<n>I{1,2}) (?:półro\p{L}*|poł\.)/gu, kind: "half" },
    { pattern: new RegExp(`(?<n>${Object.keys(ordinals).join("|")}) (?:półro\\p{L}*|połow\\p{L}* roku)`, "giu"), kind: "half" },
    { pattern: /(?<![\p{L}\p{N}])(?<n>[12])H(?![\p{L}])/gu, kind: "half" },
    // "po trzech kwartałach": the first nine months.
    { pattern: /(?<![\p{L}\p{N}])(?:trzech|trzy|3) (?:pierwszych |pierwsze )?kwarta(?:łów|łach|ły)/giu, kind: "months", n: 9 },
    { pattern: /(?<n>\p{L}+|\d{1,2}) (?:pierwszych )?miesi(?:ęcy|ącach|ące)/giu, kind: "months" },
    ...months.map((forms, m) => ({ pattern: new RegExp(`(?<![\\p{L}])(?:${forms.replaceAll(" ", "|")})(?![\\p{L}])`, "giu"), kind: "month" as const, n: m + 1 })),
  ],
};
