/**
 * Plans checked against the SPR: the contradictions a reviewer (HMICFRS, the ROCU board, NPoCC) would point at in a
 * plan that is otherwise valid. Each check has an id, the plan path it is about, the SPR paragraph (or planning
 * assumption) the plan departs from, and a plain message. A check only warns: the plan still builds unless the door
 * is told to be strict (`spr build --strict`).
 *
 * Pure: the inputs are plain figures the plan layer (src/plan/checks.ts) reads out of a plan and its computed Summary.
 */
import { FORCES, ForceRecord } from "../forces/forces-data";
import { Rag } from "../gap";
import { SharePool, ShareKind, nationalShare, sharePool } from "../public-order/national-share";
import { standardValue } from "../standards/registry";

export interface CheckWarning {
  /** Stable id, e.g. "PSU_SHARE_ABOVE_NATIONAL". */
  id: string;
  /** Where in the plan file, e.g. "publicOrder.nationalPsuShare". */
  path: string;
  /** What the plan departs from: "SPR 120a", or "assumption CHECK_TOLERANCE" where no SPR figure applies. */
  rests: string;
  message: string;
}

export interface Located<T> {
  value: T;
  path: string;
}

export interface CheckInputs {
  /** The force whose plan it is (left out for a region's plan). */
  force?: ForceRecord;
  /** The ROCU a region's plan is for (its label, e.g. "NWROCU (North West)"). */
  rocu?: string;
  /** The plan's financial year as its first calendar year: 2026 for 2026/27. */
  yearStart: number;
  /** Assumption PSU_297_EXCLUDES_LONDON as the plan reads it. */
  excludesLondon: boolean;
  /** Assumption CHECK_TOLERANCE as the plan reads it. */
  tolerance: number;
  psuShare?: Located<number>;
  bdusRequired?: Located<number>;
  aepTeamsRequired?: Located<number>;
  events: { name: string; start: string; end: string; path: string }[];
  /** The force's own capability statuses: met or not. */
  selfAssessment: { id: string; status: string; met: boolean; path: string }[];
  /** The Summary's verdicts for requirements that answer to a register capability (117c PSUs …). */
  verdicts: { capability: string; measure: string; rag: Rag }[];
  section22?: {
    rocu: Located<string>;
    basis: string;
    forces: { force: ForceRecord; weight: number; path: string }[];
  };
}

/** One check: what it looks for and the warnings it finds. */
export interface Check {
  id: string;
  run(inputs: CheckInputs): Omit<CheckWarning, "id">[];
}

function aboveNational(
  kind: ShareKind,
  at: Located<number> | undefined,
  pool: SharePool | undefined,
  paragraph: string,
): Omit<CheckWarning, "id">[] {
  if (!at || !pool || at.value <= pool.total) return [];
  return [
    {
      path: at.path,
      rests: `SPR ${paragraph}`,
      message: `${at.value} ${kind}s is more than the ${pool.total} the SPR requires of all the forces sharing them (${pool.basis})`,
    },
  ];
}

function pools(i: CheckInputs): { PSU?: SharePool; BDU?: SharePool } {
  if (i.force) return { PSU: sharePool(i.force, "PSU", i.excludesLondon), BDU: sharePool(i.force, "BDU", i.excludesLondon) };
  // a region's plan: the national figures themselves are the ceiling
  return {
    PSU: i.excludesLondon
      ? {
          forces: FORCES,
          total: standardValue("PSU_NATIONAL_EW") + standardValue("PSU_LONDON"),
          basis: "SPR 120a: 297 PSUs alongside 75 for London (assumption PSU_297_EXCLUDES_LONDON = 1)",
        }
      : {
          forces: FORCES,
          total: standardValue("PSU_NATIONAL_EW"),
          basis: "SPR 120a: 297 PSUs, London's 75 among them (assumption PSU_297_EXCLUDES_LONDON = 0)",
        },
    BDU: { forces: FORCES, total: standardValue("BDU_NATIONAL"), basis: "SPR 120b: 234 BDUs nationally" },
  };
}

function farFromDerived(kind: ShareKind, at: Located<number> | undefined, i: CheckInputs): Omit<CheckWarning, "id">[] {
  if (!at || !i.force) return [];
  const derived = nationalShare(i.force.force, kind, null, i.excludesLondon);
  if (Math.abs(at.value - derived) <= i.tolerance * derived || Math.abs(at.value - derived) < 1) return [];
  return [
    {
      path: at.path,
      rests: `SPR ${kind === "PSU" ? "120a" : "120b"}; assumption CHECK_TOLERANCE`,
      message: `${at.value} ${kind}s is far from ${i.force.force}'s share by officer numbers, ${derived} (SPR.NATIONALSHARE): more than ${Math.round(i.tolerance * 100)}% apart`,
    },
  ];
}

/** A date or date-time of the plan ("2026-06-20" or "2026-06-20T14:00") as comparable text. */
function moment(iso: string): string {
  return iso.includes("T") ? iso : `${iso}T00:00`;
}

const CAPABILITY_NAMES: Record<string, string> = { "117c": "PSUs", "117d": "BDUs", "117f": "AEP teams" };

