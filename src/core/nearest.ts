/** Spelling distance, used to suggest the keys a user probably meant. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/**
 * The `count` candidates closest to `wanted`, compared without regard to case: those containing it (or contained in
 * it) first, then by edit distance, then alphabetically. Candidates come back as given.
 */
export function nearest(wanted: string, candidates: readonly string[], count = 3): string[] {
  const w = wanted.toUpperCase();
  const score = (candidate: string): number => {
    const c = candidate.toUpperCase();
    return c.includes(w) || w.includes(c) ? -1 : editDistance(w, c);
  };
  return [...candidates]
    .map((c) => ({ c, s: score(c) }))
    .sort((x, y) => x.s - y.s || x.c.localeCompare(y.c))
    .slice(0, count)
    .map((x) => x.c);
}
