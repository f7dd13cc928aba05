// Scenarios side by side and spr compare (issue 18): hand-worked scenario figures, refusals with their paths, and
// two plans compared line by line.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compareCommand } from "../src/cli/compare-command";
import { PlanError } from "../src/plan/read";
import { readPlan, validatePlan } from "../src/plan/validate";
import { layoutWorkbook } from "../src/workbook/build";
import { CellModel, SheetModel } from "../src/workbook/model";
import { employPence, pounds, psuGapPence } from "./helpers/gap-cost";

const ROOT = path.resolve(__dirname, "..");
const STAMP = { builtAt: "2026-11-29T12:00:00Z", planDigest: "0", planSource: "test" };
const file = (f: string) => path.join(ROOT, "examples", f);
const text = fs.readFileSync(file("avon-and-somerset-scenarios-2026-27.json"), "utf8");

function rows(s: SheetModel, table: string): Record<string, CellModel["value"]>[] {
  const t = s.tables.find((x) => x.name === table)!;
  const at = (r: number, c: number) => s.cells.find((x) => x.row === r && x.col === c)?.value ?? null;
  return Array.from({ length: t.rows }, (_, i) => Object.fromEntries(t.columns.map((h, j) => [h, at(t.row + 1 + i, t.col + j)])));
}

describe("a plan's scenarios", () => {
  const { models } = layoutWorkbook(readPlan(text), STAMP);
  const sheet = models.find((m) => m.name === "Scenarios")!;
  const lines = rows(sheet, "SprScenarios");
  const psus = lines.find((r) => r.Requirement === "PSUs able to be fielded")!;

  it("shows the base plan's Summary linked to its sources", () => {
    const t = sheet.tables.find((x) => x.name === "SprScenarios")!;
    expect(sheet.cells.find((c) => c.row === t.row + 1 && c.col === 2)!.formula).toMatch(/^'Public order'!\$B\$\d+$/);
    expect([psus["Base: required"], psus["Base: available"], psus["Base: gap"], psus["Base: RAG"]]).toEqual([25, 8, 17, "RED"]);
  });

  it("adds an event: the international match (27,000 high risk at 2,500 a PSU = 11) after the Bristol march, beside Glastonbury", () => {
    // 27 June: Glastonbury 21 + the match 11 = 32 (the march, 4, ends at 17:00 as the match starts)
    const m = "International match at Ashton Gate";
    expect([psus[`${m}: required`], psus[`${m}: gap`], psus[`${m}: gap change`]]).toEqual([32, 24, 7]);
  });

  it("sets numbers by path: 25% more trained officers field min(12, 33/3, 188/18, 30/3) = 10 PSUs", () => {
    const m = "Public order training +25%";
    expect([psus[`${m}: available`], psus[`${m}: gap`], psus[`${m}: gap change`]]).toEqual([10, 15, -2]);
    const arv = lines.find((r) => r.Requirement === "Deployable ARV officers to crew the ARVs on duty")!;
    expect(arv["AFO establishment +10: gap change"]).toBeLessThan(0);
    expect(arv["AFO establishment +10: required"]).toBe(arv["Base: required"]);
  });

  it("shows the cost of closing each gap under each scenario, and its change: 25 officers a PSU", () => {
    // each PSU short is 25 officers at the plan's employer cost (test/helpers/gap-cost.ts works the cost by hand)
    const employ = employPence(layoutWorkbook(readPlan(text), STAMP).ctx);
    const pence = (v: unknown) => BigInt(Math.round((v as number) * 100));
    const both = (label: string) => [pence(psus[`${label} one-off (£)`]), pence(psus[`${label} a year (£)`])];
    // base: 17 PSUs short = 425 officers
    expect(both("Base: close the gap:")).toEqual(psuGapPence(425, employ));
    // the match: 24 short = 600 officers; 7 PSUs (175 officers) more than the base plan
    const m = "International match at Ashton Gate";
    expect(both(`${m}: close the gap:`)).toEqual(psuGapPence(600, employ));
    expect(pence(psus[`${m}: a year change (£)`])).toBe(175n * employ);
    expect(pence(psus[`${m}: one-off change (£)`])).toBe(psuGapPence(600, employ)[0] - psuGapPence(425, employ)[0]);
    // 25% more trained officers: 15 short, 2 PSUs (50 officers) less
    expect(pence(psus["Public order training +25%: a year change (£)"])).toBe(-50n * employ);
  });

  it("lists what each scenario changes", () => {
    expect(rows(sheet, "SprScenarioChanges").map((r) => r["Plan path"])).toEqual([
      "publicOrder.events (added)",
      "armedPolicing.afosAvailable",
      "publicOrder.trained.PSU[0]",
      "publicOrder.trained.PSU[1]",
      "publicOrder.trained.PSU[2]",
      "publicOrder.trained.PSU[3]",
    ]);
  });

  const problems = (scenarios: unknown[]) => {
    try {
      validatePlan({ ...JSON.parse(text), scenarios });
    } catch (e) {
      return (e as PlanError).problems.map((p) => `${p.path}: ${p.message}`);
    }
    return [];
  };

  it("refuses a change the plan could not hold, with its path", () => {
    expect(problems([{ name: "a", set: [{ path: "armedPolicing.nothing", value: 1 }] }])).toEqual([
      "scenarios[0].set[0].path: the plan has no number at armedPolicing.nothing (a scenario changes numbers the plan gives)",
    ]);
    expect(problems([{ name: "a", set: [{ path: "publicOrder.trained.PSU[9]", value: 1 }] }])[0]).toMatch(
      /^scenarios\[0\]\.set\[0\]\.path: the plan has no number/,
    );
    expect(problems([{ name: "a", set: [{ path: "__proto__.x", value: 1 }] }])[0]).toMatch(
      /^scenarios\[0\]\.set\[0\]\.path: the plan has nothing at __proto__\.x/,
    );
    expect(problems([{ name: "a", set: [{ path: "armedPolicing.crewSize", value: 0 }] }])[0]).toMatch(
      /^scenarios\[0\] › armedPolicing\.crewSize: /,
    );
    expect(problems([{ name: "a" }, { name: "a" }])).toEqual(['scenarios[1].name: "a" is also the name of scenarios[0]']);
  });
});

