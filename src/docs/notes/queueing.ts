import { FunctionNote } from "./note";

const METHOD =
  "Method: no factorials or powers. Erlang B by the stable recurrence B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)); every value stays between 0 and 1, so nothing overflows at any number of servers. " +
  "Warm start: the recurrence forgets its start value (an error in B(k−1) reaches B(k) multiplied, in relative terms, by 1 − B(k) ≤ k/A), so it is run from about 9.5·√A servers below A with the start value 1; the error this leaves is provably below e^−45 ≈ 3 × 10^−20, far under double precision. " +
  "Above A the steps stop as soon as B underflows to 0. A call costs about 10·√A steps plus the servers above A: around 3,000 steps at 100,000 servers, against 100,000 for the recurrence from 0.";

export const QUEUEING_NOTES: Record<string, FunctionNote> = {
  ERLANGB: {
    examples: [
      { formula: "=SPR.ERLANGB(2, 3)", says: "By hand: terms 1, 2, 2, 4/3 give B = (4/3) ÷ (19/3) = 4/19 = 0.2105." },
      { formula: "=SPR.ERLANGB(4.461, 10)", says: "The published Erlang B table: ten servers carry 4.461 erlangs at 1% loss." },
      { formula: "=SPR.ERLANGB(9500, 10000)", says: "Ten thousand servers: the textbook formula A^c / c! overflows from c = 171; the recurrence does not." },
    ],
    notes: [
      "Traffic in erlangs is the arrival rate times the mean holding time in the same unit of time: 1,200 incidents a year of 90 minutes each are 1,200 × 90 ÷ 525,600 minutes a year = 0.2055 erlangs, the average number of servers busy.",
      METHOD,
      "Erlang B assumes arrivals at random (Poisson) and blocked arrivals lost, not queued. It does not depend on the shape of the holding-time distribution, only its mean.",
    ],
  },
  ERLANGC: {
    examples: [
      { formula: "=SPR.ERLANGC(2, 3)", says: "By hand: C = 3 × (4/19) ÷ (3 − 2 × 15/19) = 4/9 = 0.4444." },
      { formula: "=SPR.ERLANGC(3, 3)", says: "Traffic equal to the servers: the queue never empties, so every arrival waits (1)." },
      { formula: "=SPR.ERLANGC(99990, 100000)", says: "One hundred thousand servers at 99.99% load, computed exactly." },
    ],
    notes: [
      "C comes from B as C = c·B ÷ ((c − A) + A·B) for A < c, and 1 for A ≥ c. Written this way both terms of the divisor are positive, so there is no cancellation even when A is within a hair of c.",
      METHOD,
      "Erlang C is the M/M/c queue: random (Poisson) arrivals, exponential holding times, c servers, waiting arrivals served in turn and none abandoning. Long-tailed holding times make real waits somewhat more likely than it says.",
    ],
  },
  SERVERSFOR: {
    examples: [
      { formula: "=SPR.SERVERSFOR(2, 0.05)", says: "By hand: C(2, 5) = 4/67 = 0.060 is above 5%, C(2, 6) = 24/1,332 = 0.018 is not: 6 servers." },
      { formula: "=SPR.SERVERSFOR(0.2055, 0.05)", says: "1,200 ninety-minute incidents a year: one server waits 20.6% of the time, two 1.9%." },
      { formula: "=SPR.SERVERSFOR(95000, 0.05)", says: "95,000 erlangs need 538 servers above the load: about 1.75·√A (square-root staffing)." },
    ],
    notes: [
      "Method: C is 1 up to A and falls strictly above it, so the answer is the first count above A with C ≤ max_wait_prob. The search runs the Erlang B recurrence once, upwards from its warm start below A, and tests C at each count above A: one constant-time step per server, no rescans. The answer lies about β·√A above A (β ≈ 1.4–2.9 for targets of 10% to 1%), so a call costs about 10·√A steps: around 3,500 at 100,000 erlangs, against 100,000 or more for a scan from 0.",
      "Each C it tests is computed by exactly the steps SPR.ERLANGC takes, so ERLANGC(traffic, SERVERSFOR(traffic, p)) ≤ p always holds, and one server fewer always gives more than p.",
      "With no traffic nothing arrives to wait, so no server is needed (0).",
    ],
  },
};
