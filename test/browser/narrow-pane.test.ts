// The task pane at the widths Excel gives it — 320 px by default on Windows, 270 px on a Mac (Microsoft, Office.TaskPane
// interface: "The default width of the task pane of an add-in varies depending on the platform"), and 280 px — in
// Chromium, after building the example force plan (public order, armed policing, SOC and an uncertainty block, so every
// section the pane can show is on the page) and explaining a cell. Generic over whatever the pane renders: no element
// anywhere in the page may be wider than its box (scrollWidth ≤ clientWidth) or stick out of the pane, so a section
// added later is covered without changing this test. Every figure the Uncertainty sheet of the built workbook holds
// must be visible text in the pane, written as the pane writes it. axe: no serious or critical violation.
// The README and docs screenshots come from here: SPR_DOC_IMAGES=1 (`npm run screenshots`) writes them to docs/images/.
import * as fs from "fs";
import * as path from "path";
import { Page } from "playwright-core";
import { readPlan } from "../../src/plan/validate";
import { cellText } from "../../src/taskpane/uncertainty-panel";
import { buildWorkbook } from "../../src/workbook/build";
import { MemoryWorkbook } from "../../src/workbook/memory-adapter";
import { SheetModel } from "../../src/workbook/model";
import { PaneSession, describeWithChromium, offMachine, openTaskpane, overflowing, seriousViolations } from "../helpers/browser";
import { ROOT } from "../helpers/dev-server";

const PORT = 3000 + 2500 + (process.pid % 800);
const EXAMPLE = path.join(ROOT, "examples", "avon-and-somerset-2026-27.json");
const SHOTS = path.join(ROOT, "test-output", "narrow-pane");
/** Where the README and guide screenshots go: docs/images/ with SPR_DOC_IMAGES=1 (`npm run screenshots`). */
const DOC_SHOTS = process.env.SPR_DOC_IMAGES === "1" ? path.join(ROOT, "docs", "images") : SHOTS;
/** Excel's default task pane width on Windows, 280 px (issue 20), and the default and narrowest on a Mac. */
const WIDTHS = [320, 280, 270];

/** The figures written in a text, as the pane writes numbers (−1,234.5, £12.34, 98.7%). */
function figures(text: string): string[] {
  return text.match(/[−-]?£?\d[\d,]*(?:\.\d+)?%?/g) ?? [];
}

/** How many of each of `wanted` are missing from `have` (a multiset difference). */
function missing(wanted: string[], have: string[]): string[] {
  const left = new Map<string, number>();
  for (const f of have) left.set(f, (left.get(f) ?? 0) + 1);
  return wanted.filter((f) => {
    const n = left.get(f) ?? 0;
    left.set(f, n - 1);
    return n <= 0;
  });
}

const run = describeWithChromium("Browser test of the narrow task pane");

