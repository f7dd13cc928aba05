/**
 * Public-order capacity (SPR paragraphs 116–128): PSUs, BDUs and AEP teams by role, what a force can field from its
 * trained officers, where it falls short, event demand, and the mobilisation tier an event needs.
 */
import {
  asGrid,
  choice,
  isBlank,
  isOmitted,
  NON_NEGATIVE,
  numberGrid,
  numberList,
  optionalBoolean,
  optionalNumber,
  requiredNumber,
  requiredText,
  WHOLE,
} from "../core/args";
import { assumptionValue } from "../core/assumptions/registry";
import { Shaped } from "../core/cell";
import { valueError } from "../core/errors";
import { readCalendar } from "../core/public-order/calendar";
import { checkUnit as checkUnitCore } from "../core/public-order/check-unit";
import { crowdTable, eventPsusOver } from "../core/public-order/event-psus";
import { readKeyedTable } from "../core/keyed-table";
import { mutualAid as mutualAidCore } from "../core/public-order/mutual-aid";
import { SHARE_KINDS, forceKey, nationalShare as nationalShareCore } from "../core/public-order/national-share";
import { overCommitments } from "../core/public-order/over-commitment";
import { peakConcurrent as peakCore } from "../core/public-order/peak";
import { PSUREQ_POLICIES, psuRequirement } from "../core/public-order/requirement";
import { TRAINED_PER_POST_RULE, gapDetail, staffByRole, unitCapacity as capacityCore } from "../core/public-order/staffing";
import { Role, UNIT_TYPES, UnitType, roleOrder, unitRoles } from "../core/public-order/units";
import { readOverrides } from "../core/standards/overrides";
import { cell } from "./marshal";

function unitOf(unit: unknown, overrides: unknown): { type: UnitType; roles: Role[] } {
  const type = choice("unit_type", unit, UNIT_TYPES);
  return { type, roles: unitRoles(type, readOverrides("overrides", overrides)) };
}

function trainedPerPost(v: unknown): number {
  return optionalNumber("trained_per_post", v, assumptionValue("TRAINED_PER_POST"), TRAINED_PER_POST_RULE);
}

/** Officers by role, one number per role in role order, whole and ≥ 0. */
function byRole(name: string, v: unknown, roles: readonly Role[]): number[] {
  const s = numberList(name, v, WHOLE);
  if (s.values.length !== roles.length) {
    throw valueError(name, `expected ${roles.length} numbers, one per role (${roleOrder(roles)}), got ${s.values.length}`);
  }
  return s.values;
}

function capacity(roles: Role[], trained_by_role: unknown, trained_per_post: unknown): number {
  return capacityCore(roles, byRole("trained_by_role", trained_by_role, roles), trainedPerPost(trained_per_post));
}

function unitGapOf(roles: Role[], required_units: unknown, trained_by_role: unknown, trained_per_post: unknown): number {
  const required = requiredNumber("required_units", required_units, WHOLE);
  return required - capacity(roles, trained_by_role, trained_per_post);
}

/**
 * Trained officers needed by role to field a number of PSUs, BDUs or AEP teams, as one row: each role in SPR order, then the total.
 * Rests on: SPR paragraph 122 (unit definitions) and planning assumption TRAINED_PER_POST (default 1, illustrative).
 * @customfunction UNITSTAFF
 * @helpurl https://localhost:3000/help/functions.html#unitstaff
 * @param unit_type "PSU" (inspectors, sergeants, constables, drivers), "BDU" (inspectors, sergeants, constables) or "AEP" (commanders, drivers, officers); SPR.NATIONALSHARE takes "PSU" or "BDU", the units with a national figure (paragraph 120).
 * @param count Units to field (a whole number ≥ 0).
 * @param [trained_per_post] Trained officers kept per post, ≥ 1 (default: assumption TRAINED_PER_POST, 1); each role is rounded up to whole officers.
 * @param [show_headers] TRUE to add a header row, and in SPR.S22TABLE a force label column and a Total row (default FALSE: figures only).
 * @param [overrides] A two-column table of registry keys and revised figures (footnote 61: figures may change), e.g. PSU_CONSTABLES | 20; a key listed there gives its revised figure.
 * @returns Officers by role and the total, as a row.
 */
