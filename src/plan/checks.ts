/**
 * Maps a validated plan (and the verdicts its Summary reached) onto the engine's checks (src/core/checks). The checks
 * themselves live once, in the engine; this file only reads the plan's figures with their paths.
 */
import { assumptionValue, planAssumptions } from "../core/assumptions/registry";
import { CheckInputs, CheckWarning, runChecks } from "../core/checks/checks";
import { normaliseId } from "../core/capabilities/register";
import { isMet, readStatus } from "../core/capabilities/status";
import { findForce, resolveGroup } from "../core/forces/forces";
import { Rag } from "../core/gap";
import { Plan } from "./plan";

export type { CheckWarning } from "../core/checks/checks";

/** A requirement the Summary rated, tied to the register capability it answers to (117c PSUs …). */
export interface Verdict {
  capability: string;
  measure: string;
  rag: Rag;
}

function statusOrNull(raw: string | undefined): ReturnType<typeof readStatus> | null {
  try {
    return readStatus(raw ?? "", "");
  } catch {
    return null; // an unknown status is the Capabilities sheet's error to report, not a check's
  }
}

/** The check inputs a plan gives: its figures with their paths in the file. */
export function checkInputs(plan: Plan, verdicts: Verdict[] = []): CheckInputs {
  const overrides = planAssumptions(plan.assumptions);
  const setting = (key: string) => overrides.get(key) ?? assumptionValue(key);
  const po = plan.publicOrder;
  const s22 = plan.section22;
  const located = (value: number | undefined, path: string) => (value === undefined ? undefined : { value, path });
  const rocuOf = (name: string): string | undefined => {
    const g = resolveGroup(name);
    return g.kind === "rocu" ? g.name : undefined;
  };
  return {
    force: plan.organisation.kind === "force" ? findForce(plan.organisation.name) : undefined,
    rocu: plan.organisation.kind === "region" ? rocuOf(plan.organisation.name) : undefined,
    yearStart: Number(plan.financialYear.slice(0, 4)),
    excludesLondon: setting("PSU_297_EXCLUDES_LONDON") === 1,
    tolerance: setting("CHECK_TOLERANCE"),
    psuShare: located(po?.nationalPsuShare, "publicOrder.nationalPsuShare"),
    bdusRequired: located(po?.requiredBdus, "publicOrder.requiredBdus"),
    aepTeamsRequired: located(po?.requiredAepTeams, "publicOrder.requiredAepTeams"),
    events: (po?.events ?? []).map((e, i) => ({ name: e.name, start: e.start, end: e.end, path: `publicOrder.events[${i}]` })),
    selfAssessment: (plan.soc?.capabilities ?? []).flatMap((c, i) => {
      const status = statusOrNull(c.status);
      return status === null ? [] : [{ id: normaliseId(c.id), status, met: isMet(status), path: `soc.capabilities[${i}].status` }];
    }),
    verdicts,
    section22: s22 && {
      rocu: { value: resolveGroup(s22.rocu, "rocu").name, path: "section22.rocu" },
      basis: s22.basis,
      forces: s22.forces.map((f, i) => ({ force: findForce(f.name), weight: f.weight, path: `section22.forces[${i}]` })),
    },
  };
}

/** Every warning for a validated plan. */
export function planChecks(plan: Plan, verdicts: Verdict[] = []): CheckWarning[] {
  return runChecks(checkInputs(plan, verdicts));
}