run(`the task pane at ${WIDTHS.join(", ")} px in Chromium`, () => {
  let pane: PaneSession;
  let page: Page;
  let sheet: SheetModel;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    pane = await openTaskpane(PORT, WIDTHS[0]);
    page = pane.page;
    const text = fs.readFileSync(EXAMPLE, "utf8");
    await page
      .getByLabel("Import a plan file (JSON)")
      .setInputFiles({ name: "avon.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await page
      .locator("#import-status")
      .filter({ hasText: /^Imported avon\.json/ })
      .waitFor();
    await page.getByRole("button", { name: "Build workbook" }).click();
    await page
      .locator("#build-status")
      .filter({ hasText: /^Built \d+ sheets/ })
      .waitFor({ timeout: 60000 });
    await page.getByRole("heading", { name: "Under uncertainty" }).waitFor();
    // the workbook the pane built (in memory, behind the Workbook port): its Uncertainty sheet
    sheet = await page.evaluate(() => (window as unknown as { __sprWorkbook: MemoryWorkbook }).__sprWorkbook.model("Uncertainty")!);
    // a cell with a long formula explained, so the Explain section is on the page too
    const percentile = sheet.tables.find((t) => t.name === "SprUncertaintyPercentiles")!;
    await page.getByRole("textbox", { name: "Cell to explain" }).fill(`Uncertainty!B${percentile.row + 2}`);
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await page.locator("#explain-output").filter({ hasText: "SPR.ARVREQP" }).waitFor();
  }, 180000);

  afterAll(async () => {
    await pane?.close();
  });

  it("built the same Uncertainty sheet the command line builds from the plan", async () => {
    const node = await buildWorkbook(readPlan(fs.readFileSync(EXAMPLE, "utf8")), new MemoryWorkbook(), {
      builtAt: "x",
      planDigest: "x",
      planSource: "x",
    });
    const expected = node.models.find((m) => m.name === "Uncertainty")!;
    expect(sheet.cells.map((c) => [c.row, c.col, c.value])).toEqual(expected.cells.map((c) => [c.row, c.col, c.value]));
    expect(sheet.tables.length).toBeGreaterThanOrEqual(7); // ranges, percentiles, risk, histograms, tornadoes
  });

  it.each(WIDTHS)("fits %i px: nothing in any section is wider than the pane or cut off", async (width) => {
    await page.setViewportSize({ width, height: 800 });
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(width);
    // every section the pane shows is on the page: the six steps, the summary, uncertainty and the explanation
    expect(await page.locator("main > section").count()).toBe(6);
    for (const id of ["summary-list", "uncertainty-heading", "costs-heading", "explain-output"])
      expect(await page.locator(`#${id}`).isVisible()).toBe(true);
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `pane-${width}.png`), fullPage: true });
  });

  it("shows the costs the plan's costs block asks for, as the Costs and Medium term sheets hold them", async () => {
    const node = await buildWorkbook(readPlan(fs.readFileSync(EXAMPLE, "utf8")), new MemoryWorkbook(), {
      builtAt: "x",
      planDigest: "x",
      planSource: "x",
    });
    const costs = node.models.find((m) => m.name === "Costs")!;
    const table = costs.tables.find((t) => t.name === "SprCosts")!;
    const firstRow = costs.cells.filter((x) => x.row === table.row + 1 && x.col >= table.col && x.col < table.col + table.columns.length);
    const text = await page.locator("#costs").innerText();
    for (const cell of firstRow) expect([cell.col, text.includes(cellText(cell))]).toEqual([cell.col, true]);
    expect(text).toContain("Recurring cost of closing every gap, by year");
  });

  it.each(WIDTHS)(
    "shows at %i px every figure the Uncertainty sheet holds, as visible text beside its own table's caption",
    async (width) => {
      await page.setViewportSize({ width, height: 800 });
      // each block of the section: its caption and its visible text
      const blocks = await page.locator("#uncertainty > .block, #uncertainty > figure").evaluateAll((els) =>
        els.map((el) => ({
          caption: (el.querySelector(":scope > .block-title, :scope > figcaption") as HTMLElement).innerText,
          text: (el as HTMLElement).innerText,
        })),
      );
      const at = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
      const checked = new Set<string>();
      for (const t of sheet.tables) {
        const label = cellText(at.get(`${t.row - 1},${t.col}`));
        const block = blocks.filter((b) => b.caption.startsWith(label));
        expect([label, block.length]).toEqual([label, 1]);
        // the table's body and any figure on its label row (a tornado's percentile), as many times as the sheet holds each
        const mine = sheet.cells.filter(
          (c) =>
            (c.row === t.row - 1 && c.col > t.col) ||
            (c.row > t.row && c.row <= t.row + t.rows && c.col >= t.col && c.col < t.col + t.columns.length),
        );
        mine.forEach((c) => checked.add(`${c.row},${c.col}`));
        const numbers = mine.filter((c) => typeof c.value === "number").map(cellText);
        expect([label, missing(numbers, figures(block[0].text))]).toEqual([label, []]);
        const words = mine.filter((c) => typeof c.value === "string" && c.value !== "").map(cellText);
        expect([label, words.filter((s) => !block[0].text.includes(s))]).toEqual([label, []]);
      }
      // no figure of the sheet lies outside its tables and their label rows
      const elsewhere = sheet.cells.filter((c) => typeof c.value === "number" && !checked.has(`${c.row},${c.col}`));
      expect(elsewhere).toEqual([]);
      expect(checked.size).toBeGreaterThan(100);
    },
  );

  it.each(WIDTHS)("draws the bars of each chart at %i px on one scale (every track of a chart the same width)", async (width) => {
    await page.setViewportSize({ width, height: 800 });
    const charts = await page
      .locator("figure.bars")
      .evaluateAll((figs) =>
        figs.map((f) => Array.from(f.querySelectorAll(".bar-track")).map((t) => Math.round(t.getBoundingClientRect().width * 2) / 2)),
      );
    expect(charts.length).toBeGreaterThanOrEqual(6); // the gap chart, three histograms, two tornadoes
    for (const tracks of charts) expect(new Set(tracks).size).toBe(1);
  });

  it("lays each requirement at the plan's percentiles out as a card of its own", async () => {
    const t = sheet.tables.find((x) => x.name === "SprUncertaintyPercentiles")!;
    const at = (r: number, c: number) => cellText(sheet.cells.find((x) => x.row === r && x.col === c));
    const card = (j: number) => [
      t.columns[j],
      ...Array.from({ length: t.rows }, (_, i) => [`At ${at(t.row + 1 + i, 0)}`, at(t.row + 1 + i, j)]).flat(),
    ];
    const expected = t.columns.slice(1).map((_, j) => card(j + 1));
    const shown = await page
      .getByRole("list", { name: at(t.row - 1, 0) })
      .locator(":scope > li")
      .evaluateAll((lis) =>
        lis.map((li) => [li.querySelector("h4")!.textContent, ...Array.from(li.querySelectorAll("dt, dd")).map((e) => e.textContent)]),
      );
    expect(shown).toEqual(expected);
  });

  it("writes each tornado's swing beside its bar", async () => {
    for (const t of sheet.tables.filter((x) => x.name.startsWith("SprTornado"))) {
      const swings = Array.from(
        { length: t.rows },
        (_, i) => `Swing ${cellText(sheet.cells.find((x) => x.row === t.row + 1 + i && x.col === t.col + 4))}`,
      );
      const figure = page.locator("figure.bars", {
        has: page.locator("figcaption", { hasText: String(sheet.cells.find((x) => x.row === t.row - 1 && x.col === 0)!.value) }),
      });
      expect(await figure.locator(".bar-value").allTextContents()).toEqual(swings);
    }
  });

  it("is accessible at every width (axe: no serious or critical violations)", async () => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      expect([width, await seriousViolations(page)]).toEqual([width, []]);
    }
  });

  it("gives the README and the guide their screenshots at 320 px", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.evaluate(() => document.getElementById("build-heading")!.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: path.join(DOC_SHOTS, "taskpane.png") });
    await page.locator("#uncertainty").screenshot({ path: path.join(DOC_SHOTS, "taskpane-uncertainty.png") });
    expect(fs.existsSync(path.join(DOC_SHOTS, "taskpane-uncertainty.png"))).toBe(true);
  });

  it("fits every width in the pane's other states too: the rebuild question, a region's forces, problems listed", async () => {
    const fitsEach = async (state: string) => {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        expect([state, width, await overflowing(page)]).toEqual([state, width, []]);
      }
    };
    await page.getByRole("button", { name: "Build workbook" }).click();
    await page.getByRole("alertdialog", { name: "Replace the add-in's sheets?" }).waitFor();
    await fitsEach("rebuild question");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByLabel("A ROCU region").check();
    const region = page.getByRole("combobox", { name: /^ROCU region/ });
    await region.selectOption({ index: 1 });
    await page.locator("table caption", { hasText: /^Forces in / }).waitFor();
    await fitsEach("a region's forces");
    await page.getByRole("combobox", { name: /^ROCU region/ }).selectOption("");
    await page.getByRole("button", { name: "Build workbook" }).click();
    await page.locator("#build-errors").waitFor();
    await fitsEach("problems listed");
  });

  it("made no request outside localhost, and raised no script error", () => {
    expect(offMachine(pane.requests)).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });
});
