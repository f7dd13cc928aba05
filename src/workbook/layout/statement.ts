/**
 * The draft assurance statement, as plain content (headings, paragraphs, tables) from a laid-out plan: for a force,
 * the PCC's annual statement of how they had regard to the SPR (paragraph 24.1); for the nation, the APCC's summary of
 * statements (24.2). It says only what the plan's figures support: requirements against capacity with RAG, the
 * capability self-assessment, reliance on the ROCU and on mutual aid, shortfalls, the checks and the assumptions
 * relied on. `spr statement` writes it as an editable Word document; the Statement sheet holds the same text.
 */
import { lookupCapability } from "../../core/capabilities/register";
import { readStatus } from "../../core/capabilities/status";
import { rag as ragOf } from "../../core/gap";
import { PENNY, pounds, wholeUnits } from "../../core/section22/money";
import { CellValue, SheetModel } from "../model";
import { SheetBuilder } from "../sheet-builder";
import { LayoutContext } from "./context";

export interface StatementTable {
  header: string[];
  rows: CellValue[][];
}

export interface StatementPart {
  heading: string;
  paragraphs: string[];
  table?: StatementTable;
}

export interface Statement {
  title: string;
  subtitle: string;
  parts: StatementPart[];
}

const DRAFT =
  "Draft for the office of the Police and Crime Commissioner to edit. Every figure is from the planning workbook built from the plan named below; nothing here goes beyond what that plan supports.";

function round(v: CellValue): CellValue {
  return typeof v === "number" ? Math.round(v * 10) / 10 : v;
}

/** A cached money figure in whole pence (the Summary's cost cells hold pounds to the penny). */
function pence(v: CellValue, what: string): bigint {
  return wholeUnits(what, v as number, PENNY);
}

/**
 * The Summary lines as a table, with each line's RAG as the Summary's SPR.RAG gives it; each shortfall in words, with
 * what closing it costs where the plan has costs (the Summary's cost columns), and those costs summed to the penny.
 */
function requirementsTable(ctx: LayoutContext): StatementTable & { red: string[]; cost?: [bigint, bigint] } {
  const margin = ctx.assumption("RAG_AMBER_MARGIN").values[0][0] as number;
  const red: string[] = [];
  let cost: [bigint, bigint] | undefined;
  const rows = ctx.summary.map((l) => {
    const req = l.required.values[0][0];
    const avail = l.available.values[0][0];
    const rag = typeof req === "number" && typeof avail === "number" ? ragOf(req, avail, margin) : "n/a";
    if (rag === "RED") {
      const short = `${l.measure}: ${round(req)} required, ${round(avail)} available (short by ${round((req as number) - (avail as number))})`;
      if (!l.costs) red.push(short);
      else {
        const [once, yearly] = [l.costs.oneOff, l.costs.recurring].map((c) => pence(c.values[0][0], l.measure));
        cost = [(cost?.[0] ?? 0n) + once, (cost?.[1] ?? 0n) + yearly];
        red.push(`${short}; closing it costs ${pounds(once, PENNY)} once and ${pounds(yearly, PENNY)} a year`);
      }
    }
    return [l.area, l.measure, round(req), round(avail), rag, l.basis];
  });
  return { header: ["Area", "Requirement", "Required", "Available", "RAG", "Rests on"], rows, red, cost };
}

/** What closing the shortfalls costs in all, or that the plan cannot say. */
function costParagraph(ctx: LayoutContext, cost: [bigint, bigint] | undefined): string {
  if (cost)
    return `Closing every shortfall costs ${pounds(cost[0], PENNY)} once and ${pounds(cost[1], PENNY)} a year (the ${ctx.names.costs} sheet: employer cost, recruitment and training at the rates on the ${ctx.names.assumptions} sheet, planning assumptions rather than SPR figures).`;
  return ctx.summary.some((l) => l.costs)
    ? "There is no shortfall to cost."
    : "The plan holds no costs, so this statement does not say what closing the shortfalls would cost.";
}

