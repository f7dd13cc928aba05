// The task pane's uncertainty section in Chromium: import the example force plan (which has an uncertainty block),
// build, and read the percentiles, the chance of a shortfall, the histograms and the tornado in the pane — the same
// figures the Uncertainty sheet of the workbook holds, computed by the same functions. No request leaves localhost.
import * as fs from "fs";
import * as path from "path";
import { Page } from "playwright-core";
import { readPlan } from "../../src/plan/validate";
import { buildWorkbook } from "../../src/workbook/build";
import { MemoryWorkbook } from "../../src/workbook/memory-adapter";
import { formatValue } from "../../src/taskpane/summary-view";
import { CHROMIUM, PaneSession, offMachine, openTaskpane } from "../helpers/browser";
import { ROOT } from "../helpers/dev-server";

const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");
const PORT = 3000 + 2500 + (process.pid % 800);
const EXAMPLE = path.join(ROOT, "examples", "avon-and-somerset-2026-27.json");

const run = fs.existsSync(CHROMIUM) ? describe : describe.skip;
if (!fs.existsSync(CHROMIUM)) console.warn(`Browser test of the uncertainty panel SKIPPED: ${CHROMIUM} is absent.`);

run("the task pane's uncertainty section in Chromium", () => {
  let pane: PaneSession;
  let page: Page;

  beforeAll(async () => {
    pane = await openTaskpane(PORT, 320);
    page = pane.page;
  }, 150000);

  afterAll(async () => {
    await pane?.close();
  });

  it("shows each requirement at the plan's percentiles, as the workbook computes them", async () => {
    const text = fs.readFileSync(EXAMPLE, "utf8");
    await page.getByLabel("Import a plan file (JSON)").setInputFiles({ name: "avon.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await page.locator("#import-status").filter({ hasText: /^Imported avon\.json/ }).waitFor();
    await page.getByRole("button", { name: "Build workbook" }).click();
    await page.locator("#build-status").filter({ hasText: /^Built \d+ sheets/ }).waitFor({ timeout: 60000 });
    await page.getByRole("heading", { name: "Under uncertainty" }).waitFor();

    // the same plan built in Node: the pane must show the Uncertainty sheet's percentile table
    const memory = new MemoryWorkbook();
    const result = await buildWorkbook(readPlan(text), memory, { builtAt: "x", planDigest: "x", planSource: "x" });
    const model = result.models.find((m) => m.name === "Uncertainty")!;
    const table = model.tables.find((t) => t.name === "SprUncertaintyPercentiles")!;
    const expected = Array.from({ length: table.rows }, (_, i) =>
      table.columns.map((_, j) => {
        const c = model.cells.find((x) => x.row === table.row + 1 + i && x.col === table.col + j)!;
        return c.format ? formatValue(c.value, c.format) : String(c.value);
      }),
    );
    const shown = await page.locator("table:has(caption:text(\"Each requirement at the plan's percentiles\")) tbody tr").evaluateAll((rows) =>
      rows.map((r) => Array.from(r.children).map((c) => (c.textContent ?? "").trim())),
    );
    expect(shown).toEqual(expected);
    expect(await page.locator("figure.histogram").count()).toBeGreaterThan(0);
    expect(await page.locator("caption", { hasText: "Which input drives the spread" }).count()).toBeGreaterThan(0);
    expect(await page.locator("caption", { hasText: "The single figure and the chance it falls short" }).count()).toBe(1);
    fs.mkdirSync(path.join(ROOT, "test-output", "screenshots"), { recursive: true });
    await page.locator("#uncertainty").screenshot({ path: path.join(ROOT, "test-output", "screenshots", "uncertainty.png") });
  }, 120000);

  it("shows the costs and years the plan's costs block asks for (the Costs and Medium term sheets' tables)", async () => {
    await page.getByRole("heading", { name: "Costs and the medium term" }).waitFor();
    const memory = new MemoryWorkbook();
    const result = await buildWorkbook(readPlan(fs.readFileSync(EXAMPLE, "utf8")), memory, { builtAt: "x", planDigest: "x", planSource: "x" });
    const model = result.models.find((m) => m.name === "Costs")!;
    const table = model.tables.find((t) => t.name === "SprCosts")!;
    const last = model.cells.find((x) => x.row === table.row + 1 && x.col === table.col + table.columns.length - 1)!;
    const shown = await page.locator("table:has(caption:text(\"What each requirement costs a year\")) tbody tr").first().evaluate((r) => Array.from(r.children).map((c) => (c.textContent ?? "").trim()));
    expect(shown[shown.length - 1]).toBe(formatValue(last.value, last.format!));
    expect(await page.locator("caption", { hasText: "Recurring cost of closing every gap, by year" }).count()).toBe(1);
    const axeScope = await page.evaluate(() => document.getElementById("costs")!.children.length);
    expect(axeScope).toBeGreaterThan(0);
  }, 120000);

  it("is accessible (axe: no serious or critical violations) and fits the narrow pane", async () => {
    if (fs.existsSync(AXE)) {
      await page.evaluate(fs.readFileSync(AXE, "utf8"));
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Element): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
        const found = [];
        for (const id of ["uncertainty", "costs"]) found.push(...(await axe.run(document.getElementById(id)!)).violations);
        return found.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
      });
      expect(violations).toEqual([]);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it("made no request outside localhost", () => {
    expect(offMachine(pane.requests)).toEqual([]);
  });
});
