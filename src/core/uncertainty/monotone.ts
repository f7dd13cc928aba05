/**
 * A non-decreasing function over many values with few calls: the values are sorted, and the points where the function
 * steps up are found by bisection between sorted values whose answers differ. With k distinct answers over n values
 * that is about k·log2(n) calls instead of n: 100,000 trials of ARVs needing 4 to 9 vehicles take about 100 calls
 * of the queueing model instead of 100,000.
 *
 * Every answer is a value the function itself returned for that very input (or for an equal input between two
 * sorted values that gave the same answer, which a non-decreasing function must also give there). If a call breaks
 * the order (a smaller answer for a larger input), the whole map is made by calling the function on every value.
 */

export interface MonotoneMap {
  result: Float64Array;
  /** How many times the function was called. */
  calls: number;
}

export function mapMonotone(values: Float64Array, f: (x: number) => number): MonotoneMap {
  const n = values.length;
  const result = new Float64Array(n);
  if (n === 0) return { result, calls: 0 };
  const s = Float64Array.from(values).sort();
  let calls = 0;
  const call = (x: number) => {
    calls++;
    return f(x);
  };
  // thresholds[j]: the least sorted value whose answer is answers[j]; answers strictly increase
  const thresholds: number[] = [s[0]];
  const answers: number[] = [call(s[0])];
  let ordered = true;
  const split = (lo: number, hi: number, flo: number, fhi: number): void => {
    if (!ordered || flo === fhi) return;
    if (fhi < flo) {
      ordered = false;
      return;
    }
    if (hi - lo === 1) {
      thresholds.push(s[hi]);
      answers.push(fhi);
      return;
    }
    const mid = (lo + hi) >> 1;
    const fm = call(s[mid]);
    split(lo, mid, flo, fm);
    split(mid, hi, fm, fhi);
  };
  if (s[n - 1] !== s[0]) split(0, n - 1, answers[0], call(s[n - 1]));
  if (!ordered) {
    for (let i = 0; i < n; i++) result[i] = call(values[i]);
    return { result, calls };
  }
  const k = thresholds.length;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    // the last threshold at or below x
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (thresholds[mid] <= x) lo = mid;
      else hi = mid - 1;
    }
    result[i] = answers[lo];
  }
  return { result, calls };
}