function capabilityPart(ctx: LayoutContext): StatementPart {
  const caps = ctx.plan.soc?.capabilities ?? [];
  if (!caps.length)
    return {
      heading: "Capability self-assessment",
      paragraphs: [
        "The plan records no capability self-assessment, so this statement makes no claim about the capabilities the SPR lists.",
      ],
    };
  const rows = caps.map((c) => {
    const cap = lookupCapability(c.id);
    return [cap?.id ?? c.id, cap?.title ?? "", readStatus(c.status ?? "", ""), cap?.paragraph ?? "", c.rocuReliance ?? ""];
  });
  const count = (s: string) => rows.filter((r) => r[2] === s).length;
  const rocu = rows.filter((r) => r[2] === "via ROCU");
  return {
    heading: "Capability self-assessment",
    paragraphs: [
      `The force assessed ${caps.length} capabilities: ${count("in force")} in force, ${count("via collaboration")} through collaboration, ${rocu.length} through the ROCU, ${count("partial")} partial, ${count("absent")} absent and ${count("not assessed")} not assessed.`,
      rocu.length
        ? `The force relies on its ROCU for ${rocu.map((r) => r[0]).join(", ")}${rocu.some((r) => !r[4]) ? "; where no agreement is recorded below, that reliance is not yet documented" : ""}.`
        : "The force records no reliance on its ROCU for these capabilities.",
    ],
    table: { header: ["ID", "Capability", "Status", "SPR paragraph", "Reliance on the ROCU"], rows },
  };
}

function assumptionsPart(models: readonly SheetModel[], ctx: LayoutContext): StatementPart {
  const sheet = models.find((m) => m.name === ctx.names.assumptions);
  const t = sheet?.tables.find((x) => x.name === "SprAssumptions");
  const at = (r: number, c: number) => sheet!.cells.find((x) => x.row === r && x.col === c)?.value ?? "";
  const rows = t
    ? Array.from({ length: t.rows }, (_, i) => [
        at(t.row + 1 + i, 0),
        at(t.row + 1 + i, 1),
        at(t.row + 1 + i, 3),
        at(t.row + 1 + i, 4),
      ]).filter((r) => r[0] !== "")
    : [];
  return {
    heading: "Planning assumptions relied on",
    paragraphs: [
      'These figures are planning assumptions, not SPR requirements: each has its public source or is marked illustrative. "plan" means the force set its own figure.',
    ],
    table: { header: ["Assumption", "Value", "Set by", "Source"], rows },
  };
}

function checksPart(ctx: LayoutContext): StatementPart {
  return {
    heading: "Where the plan departs from the SPR",
    paragraphs: ctx.checks.length
      ? ctx.checks.map((w) => `${w.message} (${w.rests}; plan ${w.path}).`)
      : ["The plan agrees with the SPR on every check the planner makes."],
  };
}

function forceStatement(ctx: LayoutContext, models: readonly SheetModel[]): Statement {
  const org = ctx.plan.organisation.name;
  const req = requirementsTable(ctx);
  const psu = ctx.summary.find((l) => l.capability === "117c");
  const psuShort =
    psu && typeof psu.required.values[0][0] === "number" && (psu.required.values[0][0] as number) > (psu.available.values[0][0] as number);
  return {
    title: `Strategic Policing Requirement: annual assurance statement, ${org}`,
    subtitle: `Financial year ${ctx.plan.financialYear}. SPR (February 2023) paragraph 24.1. ${DRAFT}`,
    parts: [
      {
        heading: "What the SPR asks",
        paragraphs: [
          "Paragraph 24.1 of the Strategic Policing Requirement asks each Police and Crime Commissioner for an annual assurance statement, within their annual report, on how they have had regard to the SPR and how it has influenced the strategic direction and objectives they set for their force.",
          "The SPR sets national threats and the capacity and capabilities forces must hold against them. This statement covers those the plan gives figures for: public order (paragraphs 116–128), armed policing (147–157) and serious and organised crime (51–87).",
        ],
      },
      {
        heading: "The force's position: requirements against capacity",
        paragraphs: [
          ctx.summary.length
            ? "Each requirement against what the force can field, with its rating: RED where the force falls short, AMBER where its surplus is within the amber margin, GREEN otherwise."
            : "The plan gives no capacity figures, so this statement makes no claim about capacity.",
        ],
        table: ctx.summary.length ? req : undefined,
      },
      capabilityPart(ctx),
      {
        heading: "Reliance on mutual aid",
        paragraphs: [
          psuShort
            ? `The force cannot field all the PSUs its plan requires on its own (${psu!.required.values[0][0]} required, ${psu!.available.values[0][0]} able to be fielded); the balance relies on mutual aid through the regional information and coordination centre and NPoCC (paragraph 127).`
            : psu
              ? "The force can field the PSUs its plan requires without mutual aid; it contributes its share to national mobilisation (paragraph 120a)."
              : "The plan gives no public-order figures, so this statement makes no claim about mutual aid.",
        ],
      },
      {
        heading: "Shortfalls and what closing them costs",
        paragraphs: [
          ...(req.red.length ? req.red.map((r) => `${r}.`) : ["The plan shows no shortfall against the requirements it covers."]),
          costParagraph(ctx, req.cost),
        ],
      },
      checksPart(ctx),
      assumptionsPart(models, ctx),
    ],
  };
}

