// Where a move starts and ends, and which rate each end carries, read once the numbers of a text are:
// "from 4.2% to 4.5%" by the endpoints' words (endpoints.ts); a lone level a move reached, an end; a
// rate named before a move's start, its end's too ("Lạm phát giảm từ 3,45% xuống 2,63%"); and the start,
// the level the rate stood at in the period before (`stood`), no move of its own. Read by read-quantity.ts.
import { languageWords } from "../lang/languages.ts";
import { wordsOf } from "./clause-words.ts";
import { endOfLevel, endpoints } from "./endpoints.ts";
import { functionWords } from "./measure-words.ts";
import { sameUnitNext } from "./move-reach.ts";
import type { NumberToken } from "./read-numbers.ts";
import type { Quantity } from "./read-quantity.ts";

/** `standing`: the numbers a rate stands at with no move said (read-quantity.ts). */
export function markMoveEnds(text: string, read: Quantity[], lang: string, standing: ReadonlySet<NumberToken>): void {
  const ends = endpoints(
    text,
    read.map((q) => q.token),
    lang,
  );
  read.forEach((q, i) => {
    // A lone level a move reached is an end too: "Enflasyon yüzde 49,38'e yükseldi" ends where the
    // article's "49,38'den" starts; "down from 3.5%" starts.
    const end = ends.get(q.token) ?? (q.direction === "level" && q.via ? (endOfLevel(text, q.token, lang) ?? "to") : undefined);
    if (!end) return;
    q.endpoint = end;
    // "relevé sa prévision de croissance de 0,8 % à 1,1 %": an end of the rate's own move is a level
    // it stood at, not a rise of its own; so is a start no word moves, beside an end in its unit
    // ("rose to 2.0% in October, after 1.6% in September").
    const partners = [read[i - 1], read[i + 1]].filter((p): p is Quantity => p !== undefined && ends.get(p.token) === "to");
    const alike = partners.some((p) => p.percent === q.percent && p.currency === q.currency && !p.scale === !q.scale);
    if (standing.has(q.token) || (end === "from" && q.direction === undefined && alike)) q.direction = "level";
  });
  // "Lạm phát giảm từ 3,45% xuống 2,63%", "通胀率从0.3%回落至0.2%": the rate named before a move's start
  // is its end's too, a level the move reached (the first number ends the clause read back); the start
  // is the level the rate stood at before, no move of its own. A pair is the endpoints' pair, or a rate
  // that stands at a number and, a few words on in one unit, a level reached by a move.
  read.forEach((q, i) => {
    const start = read[i - 1];
    if (!start || start.rate === undefined || q.rate !== undefined || q.direction !== "level" || !q.via) return;
    const gap = text.slice(start.token.index + start.token.text.length, q.token.index);
    // Its start stands at the rate, or is the rate by its name ("상승률은 1.6%에서 1.3%로").
    const own = standing.has(start.token) || (start.direction === start.rate && !start.rateMoved);
    const near = own && gap.length < 30 && onlyMoveWords(gap, lang) && sameUnitNext(text, start.token);
    if (!(q.endpoint === "to" && start.endpoint === "from") && !near) return;
    q.rate = start.rate;
    q.rateMove = q.rate;
    start.direction = "level";
    delete start.rateMove;
    // A pair the endpoints' words did not find ("49,38'den yüzde 48,58'e"): its ends all the same.
    start.endpoint ??= "from";
    q.endpoint ??= "to";
  });
  // A move's start is where the rate stood, not its own move: "fell from 3.5% to 3.2%" is no rise of 3.5%
  // (but of the period before, that rise it was: `stood`).
  read.forEach((q, i) => {
    if (q.endpoint !== "from") return;
    delete q.rateMove;
    const partner = [read[i + 1], read[i - 1]].find((p) => p?.endpoint === "to");
    const rate = q.rate ?? partner?.rate;
    if (rate !== undefined && q.direction === "level") q.stood = rate;
  });
}

/**
 * Whether the words between two numbers only move, link or measure them ("% naar", "%에서", "%回落至"):
 * no clause's mark and no other thing named ("Inflation was 2.4%, unemployment fell to 3.9%").
 */
function onlyMoveWords(gap: string, lang: string): boolean {
  if (/[.,;:!?。！？，、；،؛]/u.test(gap.replace(/^[%％٪]/u, ""))) return false;
  const d = languageWords(lang)?.direction;
  const known = moveWords(lang);
  if (!d?.gluedFall && !d?.gluedRise) {
    // A case suffix after an apostrophe ("49,38'den") belongs to the number.
    return wordsOf(gap.replace(/^[%％٪]?['’]\p{L}+/u, ""), lang)
      .map((w) => w.replace(/^[%％٪]+/u, ""))
      .every((w) => !/\p{L}/u.test(w) || known.includes(w));
  }
  // Scripts without spaces: take the known words out of the run ("回落至").
  let bare = gap;
  for (const word of known) bare = bare.split(word).join(" ");
  return !/\p{L}/u.test(bare);
}

const moveWordLists = new Map<string, string[]>();

/** The words that move, link or measure a number, and the particles of a level or a start, longest first, once a language. */
function moveWords(lang: string): string[] {
  let words = moveWordLists.get(lang);
  if (!words) {
    const d = languageWords(lang)?.direction;
    const more = d ? [...(d.levelEndings ?? []), ...(d.toEndings ?? []), ...(d.fromAfter ?? [])] : [];
    words = [...functionWords(lang), ...more].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    moveWordLists.set(lang, words);
  }
  return words;
}
