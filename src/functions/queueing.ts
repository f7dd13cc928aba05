/**
 * Queueing: Erlang B, Erlang C and the fewest servers for a target probability of waiting. Exact and stable for any
 * number of servers (no factorials); see src/core/queueing for the method.
 */
import { OPEN_FRACTION, requiredNumber, WHOLE } from "../core/args";
import { erlangB as erlangBCore, erlangC as erlangCCore, MAX_TRAFFIC } from "../core/queueing/erlang";
import { serversFor as serversForCore } from "../core/queueing/servers";
import { cell } from "./marshal";

const TRAFFIC = { min: 0, max: MAX_TRAFFIC };
const SERVERS = WHOLE;

/**
 * Erlang B: the probability that an arrival finds every server busy and is lost (a loss system with no queue).
 * Rests on: arithmetic only (Erlang's loss formula, by the stable recurrence B(k) = A·B(k−1) / (k + A·B(k−1))); not an SPR figure.
 * @customfunction ERLANGB
 * @helpurl https://localhost:3000/help/functions.html#erlangb
 * @param traffic Offered traffic in erlangs (arrivals per unit of time × mean holding time in the same unit), ≥ 0 and at most 1,000,000,000.
 * @param servers Number of servers (ARVs, call handlers…), a whole number ≥ 0.
 * @returns The probability (0 to 1) that an arrival finds all servers busy; 0 below 2.2251E-308, the smallest positive number a cell holds (the walk stops there, about 50·√traffic steps above the traffic).
 */
export function erlangB(traffic: any, servers: any): number {
  return cell(() => erlangBCore(requiredNumber("traffic", traffic, TRAFFIC), requiredNumber("servers", servers, SERVERS)));
}

/**
 * Erlang C: the probability that an arrival must wait for a server (M/M/c queue); 1 when traffic ≥ servers.
 * Rests on: arithmetic only (Erlang's delay formula, from Erlang B: C = c·B / ((c − A) + A·B)); not an SPR figure.
 * @customfunction ERLANGC
 * @helpurl https://localhost:3000/help/functions.html#erlangc
 * @param traffic Offered traffic in erlangs (arrivals per unit of time × mean holding time in the same unit), ≥ 0 and at most 1,000,000,000.
 * @param servers Number of servers (ARVs, call handlers…), a whole number ≥ 0.
 * @returns The probability (0 to 1) that an arrival has to wait; 0 below 2.2251E-308, the smallest positive number a cell holds.
 */
export function erlangC(traffic: any, servers: any): number {
  return cell(() => erlangCCore(requiredNumber("traffic", traffic, TRAFFIC), requiredNumber("servers", servers, SERVERS)));
}

/**
 * The fewest servers for which the probability of waiting (Erlang C) is at most max_wait_prob; 0 when traffic is 0.
 * Rests on: arithmetic only (Erlang C, searched upwards from the traffic); the target is the caller's (ARVREQ defaults it to planning assumption MAX_WAIT_PROB), at least 2.2251E-308, the smallest positive number a cell holds.
 * @customfunction SERVERSFOR
 * @helpurl https://localhost:3000/help/functions.html#serversfor
 * @param traffic Offered traffic in erlangs (arrivals per unit of time × mean holding time in the same unit), ≥ 0 and at most 1,000,000,000.
 * @param max_wait_prob Highest acceptable probability of waiting, > 0 and < 1: for ARVs, that an incident finds every ARV committed.
 * @returns A whole number of servers.
 */
export function serversFor(traffic: any, max_wait_prob: any): number {
  return cell(() =>
    serversForCore(requiredNumber("traffic", traffic, TRAFFIC), requiredNumber("max_wait_prob", max_wait_prob, OPEN_FRACTION)),
  );
}