/**
 * What closing the forces' own shortfalls costs in all, where the force plans have costs: the roll-up's Summary
 * lines carry each force's cost of closing its own gap, summed (a surplus elsewhere closes nothing).
 */
function forcesCost(ctx: LayoutContext): string[] {
  const costed = ctx.summary.filter((l) => l.costs);
  if (!costed.length) return [];
  const [once, yearly] = (["oneOff", "recurring"] as const).map((k) =>
    costed.reduce((a, l) => a + pence(l.costs![k].values[0][0], l.measure), 0n),
  );
  return [
    `Closing each force's own shortfalls costs ${pounds(once, PENNY)} once and ${pounds(yearly, PENNY)} a year in all, over the forces whose plans hold costs (each force's Costs sheet: planning assumptions, not SPR figures).`,
  ];
}

function nationStatement(ctx: LayoutContext): Statement {
  const n = ctx.rollUp.length;
  const planned = ctx.rollUp.filter((f) => f.member);
  const byRegion = new Map<string, { forces: number; plans: number }>();
  for (const f of ctx.rollUp) {
    const r = byRegion.get(f.force.region) ?? { forces: 0, plans: 0 };
    r.forces++;
    if (f.member) r.plans++;
    byRegion.set(f.force.region, r);
  }
  const req = requirementsTable(ctx);
  return {
    title: `Strategic Policing Requirement: summary of assurance statements, ${ctx.plan.organisation.name}`,
    subtitle: `Financial year ${ctx.plan.financialYear}. SPR (February 2023) paragraph 24.2. Draft for the APCC to edit, from the national roll-up of force plans; nothing here goes beyond what those plans support.`,
    parts: [
      {
        heading: "What the SPR asks",
        paragraphs: [
          "Paragraph 24.2 of the Strategic Policing Requirement asks the APCC for an annual summary of PCCs' assurance statements (paragraph 24.1) to the Policing Minister, to inform an annual discussion at the SCIB.",
        ],
      },
      {
        heading: "Statements received, by region",
        paragraphs: [
          `${planned.length} of ${n} forces have a plan in this roll-up; the others are shown from reference data alone and are not summarised.`,
        ],
        table: {
          header: ["Home Office region", "Forces", "With a plan"],
          rows: [...byRegion.entries()].map(([r, c]) => [r, c.forces, c.plans]),
        },
      },
      {
        heading: "Requirements against capacity, forces with a plan",
        paragraphs: [
          ctx.summary.length
            ? `Totals over the ${planned.length} forces with a plan, by threat.`
            : "No force plans: there are no capacity figures to summarise.",
          ...forcesCost(ctx),
        ],
        table: ctx.summary.length ? req : undefined,
      },
      checksPart(ctx),
    ],
  };
}

/** The statement a laid-out plan supports: the APCC's summary for the nation, else the PCC's for a force. */
export function statementOf(ctx: LayoutContext, models: readonly SheetModel[]): Statement {
  return ctx.plan.organisation.kind === "nation" ? nationStatement(ctx) : forceStatement(ctx, models);
}

/** The Statement sheet: the same text, one paragraph or table row a row. */
export function statementSheet(name: string, st: Statement): SheetModel {
  const s = new SheetBuilder(name);
  s.title(st.title, st.subtitle);
  let row = 3;
  st.parts.forEach((part, i) => {
    s.put(row++, 0, part.heading, { style: "label" });
    for (const p of part.paragraphs) s.note(row++, p);
    if (part.table) {
      s.table(`SprStatement${i + 1}`, row, 0, part.table.header, Math.max(1, part.table.rows.length));
      part.table.rows.forEach((r, k) => r.forEach((v, j) => s.put(row + 1 + k, j, v)));
      if (!part.table.rows.length) s.put(row + 1, 0, "none");
      row += Math.max(1, part.table.rows.length) + 1;
    }
    row++;
  });
  s.columnWidths([30, 46, 14, 14, 14, 46]);
  return s.build();
}
