// "Save a copy to share" in a real browser (Chromium at 320 px, the pane served by the dev server, outside Excel): the
// pane lays the plan out as Build does, writes the copy with the same ExcelJS adapter as `spr build --shareable`, in
// a chunk fetched only when asked for, and offers it as a download. The copy is read back here in Node with ExcelJS
// and held, cell for cell, to the values the pane's live build cached; the workbook open in the pane is untouched.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { Page } from "playwright-core";
import { ADDIN_VERSION } from "../../src/core/version";
import { validatePlan } from "../../src/plan/validate";
import { buildWorkbook } from "../../src/workbook/build";
import { MemoryWorkbook } from "../../src/workbook/memory-adapter";
import { CellModel, address } from "../../src/workbook/model";
import { ExcelJsWorkbook } from "../../src/workbook/xlsx/exceljs-adapter";
import { AXE, PaneSession, describeWithChromium, offMachine, openTaskpane, overflowing, seriousViolations } from "../helpers/browser";
import { ROOT } from "../helpers/dev-server";
import { readBook } from "../helpers/workbook-check";

const PORT = 3000 + 100 + (process.pid % 800);
const EXAMPLE = "avon-and-somerset-2026-27.json";

type LiveSheet = { name: string; cells: Pick<CellModel, "row" | "col" | "value" | "formula" | "spilledFrom">[] };

/** The live build's sheets as the pane's in-memory workbook holds them: each cell's cached value (and formula). */
function liveSheets(page: Page): Promise<LiveSheet[]> {
  return page.evaluate(() => {
    const wb = (window as unknown as { __sprWorkbook: MemoryWorkbook }).__sprWorkbook;
    return [...wb.sheets].map(([name, s]) => ({
      name,
      cells: (s.model?.cells ?? []).map((c) => ({
        row: c.row,
        col: c.col,
        value: c.value,
        formula: c.formula,
        spilledFrom: c.spilledFrom,
      })),
    }));
  });
}

const blank = (v: unknown) => (v === "" || v === undefined ? null : v);

const run = describeWithChromium("Browser test of the shareable copy");

