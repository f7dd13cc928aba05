/**
 * The fewest servers that keep the probability of waiting (Erlang C) at or below a target.
 *
 * C(A, c) is 1 for c ≤ A and falls strictly as c rises above A, so the answer is the first c above A with
 * C ≤ target. The search walks the Erlang B recurrence upwards once, from its warm start just below A (see
 * erlang.ts), and tests C at each count above A: one O(1) step per server, no rescans. The answer lies about
 * β·√A above A (β ≈ 1.4–2.9 for targets of 10%–1%: square-root staffing), so the whole search costs O(√A) steps.
 * Each C it tests is computed by exactly the same steps as erlangC(A, c), so the two always agree.
 */
import { valueError } from "../errors";
import { SMALLEST_POSITIVE } from "../cell";
import { LossWalk, checkTraffic } from "./erlang";

/**
 * A target probability of waiting: above 0 and below 1, and at least the smallest positive number Excel holds
 * (2.2251E-308), which is also where the walk's comparisons keep full precision.
 */
export function checkWaitProb(name: string, p: number): void {
  if (!(p >= SMALLEST_POSITIVE && p < 1))
    throw valueError(name, `expected a number > 0 and < 1, at least 2.2251E-308 (the smallest positive number Excel holds), got ${p}`);
}

/** Fewest servers with Erlang C ≤ maxWaitProb; 0 when there is no traffic (nothing arrives, so nothing waits). */
export function serversFor(traffic: number, maxWaitProb: number): number {
  checkTraffic(traffic);
  checkWaitProb("max_wait_prob", maxWaitProb);
  if (traffic === 0) return 0;
  const w = new LossWalk(traffic, Math.floor(traffic));
  for (;;) {
    w.step();
    if (w.k > traffic && w.wait() <= maxWaitProb) return w.k;
  }
}