export function unitStaff(unit_type: any, count: any, trained_per_post?: any, show_headers?: any, overrides?: any[][]): any[][] {
  return cell(() => {
    const { roles } = unitOf(unit_type, overrides);
    const n = requiredNumber("count", count, WHOLE);
    const staff = staffByRole(roles, n, trainedPerPost(trained_per_post));
    const row = [...staff, staff.reduce((a, b) => a + b, 0)];
    const headers = optionalBoolean("show_headers", show_headers, false);
    return headers ? [[...roles.map((r) => r.heading), "Total"], row] : [row];
  }, "count, trained_per_post, overrides");
}

/**
 * Whole units (PSUs, BDUs or AEP teams) the force can field from the trained officers it has by role: limited by the scarcest role.
 * Rests on: SPR paragraph 122 (unit definitions) and planning assumption TRAINED_PER_POST (default 1, illustrative).
 * @customfunction UNITCAPACITY
 * @helpurl https://localhost:3000/help/functions.html#unitcapacity
 * @param unit_type "PSU" (inspectors, sergeants, constables, drivers), "BDU" (inspectors, sergeants, constables) or "AEP" (commanders, drivers, officers); SPR.NATIONALSHARE takes "PSU" or "BDU", the units with a national figure (paragraph 120).
 * @param trained_by_role Trained officers by role in SPR order, a row or column of whole numbers ≥ 0: for a PSU inspectors, sergeants, constables (level 2), drivers; for a BDU inspectors, sergeants, constables (level 3); for an AEP team commanders, drivers, officers.
 * @param [trained_per_post] Trained officers kept per post, ≥ 1 (default: assumption TRAINED_PER_POST, 1); each role is rounded up to whole officers.
 * @param [overrides] A two-column table of registry keys and revised figures (footnote 61: figures may change), e.g. PSU_CONSTABLES | 20; a key listed there gives its revised figure.
 * @returns Whole units.
 */
export function unitCapacity(unit_type: any, trained_by_role: any[][], trained_per_post?: any, overrides?: any[][]): number {
  return cell(() => {
    const { roles } = unitOf(unit_type, overrides);
    return capacity(roles, trained_by_role, trained_per_post);
  });
}

/**
 * Units required minus units the force can field from its trained officers by role: positive is a shortfall, negative a surplus.
 * Rests on: SPR paragraphs 120 and 122 and planning assumption TRAINED_PER_POST (default 1, illustrative).
 * @customfunction UNITGAP
 * @helpurl https://localhost:3000/help/functions.html#unitgap
 * @param unit_type "PSU" (inspectors, sergeants, constables, drivers), "BDU" (inspectors, sergeants, constables) or "AEP" (commanders, drivers, officers); SPR.NATIONALSHARE takes "PSU" or "BDU", the units with a national figure (paragraph 120).
 * @param required_units Units (PSUs, BDUs or AEP teams) the force must be able to field, a whole number ≥ 0, for example from SPR.PSUREQ.
 * @param trained_by_role Trained officers by role in SPR order, a row or column of whole numbers ≥ 0: for a PSU inspectors, sergeants, constables (level 2), drivers; for a BDU inspectors, sergeants, constables (level 3); for an AEP team commanders, drivers, officers.
 * @param [trained_per_post] Trained officers kept per post, ≥ 1 (default: assumption TRAINED_PER_POST, 1); each role is rounded up to whole officers.
 * @param [overrides] A two-column table of registry keys and revised figures (footnote 61: figures may change), e.g. PSU_CONSTABLES | 20; a key listed there gives its revised figure.
 * @returns Units short (positive) or spare (negative).
 */
export function unitGap(
  unit_type: any,
  required_units: any,
  trained_by_role: any[][],
  trained_per_post?: any,
  overrides?: any[][],
): number {
  return cell(() => {
    const { roles } = unitOf(unit_type, overrides);
    return unitGapOf(roles, required_units, trained_by_role, trained_per_post);
  });
}

function fixedGap(
  type: UnitType,
  required_units: unknown,
  trained_by_role: unknown,
  trained_per_post: unknown,
  overrides: unknown,
): number {
  return cell(() => unitGapOf(unitRoles(type, readOverrides("overrides", overrides)), required_units, trained_by_role, trained_per_post));
}