run("Save a copy to share, in Chromium at 320 px (skipped only when Chromium is absent)", () => {
  let pane: PaneSession;
  let page: Page;
  const xlsxChunk = () => pane.requests.filter((u) => /(^|\/)xlsx\.js$/.test(new URL(u).pathname));

  beforeAll(async () => {
    pane = await openTaskpane(PORT, 320);
    page = pane.page;
  }, 150000);

  afterAll(async () => {
    await pane?.close();
  });

  it("refuses while the plan has problems, naming them, and makes nothing", async () => {
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.getByRole("button", { name: "Save a copy to share" }).click();
    await page.locator("#build-errors").filter({ hasText: "No copy was made." }).waitFor({ timeout: 10000 });
    const text = (await page.locator("#build-errors").textContent()) ?? "";
    expect(text).toMatch(/^The plan has \d+ problems?\. No copy was made\./);
    expect(text).toContain("Force: This is required."); // the force not yet chosen, named
    expect(downloads).toBe(0);
    expect(xlsxChunk()).toEqual([]); // ExcelJS was not even fetched
    expect(await liveSheets(page)).toEqual([]);
  });

  it("writes the copy spr build --shareable writes: values where SPR formulas were, a banner, the live build's figures cell for cell", async () => {
    const file = fs.readFileSync(path.join(ROOT, "examples", EXAMPLE));
    await page.getByLabel("Import a plan file (JSON)").setInputFiles({ name: EXAMPLE, mimeType: "application/json", buffer: file });
    await page.locator("#import-status").filter({ hasText: "ready to build" }).waitFor({ timeout: 10000 });
    await page.getByRole("button", { name: "Build workbook" }).click();
    await page
      .locator("#build-status")
      .filter({ hasText: /^Built \d+ sheets/ })
      .waitFor({ timeout: 30000 });
    const live = await liveSheets(page);
    expect(xlsxChunk()).toEqual([]); // Build does not need it either

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save a copy to share" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("avon-and-somerset-2026-27-shared.xlsx"); // as npm run demo names it
    expect(xlsxChunk().length).toBe(1);
    await page
      .locator("#share-status")
      .filter({ hasText: /^Made avon-and-somerset-2026-27-shared\.xlsx/ })
      .waitFor({ timeout: 30000 });
    expect(await page.locator("#share-link a").getAttribute("download")).toBe("avon-and-somerset-2026-27-shared.xlsx");
    // outside Excel there is no Excel.createWorkbook to open it with: only the link is offered
    expect(await page.locator("#share-open").count()).toBe(0);
    // the workbook open in the pane is exactly as the build left it
    expect(await liveSheets(page)).toEqual(live);

    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "spr-share-")), download.suggestedFilename());
    fs.copyFileSync((await download.path())!, copy);
    // no part of the package holds a call to a custom function (a reader without the add-in would see #NAME?)…
    const zip = await JSZip.loadAsync(fs.readFileSync(copy));
    const parts = Object.keys(zip.files).filter((f) => f.endsWith(".xml"));
    const withUdf: string[] = [];
    for (const p of parts) if ((await zip.file(p)!.async("string")).includes("_xldudf_")) withUdf.push(p);
    expect(withUdf).toEqual([]);
    // …where the live workbook of the same plan, written by the same adapter, has them (so the check above can fail)
    const livePort = new ExcelJsWorkbook();
    const plan = validatePlan(JSON.parse(file.toString("utf8")));
    await buildWorkbook(plan, livePort, { builtAt: "2026-12-01T00:00:00.000Z", planDigest: "0", planSource: EXAMPLE });
    const liveZip = await JSZip.loadAsync(await livePort.toBytes());
    expect(await liveZip.file("xl/worksheets/sheet1.xml")!.async("string")).toContain("_xldudf_SPR_");
    // the charts the live workbook carries are in the copy too
    const charts = (z: JSZip) => Object.keys(z.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length;
    expect(charts(liveZip)).toBeGreaterThan(0);
    expect(charts(zip)).toBe(charts(liveZip));

    // cell for cell: every sheet of the live build, every value it cached, in the copy
    const { book, workbook } = await readBook(copy);
    expect([...book.keys()]).toEqual(live.map((s) => s.name));
    const audit = book.get("Audit")!;
    const builtAtRow = [...audit.values()].find((c) => c.value === "Built at")!;
    const builtAt = audit.get(builtAtRow.address.replace(/^A/, "B"))!.value as string;
    expect(builtAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const banner = `SHARED COPY: figures as built by SPR Planner ${ADDIN_VERSION} at ${builtAt}; SPR formulas replaced by their values (open the live workbook with the add-in to recalculate)`;
    let compared = 0;
    let replaced = 0;
    for (const sheet of live) {
      const cells = book.get(sheet.name)!;
      const ws = workbook.getWorksheet(sheet.name)!;
      const seen = new Set<string>();
      for (const c of sheet.cells) {
        const at = address(c.row, c.col);
        seen.add(at);
        let got = blank(cells.get(at)?.value ?? null);
        let want = blank(c.value);
        // ExcelJS reads a number in a date-formatted cell as a Date, to the millisecond: compared to the millisecond
        const read = ws.getCell(at).value;
        if (read instanceof Date || (read as { result?: unknown } | null)?.result instanceof Date)
          [got, want] = [got, want].map((v) => (typeof v === "number" ? Math.round(v * 86_400_000) : v));
        if (sheet.name !== "Audit" && c.row === 1 && c.col === 0) want = `${String(c.value)} · ${banner}`; // the banner
        if (sheet.name === "Audit" && at === builtAtRow.address.replace(/^A/, "B")) continue; // when each was built
        expect([sheet.name, at, got]).toEqual([sheet.name, at, want]);
        compared++;
        // an SPR formula (or a cell it spilled into) is a plain value in the copy; a native formula stays a formula
        const stored = cells.get(at)?.formula;
        if (c.spilledFrom !== undefined || (c.formula && /\bSPR\./.test(c.formula))) {
          expect([sheet.name, at, stored]).toEqual([sheet.name, at, undefined]);
          replaced++;
        } else if (c.formula) expect([sheet.name, at, typeof stored]).toEqual([sheet.name, at, "string"]);
      }
      // and nothing more: no cell the live build left empty holds anything in the copy (a note merged across the
      // printed width reads back in each cell it covers: those are the note's own)
      const extra = [...cells.keys()].filter((a) => !seen.has(a) && blank(cells.get(a)!.value) !== null && !ws.getCell(a).isMerged);
      expect([sheet.name, extra]).toEqual([sheet.name, []]);
    }
    expect(compared).toBeGreaterThan(500);
    expect(replaced).toBeGreaterThan(50);
    expect(await overflowing(page)).toEqual([]);
    if (fs.existsSync(AXE)) expect(await seriousViolations(page)).toEqual([]);
    else console.warn(`axe-core is not installed (${AXE}); the accessibility check did not run.`);
  }, 120000);

  it("made no request outside localhost, and raised no script error", () => {
    expect(offMachine(pane.requests)).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });
});
