// A pure function's last few answers, by a key made of its inputs: the dev server rebuilds a briefing
// on every save, and an edit to briefing.yaml leaves the article, most text fields and most of the
// fonts' cut parts as they were. Reading the text again was most of a warm rebuild (the seed: about
// 35 of 50 ms). What is kept is never changed by its readers.

/** `compute`, remembered for the `size` keys used last. */
export function remembered<A extends unknown[], T>(
  size: number,
  keyOf: (...args: A) => string,
  compute: (...args: A) => T,
): (...args: A) => T {
  const kept = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    if (kept.has(key)) {
      const found = kept.get(key) as T;
      // Used again: the newest, last in the map's order.
      kept.delete(key);
      kept.set(key, found);
      return found;
    }
    const value = compute(...args);
    kept.set(key, value);
    if (kept.size > size) kept.delete(kept.keys().next().value!);
    return value;
  };
}
