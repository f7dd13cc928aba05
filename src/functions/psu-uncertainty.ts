/**
 * PSUs under uncertainty: SPR.EVENTPSUS, SPR.PEAKCONCURRENT and SPR.PSUREQ over a calendar whose events' attendance
 * is a three-point estimate each.
 */
import { choice, NON_NEGATIVE, numberList, requiredNumber, sameLength, textGrid, WHOLE } from "../core/args";
import { crowdTable, findLevel } from "../core/public-order/event-psus";
import { PSUREQ_POLICIES } from "../core/public-order/requirement";
import { psuModel } from "../core/uncertainty/psu-model";
import { UncertainModel } from "../core/uncertainty/simulate";
import { percentilesCell, readEstimates, readLabels, tornadoCell, trialsCell } from "./simulation-args";

function psuModelOf(
  national_share: unknown,
  starts: unknown,
  ends: unknown,
  attendance_low: unknown,
  attendance_likely: unknown,
  attendance_high: unknown,
  risk: unknown,
  policy: unknown,
  crowd_per_psu: unknown,
): UncertainModel {
  const share = requiredNumber("national_share", national_share, WHOLE);
  const s = numberList("starts", starts, NON_NEGATIVE).values;
  const e = numberList("ends", ends, NON_NEGATIVE).values;
  sameLength("starts", s.length, "ends", e.length);
  const attendance = readEstimates(
    ["attendance_low", "attendance_likely", "attendance_high"],
    attendance_low,
    attendance_likely,
    attendance_high,
    NON_NEGATIVE,
    "event",
    s.length,
  );
  const risks = textGrid("risk", risk).values;
  sameLength("starts", s.length, "risk", risks.length, true);
  const table = crowdTable(crowd_per_psu);
  const events = s.map((start, i) => {
    const level = findLevel("risk", risks[risks.length === 1 ? 0 : i], table, risks.length === 1 ? "" : ` (item ${i + 1})`);
    return { start, end: e[i], attendance: attendance[i], perPsu: level.perPsu };
  });
  return psuModel(events, share, choice("policy", policy, PSUREQ_POLICIES, "max"));
}

/**
 * PSUs the force must be able to field at a percentile when its events' attendance is uncertain (a triangular or PERT estimate per event): in each trial SPR.EVENTPSUS per event, SPR.PEAKCONCURRENT over the calendar and SPR.PSUREQ with the national share; then PERCENTILE.INC over the trials, rounded up to whole PSUs.
 * Rests on: SPR paragraphs 116a (strategic risk assessment of events), 119–120 (national requirement) and 10c (capacity is assessed at force level; the SPR sets no percentile); crowd-per-PSU assumptions as SPR.EVENTPSUS, and SIM_TRIALS and SIM_SEED.
 * @customfunction PSUREQP
 * @helpurl https://localhost:3000/help/functions.html#psureqp
 * @param national_share The force's share of the national PSU requirement (a whole number ≥ 0).
 * @param starts Event start date-times (Excel serial numbers ≥ 0), a row or column, one per event.
 * @param ends Event end date-times, one per event, each after its start; an event ending when another starts does not overlap it.
 * @param attendance_low Lowest attendance of each event (≥ 0), one per event.
 * @param attendance_likely Most likely attendance of each event.
 * @param attendance_high Highest attendance of each event.
 * @param risk Each event's assessed risk level as written in crowd_per_psu (default levels "LOW", "MEDIUM", "HIGH"), one per event, or one level for all.
 * @param percentile A fraction from 0 to 1 (0.9 for P90); SPR.ARVREQP, SPR.PSUREQP and SPR.SOCREQP also take a range of them (a range gives a range of answers).
 * @param [policy] "max" (default): the larger of the national share and the local peak; "sum": both at once, to meet a national call while keeping local cover.
 * @param [crowd_per_psu] The force's table of two columns: risk level, people per PSU (> 0). Default: the illustrative assumptions CROWD_PER_PSU_LOW (10,000), _MEDIUM (4,000), _HIGH (1,000).
 * @param [trials] Trials (draws), a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [shape] "TRIANGULAR" (default) or "PERT": how the three-point estimate spreads between low and high.
 * @returns Whole PSUs at each percentile, in the shape of percentile.
 */
export function psuReqP(
  national_share: any,
  starts: any[][],
  ends: any[][],
  attendance_low: any[][],
  attendance_likely: any[][],
  attendance_high: any[][],
  risk: any[][],
  percentile: any[][],
  policy?: any,
  crowd_per_psu?: any[][],
  trials?: any,
  seed?: any,
  shape?: any,
): number[][] {
  return percentilesCell(
    () => psuModelOf(national_share, starts, ends, attendance_low, attendance_likely, attendance_high, risk, policy, crowd_per_psu),
    [trials, seed, shape],
    percentile,
    true,
  );
}

