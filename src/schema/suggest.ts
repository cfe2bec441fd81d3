/** "Did you mean …?": the closest known name to a misspelt one, if it is close enough. */

/** Edits between two words (insert, delete, replace, swap two neighbours). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name nearest to `word`, when a typo (not a different word) explains the gap.
 * With `within` (the default), a known name inside the word, or the word inside it, counts
 * too: `the-short-version` for `short-version`.
 */
export function closest(word: string, known: readonly string[], { within = true } = {}): string | undefined {
  const lower = word.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(lower, name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return undefined;
  // "the-short-version" for "short-version": a known name inside the word, or the other way round.
  const inside = known.find((name) => name.length >= 4 && (lower.includes(name.toLowerCase()) || name.toLowerCase().includes(lower)));
  if (within && lower.length >= 4 && inside && best.distance > 1) return inside;
  const allowed = Math.max(1, Math.min(3, Math.floor(Math.max(word.length, best.name.length) / 3)));
  return best.distance <= allowed ? best.name : undefined;
}