/**
 * PSUs required minus PSUs the force can field from its trained inspectors, sergeants, constables (level 2) and drivers: positive is a shortfall.
 * Rests on: SPR paragraphs 120a and 122a and planning assumption TRAINED_PER_POST (default 1, illustrative).
 * @customfunction PSUGAP
 * @helpurl https://localhost:3000/help/functions.html#psugap
 * @param required_units Units (PSUs, BDUs or AEP teams) the force must be able to field, a whole number ≥ 0, for example from SPR.PSUREQ.
 * @param trained_by_role Trained officers by role in SPR order, a row or column of whole numbers ≥ 0: for a PSU inspectors, sergeants, constables (level 2), drivers; for a BDU inspectors, sergeants, constables (level 3); for an AEP team commanders, drivers, officers.
 * @param [trained_per_post] Trained officers kept per post, ≥ 1 (default: assumption TRAINED_PER_POST, 1); each role is rounded up to whole officers.
 * @param [overrides] A two-column table of registry keys and revised figures (footnote 61: figures may change), e.g. PSU_CONSTABLES | 20; a key listed there gives its revised figure.
 * @returns PSUs short (positive) or spare (negative).
 */
export function psuGap(required_units: any, trained_by_role: any[][], trained_per_post?: any, overrides?: any[][]): number {
  return fixedGap("PSU", required_units, trained_by_role, trained_per_post, overrides);
}

/**
 * BDUs required minus BDUs the force can field from its trained inspectors, sergeants and constables (level 3): positive is a shortfall.
 * Rests on: SPR paragraphs 120b and 122b and planning assumption TRAINED_PER_POST (default 1, illustrative).
 * @customfunction BDUGAP
 * @helpurl https://localhost:3000/help/functions.html#bdugap
 * @param required_units Units (PSUs, BDUs or AEP teams) the force must be able to field, a whole number ≥ 0, for example from SPR.PSUREQ.
 * @param trained_by_role Trained officers by role in SPR order, a row or column of whole numbers ≥ 0: for a PSU inspectors, sergeants, constables (level 2), drivers; for a BDU inspectors, sergeants, constables (level 3); for an AEP team commanders, drivers, officers.
 * @param [trained_per_post] Trained officers kept per post, ≥ 1 (default: assumption TRAINED_PER_POST, 1); each role is rounded up to whole officers.
 * @param [overrides] A two-column table of registry keys and revised figures (footnote 61: figures may change), e.g. PSU_CONSTABLES | 20; a key listed there gives its revised figure.
 * @returns BDUs short (positive) or spare (negative).
 */
export function bduGap(required_units: any, trained_by_role: any[][], trained_per_post?: any, overrides?: any[][]): number {
  return fixedGap("BDU", required_units, trained_by_role, trained_per_post, overrides);
}

/**
 * AEP teams required minus AEP teams the force can field from its trained AEP commanders, drivers and officers: positive is a shortfall.
 * Rests on: SPR paragraphs 120c and 122c and planning assumption TRAINED_PER_POST (default 1, illustrative).
 * @customfunction AEPGAP
 * @helpurl https://localhost:3000/help/functions.html#aepgap
 * @param required_units Units (PSUs, BDUs or AEP teams) the force must be able to field, a whole number ≥ 0, for example from SPR.PSUREQ.
 * @param trained_by_role Trained officers by role in SPR order, a row or column of whole numbers ≥ 0: for a PSU inspectors, sergeants, constables (level 2), drivers; for a BDU inspectors, sergeants, constables (level 3); for an AEP team commanders, drivers, officers.
 * @param [trained_per_post] Trained officers kept per post, ≥ 1 (default: assumption TRAINED_PER_POST, 1); each role is rounded up to whole officers.
 * @param [overrides] A two-column table of registry keys and revised figures (footnote 61: figures may change), e.g. PSU_CONSTABLES | 20; a key listed there gives its revised figure.
 * @returns AEP teams short (positive) or spare (negative).
 */
export function aepGap(required_units: any, trained_by_role: any[][], trained_per_post?: any, overrides?: any[][]): number {
  return fixedGap("AEP", required_units, trained_by_role, trained_per_post, overrides);
}

