/**
 * Step 1: the force (or ROCU region) and the financial year, with the reference data the add-in holds for it shown as
 * a labelled, dated starting point (ROCU, Home Office region, police officer FTE), and for a region an offer to start
 * the Section 22 table from its forces weighted by that FTE.
 */
import { FORCES, OFFICER_FTE_DATE, OFFICER_FTE_SOURCE } from "../core/forces/forces-data";
import { findForce, forcesIn, resolveGroup, ROCUS } from "../core/forces/forces";
import { financialYearText } from "../plan/plan";
import { button, field, h } from "./dom";
import { Draft, getPath, setPath } from "./draft";
import { labelValues } from "./ui/label-values";

export interface OrganisationHooks {
  draft(): Draft;
  /** The rest of the pane follows a change (the Section 22 offer fills the form). */
  changed(): void;
  /** Today, for the default financial year. */
  today: Date;
}

const FTE = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The financial year (1 April to 31 March) a date falls in, as "2026/27". */
export function financialYearOf(d: Date): string {
  return financialYearText(d.getMonth() >= 3 ? d.getFullYear() : d.getFullYear() - 1);
}

/** The years offered: last year, this year and the next four. */
export function yearsAround(d: Date): string[] {
  const y = Number(financialYearOf(d).slice(0, 4));
  return Array.from({ length: 6 }, (_, i) => financialYearOf(new Date(y - 1 + i, 5, 1)));
}

/** The name as the reference data spells it, when the add-in knows it. */
export function canonicalName(kind: string, name: string): string {
  try {
    return kind === "region" ? resolveGroup(name).name : findForce(name).force;
  } catch {
    return name;
  }
}

function referenceFor(kind: string, name: string, hooks: OrganisationHooks): HTMLElement {
  const note = h(
    "p",
    { class: "hint" },
    `Officer FTE: ${OFFICER_FTE_SOURCE}, as at ${OFFICER_FTE_DATE}. A dated starting point: enter your current figures where you have them.`,
  );
  if (kind === "force") {
    let f;
    try {
      f = findForce(name);
    } catch {
      return h("p", { class: "hint" }, "Choose a force to see its reference data.");
    }
    return h(
      "div",
      { class: "reference", "aria-label": `Reference data for ${f.force}`, role: "group" },
      labelValues([
        ["ROCU", f.rocu],
        ["Home Office region", f.region],
        ["Police officer FTE", FTE.format(f.officerFte)],
      ]),
      note,
    );
  }
  let forces;
  try {
    forces = forcesIn(name);
  } catch {
    return h("p", { class: "hint" }, "Choose a region to see its forces.");
  }
  const total = forces.reduce((a, f) => a + f.officerFte, 0);
  const offer = button("Start Section 22 from these forces", () => {
    const d = hooks.draft();
    const s22 = (getPath(d, ["section22"]) as Record<string, unknown> | undefined) ?? {};
    setPath(d, ["section22"], {
      ...s22,
      rocu: name,
      basis: `Police officer FTE at ${OFFICER_FTE_DATE} (Home Office)`,
      lines: s22.lines ?? [],
      forces: forces.map((f) => ({ name: f.force, weight: f.officerFte })),
    });
    hooks.changed();
  });
  return h(
    "div",
    { class: "reference", role: "group", "aria-label": `Reference data for ${name}` },
    h(
      "table",
      {},
      h("caption", {}, `Forces in ${name}`),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Force"), h("th", { scope: "col", class: "num" }, "Officer FTE"))),
      h("tbody", {}, ...forces.map((f) => h("tr", {}, h("td", {}, f.force), h("td", { class: "num" }, FTE.format(f.officerFte))))),
      h("tfoot", {}, h("tr", {}, h("th", { scope: "row" }, "Total"), h("td", { class: "num" }, FTE.format(total)))),
    ),
    note,
    h(
      "p",
      { class: "hint" },
      "Section 22 shares by officer FTE unless your agreement says otherwise; you can change the weights in step 3.",
    ),
    offer,
  );
}

export function renderOrganisation(root: HTMLElement, hooks: OrganisationHooks): void {
  const d = hooks.draft();
  const kind = (getPath(d, ["organisation", "kind"]) as string) ?? "force";
  const name = (getPath(d, ["organisation", "name"]) as string) ?? "";
  const radios = (["force", "region"] as const).map((k) => {
    const id = `f-organisation-kind-${k}`;
    const r = h("input", { type: "radio", name: "organisation-kind", id, value: k, checked: kind === k });
    r.addEventListener("change", () => {
      setPath(hooks.draft(), ["organisation"], { kind: k, name: "" });
      renderOrganisation(root, hooks);
      document.getElementById(id)?.focus();
    });
    return h("div", { class: "check" }, r, h("label", { for: id }, k === "force" ? "A force" : "A ROCU region"));
  });
  const kindGroup = h(
    "fieldset",
    { class: "group inline", "data-path": "organisation.kind", id: "f-organisation-kind" },
    h("legend", {}, "Planning for"),
    ...radios,
    h("p", { class: "error", hidden: true }),
  );
  const names = kind === "force" ? FORCES.map((f) => f.force) : [...ROCUS];
  const select = h(
    "select",
    {},
    h("option", { value: "" }, kind === "force" ? "Choose a force…" : "Choose a ROCU region…"),
    ...names.map((n) => h("option", { value: n, selected: n === name }, n)),
    name && !names.includes(name) ? h("option", { value: name, selected: true }, name) : null,
  );
  select.addEventListener("change", () => {
    setPath(hooks.draft(), ["organisation", "name"], select.value);
    reference.replaceChildren(referenceFor(kind, select.value, hooks));
  });
  const fy = (getPath(d, ["financialYear"]) as string) ?? financialYearOf(hooks.today);
  setPath(d, ["financialYear"], fy);
  const years = yearsAround(hooks.today);
  const year = h(
    "select",
    {},
    ...years.map((y) => h("option", { value: y, selected: y === fy }, y)),
    years.includes(fy) ? null : h("option", { value: fy, selected: true }, fy),
  );
  year.addEventListener("change", () => setPath(hooks.draft(), ["financialYear"], year.value));
  const reference = h("div", { "aria-live": "polite" }, referenceFor(kind, name, hooks));
  root.replaceChildren(
    kindGroup,
    field({
      id: "f-organisation-name",
      label: kind === "force" ? "Force" : "ROCU region",
      control: select,
      required: true,
      path: "organisation.name",
    }),
    field({
      id: "f-financialYear",
      label: "Financial year",
      control: year,
      hint: "April to March.",
      required: true,
      path: "financialYear",
    }),
    reference,
  );
}
