/**
 * Erlang B and Erlang C: the probability that an arrival finds every server busy (lost, in a loss system) or must
 * wait (M/M/c), for `traffic` erlangs offered to `servers` servers.
 *
 * Method. No factorials and no powers: Erlang B comes from the stable recurrence
 *
 *   B(0) = 1,   B(k) = A·B(k−1) / (k + A·B(k−1)),
 *
 * and Erlang C from B: C = c·B / ((c − A) + A·B) when A < c, and 1 when A ≥ c (the queue never empties). Every
 * quantity stays in [0, 1], so nothing overflows however many servers there are.
 *
 * Warm start. Written for I(k) = 1/B(k) the recurrence is I(k) = 1 + (k/A)·I(k−1): an error in I(k−1) is carried
 * into I(k) multiplied by (1 − B(k)) in relative terms, and 1 − B(k) ≤ k/A because the carried traffic A(1 − B)
 * cannot exceed k servers. So the recurrence forgets where it started: run from a server count k0 below
 * k* = min(c, ⌊A⌋) with the start value B(k0) = 1 (as if it were B(0)), the relative error left at k* is at most
 * Π (k/A) over k0 < k ≤ k* ≤ exp(−Σ (A − k)/A) ≤ e^−45 ≈ 3 × 10^−20, far below double precision (about 10^−16).
 * The number of steps below k* that buys this is found in closed form (warmStart). Cost: about 9.5·√A steps
 * below A, plus the steps from A up to c (which stop as soon as B underflows to 0), instead of c steps from 0.
 */
import { valueError } from "../errors";

/** Relative error allowed from the warm start, as a power of e: e^−45 ≈ 2.9 × 10^−20. */
export const WARM_START_LOG_TOLERANCE = 45;

/** Traffic beyond which the functions refuse (erlangs): far beyond any policing load, it keeps each answer fast. */
export const MAX_TRAFFIC = 1e9;

/**
 * The server count k0 from which the recurrence, started at B(k0) = 1, is exact to double precision at min(c, ⌊A⌋).
 * With k* = min(c, ⌊A⌋) and d = A − k*, the factors (k/A) for k = k* − j are 1 − (d + j)/A ≤ e^−(d+j)/A; their
 * product over j = 0 … J−1 is at most e^−L once J·d + J(J − 1)/2 ≥ L·A, that is
 * J = ⌈((1 − 2d) + √((1 − 2d)² + 8·L·A)) / 2⌉.
 */
export function warmStart(traffic: number, servers: number): number {
  const top = Math.min(servers, Math.floor(traffic));
  const d = traffic - top;
  const e = 1 - 2 * d;
  const steps = Math.ceil((e + Math.sqrt(e * e + 8 * WARM_START_LOG_TOLERANCE * traffic)) / 2);
  return Math.max(0, top - steps);
}

/** One step of the recurrence: B(k) from B(k − 1). */
export function nextErlangB(traffic: number, k: number, previous: number): number {
  const ab = traffic * previous;
  return ab / (k + ab);
}

/** Erlang C from Erlang B at the same traffic and server count (for traffic < servers). */
export function waitFromLoss(traffic: number, servers: number, loss: number): number {
  return (servers * loss) / (servers - traffic + traffic * loss);
}

export function checkTraffic(traffic: number): void {
  if (!(traffic >= 0 && traffic <= MAX_TRAFFIC)) {
    throw valueError("traffic", `expected a number ≥ 0 and ≤ ${MAX_TRAFFIC.toLocaleString("en-GB")} erlangs, got ${traffic}`);
  }
}

function checkServers(servers: number): void {
  if (!(Number.isInteger(servers) && servers >= 0)) throw valueError("servers", `expected a whole number ≥ 0, got ${servers}`);
}

/** Erlang B: the probability an arrival finds all `servers` busy and is lost. */
export function erlangB(traffic: number, servers: number): number {
  checkTraffic(traffic);
  checkServers(servers);
  let b = 1;
  for (let k = warmStart(traffic, servers) + 1; k <= servers && b > 0; k++) b = nextErlangB(traffic, k, b);
  return b;
}

/** Erlang C: the probability an arrival must wait for a server (M/M/c); 1 when traffic ≥ servers. */
export function erlangC(traffic: number, servers: number): number {
  const b = erlangB(traffic, servers);
  return traffic >= servers ? 1 : waitFromLoss(traffic, servers, b);
}