/**
 * A table by role, with a header and a total row: officers per unit, trained officers required and available, shortfall, units each role could field, and TRUE where the role binds.
 * Rests on: SPR paragraphs 120 and 122 and planning assumption TRAINED_PER_POST (default 1, illustrative).
 * @customfunction UNITGAPDETAIL
 * @helpurl https://localhost:3000/help/functions.html#unitgapdetail
 * @param unit_type "PSU" (inspectors, sergeants, constables, drivers), "BDU" (inspectors, sergeants, constables) or "AEP" (commanders, drivers, officers); SPR.NATIONALSHARE takes "PSU" or "BDU", the units with a national figure (paragraph 120).
 * @param required_units Units (PSUs, BDUs or AEP teams) the force must be able to field, a whole number ≥ 0, for example from SPR.PSUREQ.
 * @param trained_by_role Trained officers by role in SPR order, a row or column of whole numbers ≥ 0: for a PSU inspectors, sergeants, constables (level 2), drivers; for a BDU inspectors, sergeants, constables (level 3); for an AEP team commanders, drivers, officers.
 * @param [trained_per_post] Trained officers kept per post, ≥ 1 (default: assumption TRAINED_PER_POST, 1); each role is rounded up to whole officers.
 * @param [overrides] A two-column table of registry keys and revised figures (footnote 61: figures may change), e.g. PSU_CONSTABLES | 20; a key listed there gives its revised figure.
 * @returns A table of 7 columns: Role, Per unit, Trained required, Trained available, Shortfall (officers, never negative), Units fieldable, Binds.
 */
export function unitGapDetail(
  unit_type: any,
  required_units: any,
  trained_by_role: any[][],
  trained_per_post?: any,
  overrides?: any[][],
): any[][] {
  return cell(() => {
    const { roles } = unitOf(unit_type, overrides);
    const required = requiredNumber("required_units", required_units, WHOLE);
    const trained = byRole("trained_by_role", trained_by_role, roles);
    return gapDetail(roles, required, trained, trainedPerPost(trained_per_post));
  }, "required_units, trained_per_post, overrides");
}

/**
 * PSUs an event needs: ⌈attendance ÷ people per PSU at its risk level⌉. Over ranges of events, one answer per event.
 * Rests on: SPR paragraph 116a (strategic risk assessment); planning assumptions CROWD_PER_PSU_LOW/MEDIUM/HIGH (illustrative) unless the force gives its own table.
 * @customfunction EVENTPSUS
 * @helpurl https://localhost:3000/help/functions.html#eventpsus
 * @param attendance Expected attendance (people, ≥ 0): a value or a range of events.
 * @param risk Each event's assessed risk level as written in crowd_per_psu (default levels "LOW", "MEDIUM", "HIGH"), one per event, or one level for all.
 * @param [crowd_per_psu] The force's table of two columns: risk level, people per PSU (> 0). Default: the illustrative assumptions CROWD_PER_PSU_LOW (10,000), _MEDIUM (4,000), _HIGH (1,000).
 * @returns Whole PSUs per event, in the shape of the events.
 */
export function eventPsus(attendance: any[][], risk: any[][], crowd_per_psu?: any[][]): any[][] {
  return cell(() => {
    const att = numberGrid("attendance", attendance, NON_NEGATIVE);
    const rg = asGrid("risk", risk);
    const rk: Shaped<unknown> = { values: rg.flat(), rows: rg.length, cols: rg[0].length };
    const table = crowdTable(crowd_per_psu);
    return eventPsusOver(att, rk, table);
  }, "attendance, crowd_per_psu");
}

/**
 * The highest total demand in force at any one moment over a calendar of events, each holding its demand from its start until (not including) its end; wholly blank rows of the calendar are skipped.
 * Rests on: SPR paragraph 116a (strategic risk assessment of events); arithmetic only.
 * @customfunction PEAKCONCURRENT
 * @helpurl https://localhost:3000/help/functions.html#peakconcurrent
 * @param starts Event start date-times (Excel serial numbers ≥ 0), a row or column, one per event.
 * @param ends Event end date-times, one per event, each after its start; an event ending when another starts does not overlap it.
 * @param demand Each event's demand (≥ 0; PSUs, say), the same length as starts, or one value for every event.
 * @returns The peak total demand, in the unit of demand.
 */
