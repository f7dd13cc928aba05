// An independent computation of Erlang B and C for checking the engine: log-space Poisson sums with mathjs's
// log-gamma, sharing no code and no formula with src/core/queueing (no recurrence, no B-to-C conversion).
//   Poisson terms  t(k) = A^k / k!  →  log t(k) = k·ln A − lnΓ(k + 1)
//   Erlang B       = t(c) / Σ_{k=0..c} t(k)
//   Erlang C       = t(c)·c/(c − A) / (Σ_{k=0..c−1} t(k) + t(c)·c/(c − A))     (A < c)
import { lgamma } from "mathjs";

function logTerm(a: number, k: number): number {
  return k * Math.log(a) - lgamma(k + 1);
}

/** log Σ exp(x) without overflow. */
function logSumExp(xs: number[]): number {
  const m = xs.reduce((x, y) => Math.max(x, y), -Infinity);
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
}

function logTerms(a: number, upTo: number): number[] {
  const out: number[] = [];
  for (let k = 0; k <= upTo; k++) out.push(logTerm(a, k));
  return out;
}

export function referenceErlangB(a: number, c: number): number {
  const terms = logTerms(a, c);
  return Math.exp(terms[c] - logSumExp(terms));
}

export function referenceErlangC(a: number, c: number): number {
  const below = logTerms(a, c - 1);
  const top = logTerm(a, c) + Math.log(c / (c - a));
  return Math.exp(top - logSumExp([...below, top]));
}
