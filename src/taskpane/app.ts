/**
 * The task pane: one draft plan, edited by steps 1–3 (organisation and year, assumptions, inputs or an imported plan
 * file), built into the workbook by step 4 through the Workbook port, summarised in step 5, explained in step 6.
 * The same code runs inside Excel (Office.js adapter) and in a plain browser (in-memory workbook).
 */
import { PlanError, checkPlanSize, decodePlanBytes, parsePlanJson } from "../plan/read";
import { validatePlan } from "../plan/validate";
import { CellReader } from "../workbook/cells";
import { SHEETS } from "../workbook/layout/context";
import { ReadBack, problemText, readPlanBack } from "../workbook/readback";
import { WorkbookPort } from "../workbook/port";
import { renderAssumptions } from "./assumptions-editor";
import { planText, renderBuild } from "./build-panel";
import { button, byId, clearErrors, field, h, setError } from "./dom";
import { Draft, getPath, planFromDraft, setPath } from "./draft";
import { renderChecks, showChecks } from "./checks-panel";
import { renderExplain } from "./explain-panel";
import { canonicalName, renderOrganisation } from "./organisation";
import { renderPlanForm } from "./plan-form";
import { showProblems } from "./problems";
import { renderSummaries } from "./summary-panel";
import { renderUncertainty } from "./uncertainty-panel";
import { renderCosts } from "./costs-panel";
import { renderStatement } from "./statement-panel";
import { forcePlanPicker } from "./force-plans-panel";

export interface AppEnv {
  port: WorkbookPort;
  cells: CellReader;
  inExcel: boolean;
  restsOn: Record<string, string>;
  now: () => Date;
  /** Opens .xlsx bytes (base64) as a new workbook: in Excel where the host has ExcelApi 1.8 (Excel.createWorkbook). */
  openWorkbook?: (base64: string) => Promise<void>;
}

