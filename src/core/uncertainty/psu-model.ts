/**
 * PSUs the force must be able to field when its events' attendance is uncertain. In each trial every event's
 * attendance is drawn from its estimate (events independently), and the public-order engine does the rest:
 * eventPsus (⌈attendance ÷ people per PSU⌉, exact), the sweep of peakConcurrent over the calendar (its moment order
 * depends only on the times, so it is found once), and psuRequirement (national share and local peak by policy).
 * An event's PSUs never fall as its attendance rises, so mapMonotone calls eventPsus only where the answer steps.
 */
import { eventPsus } from "../public-order/event-psus";
import { calendarOrder, sweep } from "../public-order/peak";
import { PsuReqPolicy, psuRequirement } from "../public-order/requirement";
import { Estimate } from "./distributions";
import { mapMonotone } from "./monotone";
import { UncertainModel } from "./simulate";

export interface UncertainEvent {
  start: number;
  end: number;
  attendance: Estimate;
  /** People per PSU at the event's risk level. */
  perPsu: number;
}

export function psuModel(events: readonly UncertainEvent[], nationalShare: number, policy: PsuReqPolicy): UncertainModel {
  const n = events.length;
  const order = calendarOrder(
    events.map((e) => e.start),
    events.map((e) => e.end),
  );
  return {
    inputs: events.map((e) => e.attendance),
    transform: (i, draws) => mapMonotone(draws, (a) => eventPsus(a, events[i].perPsu)).result,
    combine: (parts, trials) => {
      const out = new Float64Array(trials);
      const demands = new Array<number>(n);
      for (let t = 0; t < trials; t++) {
        for (let i = 0; i < n; i++) demands[i] = parts[i][t];
        out[t] = psuRequirement(nationalShare, sweep(order, n, demands, 0), policy);
      }
      return out;
    },
  };
}
