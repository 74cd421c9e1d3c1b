// Spanish: nouns of change with their preposition ("una caída del 2,5%") are changes, while "del" alone
// after a verb is a level; "un", "una" are left out of the number words: they say "a" as often.
import { countWords, type LanguageWords } from "./language.ts";

const small = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
  "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte"];
const tens = ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];
/** Nouns of change, read with the preposition that joins them to the number. */
const fallNouns = ["caída", "descenso", "reducción", "retroceso", "bajada", "disminución", "desplome", "recorte", "merma", "pérdida", "contracción"];
const riseNouns = ["subida", "aumento", "alza", "incremento", "crecimiento", "avance", "repunte", "ascenso", "mejora", "revalorización"];
const withPreposition = (nouns: string[]) => nouns.flatMap((n) => [n, `${n} del`, `${n} de`, `${n} de un`, `${n} de hasta`]);

export const es: LanguageWords = {
  // The deck's own words (sources slide, handout), and how this language quotes.
  ui: {
    sources: "Fuentes",
    article: "Artículo",
    published: "Publicado",
    figure: "Cifra",
    quote: "Dónde lo dice el artículo",
    derivedFrom: "Calculado",
    unsourced: "No procede del artículo",
    unsourcedNote: "Datos del gráfico aportados por el autor, sin cotejar con el artículo",
    own: "Palabras del autor",
    ownNote: "No procede del artículo",
    notes: "Notas del orador",
    slide: "Diapositiva",
    noNotes: "Esta diapositiva no tiene notas.",
    quotes: ["«", "»"],
    keyPoints: "Lo esencial",
    keyFigures: "Las cifras clave",
    sideBySide: "Las cifras, lado a lado",
    fromParagraph: "Del párrafo",
    review: "revisar",
    draftComments: {
      header: "Un primer borrador a partir de {file}, hecho con `npm run draft`. Cada cifra de abajo está citada del artículo y comprobada; las etiquetas y claves se deducen de las palabras alrededor de cada número: revísalas.",
      noDate: "el artículo no da fecha: la de hoy; corrígela",
      noFigures: "no se encontró ninguna cifra en el artículo",
      shorten: "las frases de la entradilla: acórtalas",
      sharedTitle: "a partir de las etiquetas de las cifras: comprueba que nombra lo que se compara, lo comparable",
      nameTitle: "nombra lo que se compara; conserva el gráfico solo si compara lo comparable",
    },
  },
  units: {
    percent: ["por ciento"],
    points: ["puntos porcentuales", "punto porcentual", "puntos básicos", "p.p.", "pp", "pb", "p. p."],
    basisPoints: ["puntos básicos", "punto básico", "pb", "pbs"],
    indexPoints: ["puntos", "punto"],
    rangeTo: ["a", "hasta"],
    rangeAnd: ["y"],
    between: ["entre"],
    rangeArticles: ["el", "la"],
    scaleSpellings: { "miles de millones": "mil millones", millardos: "mil millones", "mill.": "M" },
    currencies: { EUR: ["euros", "euro"], USD: ["dólares", "dólar"] },
  },
  draft: {
    hedges: ["unos", "unas", "casi", "cerca de", "alrededor de", "más de", "aproximadamente"],
    ranks: ["top", "n.º", "número", "versión", "trimestre"],
    units: {
      "por ciento": "%",
      "puntos porcentuales": "puntos porcentuales",
      "puntos básicos": "puntos básicos",
      euros: "EUR",
      "de euros": "EUR",
      dólares: "USD",
      "de dólares": "USD",
      puntos: "puntos",
    },
    links: ["de", "del", "a", "al", "en", "el", "la", "los", "las", "un", "una", "ha", "han", "es", "son", "fue", "fueron", "alcanzó", "hasta",
      "por", "con", "para", "sobre", "se", "su", "sus"],
    joins: ["mientras", "y", "pero", "aunque", "que", "tras", "con lo que"],
    counted: ["personas", "empleos", "empresas", "bancos", "acciones", "vehículos", "viviendas", "clientes", "países", "escaños",
      "trabajadores", "oficinas", "tiendas", "casos"],
    notCounted: ["puestos", "posiciones", "años", "meses", "semanas", "días", "horas", "minutos", "sesiones", "décadas", "trimestres"],
  },
  dateWords: [],
  direction: {
    fall: ["se abarató", "se abarata", "se abarataron", "con pérdidas del", "pérdidas del", "con descensos del", "descensos del", "bajadas del", "retrocesos del", "caía", "caían", "bajaba", "bajaban", "retrocedía", "se depreciaba", "se depreció", "se deprecia", "se dejaba", "cedía", "descendía", "cayó", "cae", "caen", "cayeron", "bajó", "baja", "bajan", "bajaron", "descendió", "descendieron", "retrocedió", "retrocede",
      "retrocedieron", "disminuyó", "disminuyeron", "se desplomó", "se redujo", "se redujeron", "se contrajo", "se dejó", "se dejaron",
      "se hundió", "redujo", "redujeron", "reduce", "recortó", "cedió", "cede", "restó", "en números rojos", ...withPreposition(fallNouns),
      "se moderó", "se moderaba", "moderó", "se desaceleró", "desaceleró", "se ralentizó", "ralentizó"],
    rise: ["se encareció", "se encarece", "se encarecieron", "con ganancias del", "ganancias del", "con subidas del", "subidas del", "alzas del", "avances del", "subía", "subían", "avanzaba", "se apreciaba", "se apreció", "se aprecia", "se anotó", "se anotaron", "se anotaba", "ganaba", "crecía", "subió", "sube", "suben", "subieron", "aumentó", "aumentaron", "creció", "crece", "crecieron", "ganó", "gana", "avanzó",
      "avanza", "repuntó", "se disparó", "se elevó", "se incrementó", "escaló", "sumó", "mejoró", "se revalorizó", ...withPreposition(riseNouns),
      "se aceleró", "aceleró"],
    fallWithUnit: ["perdió", "pierde", "perdieron", "recortó", "recorta", "recortaron", "redujo", "reduce", "redujeron", "rebajó", "rebaja",
      "bajó", "bajaron"],
    riseWithUnit: ["elevó", "eleva", "elevaron", "subió", "subieron", "aumentó", "aumentaron"],
    fallAfter: ["menos"],
    riseAfter: ["más"],
    // Not "de": "bajó de 3 % a 2,4 %" gives a level, "un descenso de 3 %" a change.
    filler: ["un", "una", "el", "casi", "cerca", "más", "alrededor", "otro", "respectivamente", "hasta un", "apenas", "ligeramente"],
    level: ["a", "al", "del", "hasta", "desde", "en", "los", "las"],
    from: ["de", "del", "desde"],
    previous: ["tras"],
    to: ["a", "al", "hasta"],
    byThenTo: { by: ["en"], to: ["hasta", "al"] },
    by: ["en", "un", "una"],
    // Rates of change: "la inflación se moderó al 2,4%" is a rise of 2,4% of the prices.
    rates: ["crecimiento", "inflación", "ipc"],
    respectively: ["respectivamente"],
    restate: ["es decir", "o", "lo que supone", "equivalente a", "lo que equivale a"],
    negative: ["menos"],
  },
  notOpposites: ["toma de beneficios", "tomas de beneficios", "recogida de beneficios"],
  opposites: [["ganó", "perdió"], ["gana", "pierde"], ["ganaron", "perdieron"], ["beneficio", "pérdida"], ["beneficios", "pérdidas"], ["ganancia", "pérdida"], ["ganancias", "pérdidas"], ["superávit", "déficit"], ["compras netas", "ventas netas"]],
  numberWords: countWords(small, tens),
  ordinals: { primer: 1, primero: 1, primera: 1, segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4 },
  bases: { year: ["interanual", "en tasa interanual", "respecto al mismo mes del año anterior", "en términos interanuales"], previous: ["intermensual", "en tasa mensual", "respecto al mes anterior", "intertrimestral", "en tasa trimestral", "respecto al trimestre anterior"] },
  periods: [
    { pattern: /(?<n>primer|segundo|tercer|cuarto) trimestre/giu, kind: "quarter" },
    { pattern: /(?<![\p{L}\p{N}])(?<n>[1-4])T(?![\p{L}])/gu, kind: "quarter" },
    { pattern: /(?<![\p{L}\p{N}])T(?<n>[1-4])(?![\p{L}\p{N}])/gu, kind: "quarter" },
    { pattern: /(?<n>primer|segundo) semestre/giu, kind: "half" },
    { pattern: /(?<![\p{L}\p{N}])(?<n>[12])S(?![\p{L}])/gu, kind: "half" },
    { pattern: /(?<![\p{L}\p{N}])S(?<n>[12])(?![\p{L}\p{N}])/gu, kind: "half" },
    { pattern: /(?<n>\p{L}+|\d{1,2}) (?:primeros )?meses/giu, kind: "months" },
    { pattern: /primeros (?<n>\p{L}+|\d{1,2}) meses/giu, kind: "months" },
  ],
};