describe("spr compare", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-compare-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = async (...args: string[]) => {
    const err: string[] = [];
    const code = await compareCommand(args, { out: () => undefined, err: (s) => err.push(s) });
    return { code, err: err.join("\n") };
  };

  it("writes both plans' Summaries side by side, read back from the file", async () => {
    const out = path.join(dir, "compare.xlsx");
    expect((await run(file("avon-and-somerset-2026-27.json"), file("dorset-2026-27.json"), "-o", out)).code).toBe(0);
    const ExcelJS = await import("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const ws = book.getWorksheet("Compare")!;
    const header = (ws.getRow(6).values as unknown[]).slice(1);
    const psu = (ws.getRow(7).values as unknown[])
      .slice(1)
      .map((v) => (v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v));
    expect(header.slice(0, 2)).toEqual(["Area", "Requirement"]);
    // Avon 25 required, 8 fieldable, 17 short; Dorset 18, 3, 15 short: 2 less
    // then each plan's cost of closing the gap (25 officers a PSU: 425 and 375 officers at each plan's employer cost,
    // test/helpers/gap-cost.ts) and the second's change
    const [avon, dorset] = ["avon-and-somerset-2026-27.json", "dorset-2026-27.json"].map((f) =>
      employPence(layoutWorkbook(readPlan(fs.readFileSync(file(f), "utf8")), STAMP).ctx),
    );
    const [a, d] = [psuGapPence(425, avon), psuGapPence(375, dorset)];
    expect(psu).toEqual([
      "Public order",
      "PSUs able to be fielded",
      ...[25, 8, 17, "RED", ...a.map(pounds)],
      ...[18, 3, 15, "RED", -2, ...d.map(pounds), pounds(d[0] - a[0]), pounds(d[1] - a[1])],
    ]);
  });

  it("refuses a missing plan, and an existing output without --force", async () => {
    expect(await run(file("avon-and-somerset-2026-27.json"), path.join(dir, "none.json"), "-o", path.join(dir, "x.xlsx"))).toEqual({
      code: 2,
      err: `spr compare: cannot read the plan file ${path.join(dir, "none.json")}`,
    });
    const out = path.join(dir, "compare.xlsx");
    expect((await run(file("avon-and-somerset-2026-27.json"), file("dorset-2026-27.json"), "-o", out)).err).toContain(
      "already exists; add --force to replace it",
    );
    expect((await run(file("dorset-2026-27.json"), "-o", out)).code).toBe(2);
  });
});
