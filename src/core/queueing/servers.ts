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
import { checkTraffic, nextErlangB, waitFromLoss, warmStart } from "./erlang";

export function checkWaitProb(name: string, p: number): void {
  if (!(p > 0 && p < 1)) throw valueError(name, `expected a number > 0 and < 1, got ${p}`);
}

/** Fewest servers with Erlang C ≤ maxWaitProb; 0 when there is no traffic (nothing arrives, so nothing waits). */
export function serversFor(traffic: number, maxWaitProb: number): number {
  checkTraffic(traffic);
  checkWaitProb("max_wait_prob", maxWaitProb);
  if (traffic === 0) return 0;
  let b = 1;
  for (let k = warmStart(traffic, Math.floor(traffic)) + 1; ; k++) {
    b = nextErlangB(traffic, k, b);
    if (k > traffic && waitFromLoss(traffic, k, b) <= maxWaitProb) return k;
  }
}