export function peakConcurrent(starts: any[][], ends: any[][], demand: any[][]): number {
  return cell(() => {
    const c = readCalendar(starts, ends, demand);
    return peakCore(c.starts, c.ends, c.demands);
  }, "demand");
}

/**
 * When a calendar of events needs more than a capacity at the same time: one row per period in which the demand in force exceeds the capacity, with its peak, by how much, and the events in force during it.
 * Rests on: SPR paragraphs 119 and 127 (mobilising PSUs across forces, mutual aid); arithmetic only.
 * @customfunction OVERCOMMIT
 * @helpurl https://localhost:3000/help/functions.html#overcommit
 * @param starts Event start date-times (Excel serial numbers ≥ 0), a row or column, one per event.
 * @param ends Event end date-times, one per event, each after its start; an event ending when another starts does not overlap it.
 * @param demand Each event's demand (≥ 0; PSUs, say), the same length as starts, or one value for every event.
 * @param capacity What can be fielded at once, or what the force has, in the unit of the figures compared with it (≥ 0): in SPR.OVERCOMMIT the PSUs the forces can field together, say; in SPR.SIMSTATS, where it may be left out (no shortfall value, ""), in the unit of the samples.
 * @param [names] Each event's name, a row or column the same length as starts; left out, events are listed by item number.
 * @returns A table of 5 columns under a header row: From, To, Peak demand, Over capacity by, Events in force (names joined by "; "). When the demand never exceeds the capacity, one row: "none", "none", the peak, the peak less the capacity (zero or below), "never over capacity".
 */
export function overCommit(starts: any[][], ends: any[][], demand: any[][], capacity: any, names?: any[][]): any[][] {
  return cell(() => {
    const c = readCalendar(starts, ends, demand);
    const cap = requiredNumber("capacity", capacity, { min: 0 });
    let label = (i: number) => `item ${c.items[i]}`;
    if (!isOmitted(names)) {
      const given = asGrid("names", names);
      const list = given.flat();
      if (given.length !== 1 && given[0].length !== 1)
        throw valueError("names", `expected a single row or column, got a ${given.length}×${given[0].length} range`);
      const raw = asGrid("starts", starts).flat().length;
      if (list.length !== raw) throw valueError("names", `expected as many cells as starts (${raw}), got ${list.length}`);
      label = (i: number) => (isBlank(list[c.items[i] - 1]) ? `item ${c.items[i]}` : String(list[c.items[i] - 1]));
    }
    const { periods, peak, over } = overCommitments(c.starts, c.ends, c.demands, cap);
    const header = ["From", "To", "Peak demand", "Over capacity by", "Events in force"];
    if (!periods.length) return [header, ["none", "none", peak, over, "never over capacity"]];
    return [header, ...periods.map((p) => [p.from, p.to, p.peak, p.over, p.events.map(label).join("; ")])];
  }, "demand");
}

/**
 * PSUs the force must be able to field: its share of the national requirement and its own local peak, combined as the larger ("max") or both at once ("sum").
 * Rests on: SPR paragraphs 116 and 119–120 (national requirement, e.g. a share of PSU_NATIONAL_EW via SPR.ALLOCATE); the policy is the force's choice.
 * @customfunction PSUREQ
 * @helpurl https://localhost:3000/help/functions.html#psureq
 * @param national_share The force's share of the national PSU requirement (a whole number ≥ 0).
 * @param local_peak PSUs the force's own events need at their peak (a whole number ≥ 0), e.g. from SPR.PEAKCONCURRENT.
 * @param [policy] "max" (default): the larger of the national share and the local peak; "sum": both at once, to meet a national call while keeping local cover.
 * @returns PSUs required.
 */
export function psuReq(national_share: any, local_peak: any, policy?: any): number {
  return cell(() => {
    const share = requiredNumber("national_share", national_share, WHOLE);
    const peak = requiredNumber("local_peak", local_peak, WHOLE);
    return psuRequirement(share, peak, choice("policy", policy, PSUREQ_POLICIES, "max"));
  });
}

