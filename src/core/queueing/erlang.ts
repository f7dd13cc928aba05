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
 * below A, plus the steps from A up to c, instead of c steps from 0.
 *
 * Tiny answers. Above A, B and C fall quickly; once C(k) ≤ k·B(k)/(k − A) (which bounds both B and C at every
 * larger count) is below the smallest positive number Excel holds, 2.2251E-308 (Microsoft, "Excel specifications and
 * limits"), the answer at any larger count is 0 in a worksheet and the walk stops: about 38·√A steps above A, never
 * the walk to c (ERLANGC(1E9, 3E9) once took 2·10⁹ steps through subnormal numbers that no longer decreased). Below
 * 2^−600 the walk carries B scaled by 2^600, so every C it compares against a target of at least 2.2251E-308 has
 * full double precision (subnormal numbers keep fewer digits).
 */
import { SMALLEST_POSITIVE } from "../cell";
import { valueError } from "../errors";

/** Below this, the walk carries B scaled up by RESCALE, so nothing it compares loses precision. */
const TINY = 2 ** -600;
const RESCALE = 2 ** 600;

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

/**
 * The Erlang B recurrence walked upwards one server at a time from a warm start, B kept as b / scale (scale 1 until
 * B falls below 2^−600). The same steps serve ERLANGB, ERLANGC and SERVERSFOR, so they always agree.
 */
export class LossWalk {
  k: number;
  private b = 1;
  private scale = 1;
  constructor(
    readonly traffic: number,
    servers: number,
  ) {
    this.k = warmStart(traffic, servers);
  }
  /** One step: B(k + 1) from B(k). */
  step(): void {
    this.k++;
    const ab = this.traffic * this.b;
    this.b = ab / (this.k + ab / this.scale);
    if (this.b < TINY && this.scale === 1) {
      this.b *= RESCALE;
      this.scale = RESCALE;
    }
  }
  /** Erlang B at k servers. */
  loss(): number {
    return this.b / this.scale;
  }
  /** Erlang C at k servers (k > traffic): C = k·B / ((k − A) + A·B), numerator and denominator times the scale. */
  wait(): number {
    return (this.k * this.b) / ((this.k - this.traffic) * this.scale + this.traffic * this.b);
  }
  /** True once B and C at this and every larger count are below the smallest positive number Excel holds. */
  negligible(): boolean {
    return this.k > this.traffic && (this.k * this.b) / ((this.k - this.traffic) * this.scale) < SMALLEST_POSITIVE;
  }
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
  const w = walkTo(traffic, servers);
  return w ? w.loss() : 0;
}

/** Erlang C: the probability an arrival must wait for a server (M/M/c); 1 when traffic ≥ servers. */
export function erlangC(traffic: number, servers: number): number {
  checkTraffic(traffic);
  checkServers(servers);
  if (traffic >= servers) return 1;
  const w = walkTo(traffic, servers);
  return w ? w.wait() : 0;
}

/** The walk at `servers`, or null once the answer there is below the smallest positive number Excel holds. */
function walkTo(traffic: number, servers: number): LossWalk | null {
  const w = new LossWalk(traffic, servers);
  while (w.k < servers) {
    w.step();
    if (w.negligible()) return null;
  }
  return w;
}