export function startApp(env: AppEnv): void {
  let draft: Draft = { planVersion: 1, organisation: { kind: "force", name: "" } };
  let source = "task pane";
  const local = new Map<string, string>();
  const main = byId("main");
  const formRoot = byId("plan-form");
  const importStatus = h("p", { id: "import-status", role: "status" });
  // a roll-up's force plans, picked as files (the pane opens no paths)
  const forcePlansRoot = h("div", { id: "force-plans" });
  const picker = forcePlanPicker(forcePlansRoot, () => draft);

  const showLocal = () => {
    if (local.size)
      showProblems(
        main,
        [...local].map(([path, message]) => ({ path, message })),
      );
  };
  const drawForm = (focusId?: string) => {
    renderPlanForm(formRoot, { draft: () => draft, rerender: drawForm, local });
    picker.render(); // the force plans a roll-up names follow its forcePlans list
    showLocal();
    if (focusId) document.getElementById(focusId)?.focus();
  };
  const drawAll = () => {
    renderOrganisation(byId("organisation"), { draft: () => draft, changed: () => drawForm("f-section22"), today: env.now() });
    renderAssumptions(byId("assumptions"), () => draft, local);
    drawForm();
  };

  // step 3: import a plan file, or save the plan as one
  const file = h("input", { type: "file", accept: ".json,application/json" });
  const importField = field({
    id: "f-import",
    label: "Import a plan file (JSON)",
    control: file,
    hint: "The same plan file the spr command line builds from. Nothing is uploaded: the file is read in this pane.",
  });
  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    if (!f) return;
    setError(importField, "");
    importStatus.textContent = "";
    let parsed: unknown;
    try {
      checkPlanSize(f.size); // before reading: a plan is kilobytes
      parsed = parsePlanJson(decodePlanBytes(new Uint8Array(await f.arrayBuffer())));
    } catch (e) {
      const p = e instanceof PlanError ? e.problems[0] : undefined;
      setError(importField, p ? `${f.name} could not be read: ${p.path === "(file)" ? "" : `${p.path} `}${p.message}.` : String(e));
      return;
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
      setError(importField, `${f.name} is not a plan: expected an object with planVersion, organisation and financialYear.`);
      return;
    }
    draft = parsed as Draft;
    const org = getPath(draft, ["organisation"]) as { kind?: string; name?: string } | undefined;
    if (org && typeof org.name === "string") setPath(draft, ["organisation", "name"], canonicalName(String(org.kind), org.name));
    source = f.name;
    local.clear();
    clearErrors(main);
    drawAll();
    try {
      validatePlan(planFromDraft(draft));
      importStatus.textContent = `Imported ${f.name}: ready to build.`;
    } catch (e) {
      if (!(e instanceof PlanError)) throw e;
      const shown = showProblems(main, e.problems);
      importStatus.textContent = `Imported ${f.name}: ${shown.length} problem${shown.length === 1 ? "" : "s"} to fix, shown next to the fields.`;
    }
  });
  const save = button("Save plan as JSON", () => {
    const url = URL.createObjectURL(new Blob([planText(planFromDraft(draft))], { type: "application/json" }));
    const a = h("a", { href: url, download: source.endsWith(".json") ? source : "plan.json" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });
  // the Audit sheet's name: its usual one, or the one the last build here wrote it under (beside a user's own "Audit")
  let auditSheet: string = SHEETS.audit;
  // …or take the plan back out of the workbook open in Excel, with the inputs edited there (src/workbook/readback.ts)
  const loadStatus = h("p", { id: "load-status", role: "status" });
  const loadProblems = h("ul", { id: "load-problems", class: "problems", hidden: true });
  const load = button("Load the plan from this workbook", async () => {
    loadStatus.textContent = "Reading the plan from the workbook…";
    loadProblems.replaceChildren();
    loadProblems.hidden = true;
    const read: ReadBack = await readPlanBack(env.cells, auditSheet).catch((e: unknown) => ({
      ok: false,
      problems: [{ message: `the workbook could not be read (${e instanceof Error ? e.message : String(e)})` }],
    }));
    if (!read.ok) {
      const n = read.problems.length;
      loadStatus.textContent = read.problems.some((p) => p.at)
        ? `The workbook holds input the plan check refuses (${n} problem${n === 1 ? "" : "s"}); the plan here is unchanged:`
        : "No plan loaded; the plan here is unchanged:";
      loadProblems.replaceChildren(...read.problems.map((p) => h("li", {}, problemText(p))));
      loadProblems.hidden = false;
      return;
    }
    draft = JSON.parse(JSON.stringify(read.plan)) as Draft;
    source = "this workbook";
    local.clear();
    clearErrors(main);
    drawAll();
    loadStatus.textContent = `Loaded the plan of ${read.plan.organisation.name}, ${read.plan.financialYear}, from this workbook: ready to build.`;
  });
  byId("import").replaceChildren(
    importField,
    importStatus,
    h("div", { class: "actions" }, save, load),
    loadStatus,
    loadProblems,
    forcePlansRoot,
  );

  // steps 4 and 5: check against the SPR, build, then the summary
  renderChecks(byId("checks"), { draft: () => draft, now: env.now });
  renderBuild(byId("build"), {
    port: env.port,
    draft: () => draft,
    local,
    planSource: () => source,
    forcePlans: picker.forcePlans,
    now: env.now,
    openWorkbook: env.openWorkbook,
    form: main,
    onBuilt: (result, plan) => {
      auditSheet = result.names.audit;
      showChecks(byId("checks"), result.checks);
      renderSummaries(
        byId("summary"),
        plan,
        result.summary,
        result.scenarios,
        `${plan.organisation.name} · financial year ${plan.financialYear}`,
      );
      renderUncertainty(byId("uncertainty"), plan.uncertainty ? result.models.find((m) => m.name === result.names.uncertainty) : undefined);
      renderCosts(
        byId("costs"),
        plan.costs ? result.models.filter((m) => m.name.startsWith("Costs") || m.name.startsWith("Medium term")) : [],
      );
      renderStatement(byId("statement"), {
        statement: result.statement,
        organisation: plan.organisation.name,
        financialYear: plan.financialYear,
        source,
        sheet: result.names.statement,
      });
      byId("summary-heading").focus();
    },
  });

  // step 6: explain
  renderExplain(byId("explain"), { reader: env.cells, inExcel: env.inExcel, restsOn: (id) => env.restsOn[id] });

  drawAll();
}
