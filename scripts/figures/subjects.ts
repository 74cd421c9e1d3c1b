// Whose number it is: the names (names.ts) of the clause that holds a number, or of the clause before it
// that names someone, and whether the article gives a number to the names a deck or a label gives it.
import { namesIn, withAliases, type Names } from "./names.ts";
import { CLAUSE_BOUNDS, type Scope } from "./sentences.ts";

/** A number the article gives a name: its value, what kind of amount it is ("%", "USD", ""), where it stands. */
export interface Owned {
  value: number;
  kind: string;
  index: number;
}

/** Whose numbers the article gives, to tell another name for the same subject from another subject. */
export interface Owners {
  owners: ReadonlyMap<string, Owned[]>;
  /** The number in question. */
  value: number;
  kind: string;
}

/**
 * Whether the article, around a number (its scope), gives it to one of `theirs` (the deck's or a
 * label's names): one of them in the number's clause; or, when that clause names no one, in its
 * sentence ("Bitcoin giảm 12%, để tuột mốc 100.000 USD"), or no one there either (a pronoun: "Its
 * revenue rose 18%"). When the clause names others, one of them must stand in a clause of the sentence
 * with no number of its own ("…, selon l'Insee"): "Techcombank giảm 4,2%, MB tăng 11%" gives 4,2% to
 * Techcombank only.
 */
export function givesTo(scope: Scope, given: string[], names: Names, foreign: string[] = [], owners?: Owners): boolean {
  const theirs = withAliases(given, names);
  return givenInClause(scope, theirs, names, foreign) || (owners !== undefined && anotherName(scope, theirs, names, owners));
}

/**
 * The article may call the subject another way in the number's own clause ("La Bourse de Paris" for the
 * CAC 40, "la entidad que preside Ana Botín" for Santander): one of `theirs` standing in the sentences
 * around, to whom the article gives no other number, is taken as that subject. "MB" is not, where the
 * article gives MB a number of its own ("Techcombank giảm 4,2%. MB tăng 11%.").
 */
function anotherName(scope: Scope, theirs: string[], names: Names, { owners, value, kind }: Owners): boolean {
  const near = namesIn(scope.near, names, (word) => theirs.includes(word));
  // A number of the same kind the article gives the name in those sentences makes it another subject.
  const rival = (o: Owned) =>
    o.kind === kind &&
    o.index >= scope.nearStart &&
    o.index < scope.nearEnd &&
    Math.abs(o.value - value) > 1e-9 * Math.max(Math.abs(o.value), Math.abs(value));
  return theirs.some((name) => near.includes(name) && !(owners.get(name) ?? []).some(rival));
}

function givenInClause(scope: Scope, theirs: string[], names: Names, foreign: string[]): boolean {
  // A name the article never writes ("SHB" on SeABank's sentence) is wrong when the number's clause names another.
  if (theirs.length === 0) return foreign.length === 0 || namesIn(scope.clause, names).length === 0;
  // The words the article writes only at a sentence's start are names here when the deck writes them.
  const named = (word: string) => theirs.includes(word);
  const inClause = namesIn(scope.clause, names, named);
  if (inClause.some(named)) return true;
  // A clause that names no one belongs to the nearest clause before it that does (subjectsIn).
  const subjects = inClause.length > 0 ? inClause : subjectsIn(scope, names, false, named);
  if (subjects.length === 0 || subjects.some(named)) return true;
  const inSentence = namesIn(scope.sentence, names, named);
  const clauses = scope.sentence.split(/[,;:、，；：]\s|\s[–—]\s|\s-\s/u);
  return theirs.some(
    (name) => inSentence.includes(name) && clauses.filter((c) => namesIn(c, names, named).includes(name)).every((c) => !holdsNumber(c)),
  );
}

/** A clause that states an amount: a digit that is not part of a date or a year. */
function holdsNumber(clause: string): boolean {
  return /\p{Nd}/u.test(clause.replace(/\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|(?<!\d)(?:19|20)\d\d(?!\d)/gu, ""));
}

/**
 * The names that say whose a number is: those of its clause, or, when the clause names
 * no one ("tăng 5%, 7% và 9%"), those of the nearest clause before it that names someone, else of
 * its sentence. `clauseOnly` for a deck's long sentence, whose other clauses may speak of others.
 */
export function subjectsIn(scope: Scope, names: Names, clauseOnly = false, maybe?: (word: string) => boolean): string[] {
  const inClause = namesIn(scope.clause, names, maybe);
  if (inClause.length > 0 || clauseOnly) return inClause;
  // "The S&P 500 gained 0.56%, while the Nasdaq added 178.86 points, or 0.76%": the nearest clause before that names someone.
  for (const clause of scope.lead.split(CLAUSE_BOUNDS).reverse()) {
    const named = namesIn(clause, names, maybe);
    if (named.length > 0) return named;
  }
  return namesIn(scope.sentence, names, maybe);
}