/**
 * The force's share of the national PSUs or BDUs: largest remainder of the national figure over the forces' officer numbers.
 * Rests on: SPR paragraph 120a (PSU_NATIONAL_EW 297, PSU_LONDON 75) or 120b (BDU_NATIONAL 234); planning assumption PSU_297_EXCLUDES_LONDON (default 1, illustrative: the project's reading of 120a); weights default to the shipped officer FTE (Home Office, 31 March 2019).
 * @customfunction NATIONALSHARE
 * @helpurl https://localhost:3000/help/functions.html#nationalshare
 * @param force The force, e.g. "Kent" or "Avon and Somerset" (forgiving: "Kent Police" works).
 * @param unit_type "PSU" (inspectors, sergeants, constables, drivers), "BDU" (inspectors, sergeants, constables) or "AEP" (commanders, drivers, officers); SPR.NATIONALSHARE takes "PSU" or "BDU", the units with a national figure (paragraph 120).
 * @param [force_weights] A two-column table of force and weight (e.g. current officer FTE) covering every force sharing the figure; wins over the shipped 2019 FTE. A header row is skipped.
 * @param [excludes_london] TRUE (default: assumption PSU_297_EXCLUDES_LONDON, 1): the 297 PSUs are outside London; FALSE: they include London's 75, so the other forces share 222.
 * @param [overrides] A two-column table of registry keys and revised figures (footnote 61: figures may change), e.g. PSU_CONSTABLES | 20; a key listed there gives its revised figure.
 * @returns The force's share, a whole number of units.
 */
export function nationalShare(force: any, unit_type: any, force_weights?: any[][], excludes_london?: any, overrides?: any[][]): number {
  return cell(() => {
    const name = requiredText("force", force);
    const k = choice("unit_type", unit_type, SHARE_KINDS);
    const w = readKeyedTable("force_weights", force_weights, { what: "a force", columns: "force, weight", resolve: forceKey });
    const excludes = optionalBoolean("excludes_london", excludes_london, assumptionValue("PSU_297_EXCLUDES_LONDON") === 1);
    return nationalShareCore(name, k, w, excludes, readOverrides("overrides", overrides));
  });
}

/**
 * The mobilisation tier an event needs (1 local, 2 regional, 3 national) and where its units come from, as one row: tier, from the force, from the region, from national mutual aid.
 * Rests on: SPR paragraphs 123–125 (tiered mutual aid), 126 (NPoCC, tier 3) and 127 (regional mobilisation, tier 2).
 * @customfunction MUTUALAID
 * @helpurl https://localhost:3000/help/functions.html#mutualaid
 * @param demand_units Units the event needs (a whole number ≥ 0).
 * @param local_capacity Units the force can field itself (a whole number ≥ 0).
 * @param regional_spare Units the other forces of the region can spare (a whole number ≥ 0).
 * @returns A row: tier, units from the force, from the region, from national mutual aid (adding up to demand_units).
 */
export function mutualAid(demand_units: any, local_capacity: any, regional_spare: any): any[][] {
  return cell(() => {
    const demand = requiredNumber("demand_units", demand_units, WHOLE);
    const local = requiredNumber("local_capacity", local_capacity, WHOLE);
    const regional = requiredNumber("regional_spare", regional_spare, WHOLE);
    return [mutualAidCore(demand, local, regional)];
  });
}

/**
 * "OK" when a proposed unit's make-up by role matches the SPR definition, otherwise a sentence saying how it departs.
 * Rests on: SPR paragraph 122a (PSU), 122b (BDU) or 122c (AEP team).
 * @customfunction CHECKUNIT
 * @helpurl https://localhost:3000/help/functions.html#checkunit
 * @param unit_type "PSU" (inspectors, sergeants, constables, drivers), "BDU" (inspectors, sergeants, constables) or "AEP" (commanders, drivers, officers); SPR.NATIONALSHARE takes "PSU" or "BDU", the units with a national figure (paragraph 120).
 * @param composition Officers by role in SPR order (a row or column of whole numbers ≥ 0), e.g. for a PSU: inspectors, sergeants, constables, drivers.
 * @param [overrides] A two-column table of registry keys and revised figures (footnote 61: figures may change), e.g. PSU_CONSTABLES | 20; a key listed there gives its revised figure.
 * @returns "OK" or a sentence.
 */
export function checkUnit(unit_type: any, composition: any[][], overrides?: any[][]): string {
  return cell(() => {
    const { type, roles } = unitOf(unit_type, overrides);
    return checkUnitCore(type, roles, byRole("composition", composition, roles));
  });
}