/**
 * PSUs the force must be able to field in each trial when its events' attendance is uncertain: a column of SPR.PSUREQ answers, one per trial.
 * Rests on: SPR paragraphs 116a and 119–120; crowd-per-PSU assumptions as SPR.EVENTPSUS, and SIM_TRIALS and SIM_SEED.
 * @customfunction PSUSIM
 * @helpurl https://localhost:3000/help/functions.html#psusim
 * @param national_share The force's share of the national PSU requirement (a whole number ≥ 0).
 * @param starts Event start date-times (Excel serial numbers ≥ 0), a row or column, one per event.
 * @param ends Event end date-times, one per event, each after its start; an event ending when another starts does not overlap it.
 * @param attendance_low Lowest attendance of each event (≥ 0), one per event.
 * @param attendance_likely Most likely attendance of each event.
 * @param attendance_high Highest attendance of each event.
 * @param risk Each event's assessed risk level as written in crowd_per_psu (default levels "LOW", "MEDIUM", "HIGH"), one per event, or one level for all.
 * @param [policy] "max" (default): the larger of the national share and the local peak; "sum": both at once, to meet a national call while keeping local cover.
 * @param [crowd_per_psu] The force's table of two columns: risk level, people per PSU (> 0). Default: the illustrative assumptions CROWD_PER_PSU_LOW (10,000), _MEDIUM (4,000), _HIGH (1,000).
 * @param [trials] Trials (draws), a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [shape] "TRIANGULAR" (default) or "PERT": how the three-point estimate spreads between low and high.
 * @returns A column of whole PSUs, one row per trial.
 */
export function psuSim(
  national_share: any,
  starts: any[][],
  ends: any[][],
  attendance_low: any[][],
  attendance_likely: any[][],
  attendance_high: any[][],
  risk: any[][],
  policy?: any,
  crowd_per_psu?: any[][],
  trials?: any,
  seed?: any,
  shape?: any,
): number[][] {
  return trialsCell(
    () => psuModelOf(national_share, starts, ends, attendance_low, attendance_likely, attendance_high, risk, policy, crowd_per_psu),
    [trials, seed, shape],
  );
}

/**
 * Which event's attendance drives the spread of the PSU requirement most: for each event, the requirement's percentile with that event's attendance held at its low, likely and high values while every other event stays uncertain (the same draws), sorted by swing, largest first. Costs O(events × trials) (see the uncertainty guide); events × trials may be at most 10,000,000 (1,000 events at 10,000 trials).
 * Rests on: SPR paragraphs 116a and 119–120; as SPR.PSUREQP.
 * @customfunction PSUTORNADO
 * @helpurl https://localhost:3000/help/functions.html#psutornado
 * @param national_share The force's share of the national PSU requirement (a whole number ≥ 0).
 * @param starts Event start date-times (Excel serial numbers ≥ 0), a row or column, one per event.
 * @param ends Event end date-times, one per event, each after its start; an event ending when another starts does not overlap it.
 * @param attendance_low Lowest attendance of each event (≥ 0), one per event.
 * @param attendance_likely Most likely attendance of each event.
 * @param attendance_high Highest attendance of each event.
 * @param risk Each event's assessed risk level as written in crowd_per_psu (default levels "LOW", "MEDIUM", "HIGH"), one per event, or one level for all.
 * @param percentile A fraction from 0 to 1 (0.9 for P90); SPR.ARVREQP, SPR.PSUREQP and SPR.SOCREQP also take a range of them (a range gives a range of answers).
 * @param [labels] A name for each event (default "Event 1", "Event 2"…).
 * @param [policy] "max" (default): the larger of the national share and the local peak; "sum": both at once, to meet a national call while keeping local cover.
 * @param [crowd_per_psu] The force's table of two columns: risk level, people per PSU (> 0). Default: the illustrative assumptions CROWD_PER_PSU_LOW (10,000), _MEDIUM (4,000), _HIGH (1,000).
 * @param [trials] Trials (draws), a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [shape] "TRIANGULAR" (default) or "PERT": how the three-point estimate spreads between low and high.
 * @returns A table with a header row: Input, Held at low, Held at likely, Held at high, Swing (whole PSUs).
 */
export function psuTornado(
  national_share: any,
  starts: any[][],
  ends: any[][],
  attendance_low: any[][],
  attendance_likely: any[][],
  attendance_high: any[][],
  risk: any[][],
  percentile: any,
  labels?: any[][],
  policy?: any,
  crowd_per_psu?: any[][],
  trials?: any,
  seed?: any,
  shape?: any,
): any[][] {
  return tornadoCell(
    () => psuModelOf(national_share, starts, ends, attendance_low, attendance_likely, attendance_high, risk, policy, crowd_per_psu),
    (m) => readLabels(labels, m.inputs.length, "Event"),
    [trials, seed, shape],
    percentile,
    true,
  );
}
