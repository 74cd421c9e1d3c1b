// How the figure check compares and rounds numbers. Values from YAML and numbers read from text are both
// decimals parsed to the nearest double, so they compare equal exactly; the tolerance is for the float
// noise of derived arithmetic ((60 - 2.19) / 60 * 100 is 96.35000000000001).

const RELATIVE_TOLERANCE = 1e-9;

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Rounds half away from zero at `decimals`, on the number's decimal form rather than its binary one, so
 * 96.35 rounds to 96.4 as a reader expects, although the double nearest 96.35 is 96.349999…
 */
export function roundTo(n: number, decimals: number): number {
  // Twelve significant digits first: float noise from arithmetic (…4999999999) must not decide a tie.
  const clean = Math.abs(Number(n.toPrecision(12)));
  // A double has no more than 17 significant digits: at 15 decimals or more there is nothing to round.
  if (decimals >= 15) return Math.sign(n) * clean;
  const written = String(clean);
  const rounded = written.includes("e")
    ? Math.round(clean * 10 ** decimals) / 10 ** decimals // too large or too small for the "e" trick
    : Number(`${Math.round(Number(`${written}e${decimals}`))}e-${decimals}`);
  return Math.sign(n) * rounded;
}

/** A number for a message: full precision, without the float noise of the last binary digit. */
export function showNumber(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** "612.47", "612.47 and 3.07", "1, 2 and 3". */
export function listNumbers(numbers: readonly number[]): string {
  const shown = numbers.map(showNumber);
  return shown.length <= 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

/** "0 decimals", "1 decimal", "2 decimals". */
export const decimalsText = (decimals: number) => `${decimals} decimal${decimals === 1 ? "" : "s"}`;