export const CHECKS: readonly Check[] = [
  { id: "PSU_SHARE_ABOVE_NATIONAL", run: (i) => aboveNational("PSU", i.psuShare, pools(i).PSU, "120a") },
  { id: "PSU_SHARE_FAR_FROM_DERIVED", run: (i) => farFromDerived("PSU", i.psuShare, i) },
  { id: "BDUS_ABOVE_NATIONAL", run: (i) => aboveNational("BDU", i.bdusRequired, pools(i).BDU, "120b") },
  { id: "BDUS_FAR_FROM_DERIVED", run: (i) => farFromDerived("BDU", i.bdusRequired, i) },
  {
    id: "AEP_TEAMS_ABOVE_REGION",
    run: (i) => {
      const perRegion = standardValue("AEP_TEAMS_PER_REGION");
      const at = i.aepTeamsRequired;
      if (!at || at.value <= perRegion) return [];
      return [
        {
          path: at.path,
          rests: "SPR 120c",
          message: `${at.value} AEP teams is more than the ${perRegion} full teams each region must be able to deploy`,
        },
      ];
    },
  },
  {
    id: "EVENT_OUTSIDE_YEAR",
    run: (i) => {
      const from = `${i.yearStart}-04-01T00:00`;
      const to = `${i.yearStart + 1}-04-01T00:00`;
      const year = `${i.yearStart}/${String((i.yearStart + 1) % 100).padStart(2, "0")}`;
      return i.events
        .filter((e) => moment(e.start) < from || moment(e.end) > to)
        .map((e) => ({
          path: e.path,
          rests: "SPR 116a",
          message: `"${e.name}" (${e.start} to ${e.end}) falls outside the financial year ${year} (1 April ${i.yearStart} to 31 March ${i.yearStart + 1}) the plan's strategic risk assessment covers`,
        }));
    },
  },
  {
    id: "SELF_ASSESSMENT_CONTRADICTS_SUMMARY",
    run: (i) =>
      i.selfAssessment.flatMap((a) => {
        const v = i.verdicts.find((x) => x.capability === a.id);
        if (!v || !a.met || v.rag !== "RED") return [];
        return [
          {
            path: a.path,
            rests: `SPR ${a.id}`,
            message: `the self-assessment says "${a.status}" for ${CAPABILITY_NAMES[a.id] ?? a.id}, but the Summary shows "${v.measure}" RED`,
          },
        ];
      }),
  },
  {
    id: "S22_ROCU_NOT_THE_FORCES",
    run: (i) => {
      const s22 = i.section22;
      if (!s22) return [];
      const own = i.force?.rocu ?? i.rocu;
      if (!own || own === s22.rocu.value) return [];
      return [
        {
          path: s22.rocu.path,
          rests: "SPR 84",
          message: `the contributions are to ${s22.rocu.value}, but ${i.force?.force ?? "the plan's region"} belongs to ${own}`,
        },
      ];
    },
  },
  {
    id: "S22_FORCE_OUTSIDE_ROCU",
    run: (i) => {
      const s22 = i.section22;
      if (!s22) return [];
      return s22.forces
        .filter((f) => f.force.rocu !== s22.rocu.value)
        .map((f) => ({
          path: f.path,
          rests: "SPR 84",
          message: `${f.force.force} belongs to ${f.force.rocu}, not ${s22.rocu.value}: it contributes to its own ROCU`,
        }));
    },
  },
  {
    id: "S22_ROCU_FORCE_MISSING",
    run: (i) => {
      const s22 = i.section22;
      if (!s22) return [];
      const listed = new Set(s22.forces.map((f) => f.force.force));
      const missing = FORCES.filter((f) => f.rocu === s22.rocu.value && !listed.has(f.force)).map((f) => f.force);
      if (!missing.length) return [];
      return [
        {
          path: "section22.forces",
          rests: "SPR 84",
          message: `${missing.join(", ")} ${missing.length === 1 ? "is a member" : "are members"} of ${s22.rocu.value} but not in the table: every member force makes an annual contribution`,
        },
      ];
    },
  },
  {
    id: "S22_WEIGHT_FAR_FROM_FTE",
    run: (i) => {
      const s22 = i.section22;
      if (!s22 || !/officer|fte/i.test(s22.basis)) return [];
      const members = s22.forces.filter((f) => f.force.rocu === s22.rocu.value);
      const weightSum = members.reduce((a, f) => a + f.weight, 0);
      const fteSum = members.reduce((a, f) => a + f.force.officerFte, 0);
      if (weightSum === 0 || fteSum === 0) return [];
      return members.flatMap((f) => {
        const published = f.force.officerFte / fteSum;
        const given = f.weight / weightSum;
        if (Math.abs(given - published) <= i.tolerance * published) return [];
        const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
        return [
          {
            path: `${f.path}.weight`,
            rests: "SPR 84; assumption CHECK_TOLERANCE",
            message: `${f.force.force}'s weight is ${pct(given)} of the table, but ${pct(published)} of its members' published officer FTE (${f.force.officerFte}); the basis says officer numbers`,
          },
        ];
      });
    },
  },
];

/** Every warning the checks find, in check order. */
export function runChecks(inputs: CheckInputs): CheckWarning[] {
  return CHECKS.flatMap((c) => c.run(inputs).map((w) => ({ id: c.id, ...w })));
}

/** One line per warning, as the command line and the sheets show it. */
export function warningText(w: CheckWarning): string {
  return `${w.path}: ${w.message} [${w.rests}; check ${w.id}]`;
}
