// The task pane in a real browser: Debian's Chromium driven by playwright-core, the page served by the real dev
// server with office.js from the npm package. Outside Office the pane builds into an in-memory workbook behind the
// same Workbook port (window.__sprWorkbook), so the tests click through the whole flow as a planner would and check
// both what the pane shows and what the workbook holds. Every request is recorded: none may leave localhost.
// Screenshots of each step go to test-output/screenshots/ (for people, not compared by the tests).
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { BrowserContext, Locator, Page } from "playwright-core";
import { validatePlan } from "../../src/plan/validate";
import { planText } from "../../src/taskpane/build-panel";
import { financialYearOf } from "../../src/taskpane/organisation";
import { formatValue, summaryRows } from "../../src/taskpane/summary-view";
import { buildWorkbook, layoutWorkbook } from "../../src/workbook/build";
import { MemoryWorkbook } from "../../src/workbook/memory-adapter";
import {
  AXE,
  CHROMIUM,
  PaneSession,
  describeWithChromium,
  offMachine,
  openTaskpane,
  overflowing,
  seriousViolations,
} from "../helpers/browser";
import { DevServer, ROOT } from "../helpers/dev-server";
import { employPence, gbp, psuGapPence } from "../helpers/gap-cost";

const SHOTS = path.join(ROOT, "test-output", "screenshots");
const PORT = 3000 + 900 + (process.pid % 800);
const WIDTH = 320;

const YEAR = financialYearOf(new Date());
/** The plan the steps below enter by hand. */
const PLAN = validatePlan({
  planVersion: 1,
  organisation: { kind: "force", name: "Kent" },
  financialYear: YEAR,
  assumptions: { RAG_AMBER_MARGIN: 0.15 },
  armedPolicing: { incidentsPerYear: 950, meanMinutes: 150, afosAvailable: 44 },
});

/** Waits (up to 10 s) for an element to show the text, then checks it exactly (or that it contains it). */
async function shows(locator: Locator, expected: string | RegExp, how: "exactly" | "contains" = "exactly"): Promise<void> {
  await locator
    .filter({ hasText: expected })
    .first()
    .waitFor({ timeout: 10000 })
    .catch(() => undefined);
  const text = (await locator.first().textContent()) ?? "";
  if (expected instanceof RegExp) expect(text).toMatch(expected);
  else if (how === "contains") expect(text).toContain(expected);
  else expect(text).toBe(expected);
}

type Sheets = { name: string; owned: boolean; cells: { row: number; col: number; value: unknown; formula?: string }[] | null }[];

async function workbook(page: Page): Promise<Sheets> {
  return page.evaluate(() => {
    const wb = (window as unknown as { __sprWorkbook: MemoryWorkbook }).__sprWorkbook;
    return [...wb.sheets].map(([name, s]) => ({
      name,
      owned: s.ownedByAddin,
      cells: s.model ? s.model.cells.map((c) => ({ row: c.row, col: c.col, value: c.value, formula: c.formula })) : null,
    }));
  });
}

function cellOf(sheets: Sheets, sheet: string, row: number, col: number): unknown {
  return sheets.find((s) => s.name === sheet)?.cells?.find((c) => c.row === row && c.col === col)?.value;
}

/** The value in column `col` of the row whose first cell reads `key` (Audit and Assumptions are key–value tables). */
function valueBeside(sheets: Sheets, sheet: string, key: string, col = 1): unknown {
  const cells = sheets.find((s) => s.name === sheet)?.cells ?? [];
  const row = cells.find((c) => c.col === 0 && c.value === key)?.row;
  return cells.find((c) => c.row === row && c.col === col)?.value;
}

const run = describeWithChromium("Browser tests of the task pane");

run(`the task pane in Chromium at ${WIDTH} px (skipped only when ${CHROMIUM} is absent)`, () => {
  let pane: PaneSession;
  let server: DevServer;
  let context: BrowserContext;
  let page: Page;
  let requests: string[] = [];
  let pageErrors: string[] = [];
  let shot = 0;

  const screenshot = async (name: string) => {
    shot++;
    await page.screenshot({ path: path.join(SHOTS, `${String(shot).padStart(2, "0")}-${name}.png`), fullPage: true });
  };
  /** axe-core in the same browser: no serious or critical violation. */
  const accessible = async (step: string) => {
    if (!fs.existsSync(AXE)) {
      console.warn(`axe-core is not installed (${AXE}); the accessibility check at "${step}" did not run.`);
      return;
    }
    expect([step, await seriousViolations(page)]).toEqual([step, []]);
  };
  const fitsWidth = async () => expect(await overflowing(page)).toEqual([]);
  const status = () => page.locator("#build-status");

  beforeAll(async () => {
    fs.rmSync(SHOTS, { recursive: true, force: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    pane = await openTaskpane(PORT, WIDTH);
    ({ server, context, page, requests, pageErrors } = pane);
  }, 150000);

  afterAll(async () => {
    await pane?.close();
  });

  it("opens with every step labelled and accessible", async () => {
    await page.evaluate(() => (window as unknown as { __sprWorkbook: MemoryWorkbook }).__sprWorkbook.addUserSheet("Summary"));
    for (const name of [
      "1. Force or region, and year",
      "2. Planning assumptions",
      "3. Threats and what the force has",
      "4. Build workbook",
      "5. Summary",
      "6. Explain a cell",
    ]) {
      expect(await page.getByRole("heading", { name }).isVisible()).toBe(true);
    }
    await screenshot("start");
    await accessible("start");
    await fitsWidth();
  });

  it("shows the reference data for the chosen force, dated", async () => {
    await page.getByRole("combobox", { name: "Force (required)" }).selectOption("Kent");
    await page.getByRole("combobox", { name: "Financial year (required)" }).selectOption(YEAR);
    const ref = page.getByRole("group", { name: "Reference data for Kent" });
    // Kent is in the Eastern ROCU but the South East region; 3,552.5702 officer FTE at 31 March 2019
    await shows(ref, /ROCU\s*ERSOU \(Eastern\)\s*Home Office region\s*South East\s*Police officer FTE\s*3,552\.6/);
    await shows(ref, "31 March 2019", "contains");
    await screenshot("force");
  });

  it("lists every assumption with its default and source, and takes the force's own figure", async () => {
    const box = page.getByRole("textbox", { name: "RAG_AMBER_MARGIN (fraction of required) Illustrative" });
    await shows(
      page.locator("#f-assumptions-RAG_AMBER_MARGIN-hint"),
      /^Default 0\.1 fraction of required\. Illustrative: no public source/,
    );
    await box.fill("0.15");
    await box.press("Tab");
    await shows(page.locator(".assumption", { has: box }).locator(".status"), "Your figure: 0.15 (default 0.1)");
    await shows(page.locator("#f-assumptions-WEEKLY_HOURS-hint"), "Source: Police Regulations 2003", "contains");
  });

  it("builds the workbook the command line would build, renaming around the user's own Summary sheet", async () => {
    await page.getByRole("checkbox", { name: "Include armed policing" }).check();
    await page.getByRole("textbox", { name: "Firearms incidents a year (required)" }).fill("950");
    await page.getByRole("textbox", { name: "Average minutes per incident (required)" }).fill("150");
    await page.getByRole("textbox", { name: "AFOs on the establishment, all roles (FTE) (required)" }).fill("44");
    await page.getByRole("textbox", { name: "AFOs on the establishment, all roles (FTE) (required)" }).press("Tab");
    await page.getByRole("button", { name: "Build workbook" }).click();
    await shows(status(), /^Built \d+ sheets/);

    // the same plan built by the same builder in Node, into a workbook holding the same user sheet
    const expected = new MemoryWorkbook();
    expected.addUserSheet("Summary");
    const result = await buildWorkbook(PLAN, expected, { builtAt: "", planDigest: "", planSource: "task pane" });
    expect(await status().textContent()).toBe(
      `Built ${result.sheets.length} sheets: ${result.sheets.join(", ")}. Your sheet "Summary" was left alone; the add-in wrote "Summary (SPR)".`,
    );
    const sheets = await workbook(page);
    expect(sheets.map((s) => [s.name, s.owned])).toEqual([["Summary", false], ...result.sheets.map((n) => [n, true])]);
    expect(sheets[0].cells).toBeNull(); // the user's sheet was not touched
    expect(valueBeside(sheets, "Assumptions", "RAG_AMBER_MARGIN")).toBe(0.15);
    expect(valueBeside(sheets, "Assumptions", "RAG_AMBER_MARGIN", 3)).toBe("plan");
    expect(valueBeside(sheets, "Audit", "Plan")).toBe("task pane");
    expect(valueBeside(sheets, "Audit", "Organisation")).toBe("Kent (force)");

    // the pane's summary shows exactly the Summary sheet's lines, with their RAG and basis
    const rows = summaryRows(result.summary, PLAN);
    if (rows.length === 0) {
      await page.locator("#summary-empty").waitFor();
    } else {
      const shown = await page
        .locator("#summary-list > li")
        .evaluateAll((lis) =>
          lis.map((li) => [
            li.querySelector("h3")!.textContent,
            li.querySelector(".rag")!.textContent,
            ...Array.from(li.querySelectorAll("dd")).map((dd) => dd.textContent),
          ]),
        );
      expect(shown).toEqual(
        rows.map((r) => [
          `${r.area} ${r.measure}`,
          r.rag,
          formatValue(r.required, r.format),
          formatValue(r.available, r.format),
          formatValue(r.gap, r.format),
          r.basis,
        ]),
      );
    }
    await screenshot("built");
    await accessible("built");
    await fitsWidth();
  });

  it("explains a cell: its value, formula, inputs, assumptions and SPR paragraphs", async () => {
    const sheets = await workbook(page);
    const margin = sheets.find((s) => s.name === "Assumptions")!.cells!.find((c) => c.col === 0 && c.value === "RAG_AMBER_MARGIN")!.row + 1;
    const cell = page.getByRole("textbox", { name: "Cell to explain" });
    await cell.fill(`Assumptions!B${margin}`);
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await shows(page.locator("#explain-output"), `Assumptions!B${margin} = 0.15`, "contains");
    const rag = sheets.find((s) => s.name === "Summary (SPR)")!.cells!.find((c) => c.formula?.startsWith("SPR.RAG("));
    if (rag) {
      await cell.fill(`'Summary (SPR)'!F${rag.row + 1}`);
      await cell.press("Enter");
      const text = await page.locator("#explain-output").textContent();
      expect(text).toContain(`=${rag.formula}`);
      expect(text).toMatch(/SPR\.RAG — planning assumption RAG_AMBER_MARGIN/);
      expect(text).toMatch(/RAG_AMBER_MARGIN: 0\.15 fraction of required, set in the plan/);
    }
    await screenshot("explain");
    await accessible("explain");
  });

  it("saves the plan it built from, whose digest the Audit sheet records", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save plan as JSON" }).click()]);
    const text = fs.readFileSync((await download.path())!, "utf8");
    expect(JSON.parse(text)).toEqual(PLAN);
    expect(text).toBe(planText(JSON.parse(text)));
    const digest = createHash("sha256").update(text).digest("hex");
    expect(valueBeside(await workbook(page), "Audit", "Plan digest (SHA-256)")).toBe(digest);
  });

  it("loads the plan back from the workbook with an input edited there, and names a refused cell by its address", async () => {
    /** Types a value into the Inputs cell beside the label, as a planner would in Excel; returns its address. */
    const type = (value: unknown) =>
      page.evaluate(
        ([label, v]) => {
          const m = (window as unknown as { __sprWorkbook: MemoryWorkbook }).__sprWorkbook.model("Inputs")!;
          const at = m.cells.find((c) => c.value === label)!;
          m.cells.find((c) => c.row === at.row && c.col === at.col + 1)!.value = v as number;
          return `Inputs!${String.fromCharCode(66 + at.col)}${at.row + 1}`;
        },
        ["Firearms incidents a year (APSTRA)", value],
      );
    const load = page.getByRole("button", { name: "Load the plan from this workbook" });
    const at = await type("lots");
    await load.click();
    await shows(page.locator("#load-status"), "The workbook holds input the plan check refuses (1 problem); the plan here is unchanged:");
    expect(await page.locator("#load-problems li").allTextContents()).toEqual([
      `${at}: expected a number, found text (armedPolicing.incidentsPerYear)`,
    ]);
    await type(1200);
    await load.click();
    await shows(page.locator("#load-status"), `Loaded the plan of Kent, ${YEAR}, from this workbook: ready to build.`);
    expect((await page.locator("#f-armedPolicing-incidentsPerYear").inputValue()).replace(/,/g, "")).toBe("1200");
    await accessible("load");
    // back as it was, for the steps below
    await type(950);
    await load.click();
    await shows(page.locator("#load-status"), `Loaded the plan of Kent, ${YEAR}, from this workbook: ready to build.`);
  });

  it("asks before a rebuild, naming the sheets it will replace, and writes nothing when cancelled", async () => {
    const before = await workbook(page);
    const owned = before.filter((s) => s.owned).map((s) => s.name);
    await page.getByRole("button", { name: "Build workbook" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Replace the add-in's sheets?" });
    await dialog.waitFor();
    expect(await page.locator("#build-confirm-sheets li").allTextContents()).toEqual(owned);
    expect(owned).not.toContain("Summary");
    await screenshot("confirm");
    await accessible("confirm");
    await page.getByRole("button", { name: "Cancel" }).click();
    await shows(status(), "Build cancelled. Nothing was written.");
    expect(await workbook(page)).toEqual(before);
  });

  it("shows problems next to their fields in plain words, lists them at the top, and writes nothing", async () => {
    const before = await workbook(page);
    await page.getByRole("combobox", { name: "Force (required)" }).selectOption("");
    const minutes = page.getByRole("textbox", { name: "Average minutes per incident (required)" });
    await minutes.fill("about two hours");
    await minutes.press("Tab");
    // said at once, next to the field
    await shows(page.locator("#f-armedPolicing-meanMinutes-error"), "Enter a number, for example 12 or 2.5.");
    await page.getByRole("button", { name: "Build workbook" }).click();
    const summary = page.locator("#build-errors");
    await shows(summary.locator("h3"), "The plan has 2 problems. Nothing was written.");
    expect(await summary.locator("li").allTextContents()).toEqual([
      "Force: This is required.",
      "Average minutes per incident: Enter a number, for example 12 or 2.5.",
    ]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("build-errors");
    await shows(page.locator("#f-organisation-name-error"), "This is required.");
    await expect(page.getByRole("combobox", { name: "Force (required)" }).getAttribute("aria-invalid")).resolves.toBe("true");
    await summary.getByRole("link", { name: /^Average minutes/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-armedPolicing-meanMinutes");
    expect(await workbook(page)).toEqual(before);
    await screenshot("problems");
    await accessible("problems");
    await fitsWidth();
  });

  it("imports a plan file, placing each problem in it next to its field", async () => {
    const file = page.getByLabel("Import a plan file (JSON)");
    await file.setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{\n  "planVersion": 1,\n  oops\n}'),
    });
    await shows(page.locator("#f-import-error"), /^broken\.json could not be read: not valid JSON at line 3/);
    const plan = {
      planVersion: 1,
      organisation: { kind: "force", name: "Avon and Somerset Constabulary" },
      financialYear: YEAR,
      publicOrder: {
        events: [{ name: "Harbour festival", start: "2026-07-18T10:00", end: "2026-07-17T22:00", attendance: 40000, risk: "medium" }],
        trained: { PSU: [9, 26, 150, 24] },
      },
    };
    await file.setInputFiles({ name: "avon.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(plan)) });
    await shows(page.locator("#import-status"), "Imported avon.json: 1 problem to fix, shown next to the fields.");
    // the force's everyday name is matched to the reference data
    await expect(page.getByRole("combobox", { name: "Force (required)" }).inputValue()).resolves.toBe("Avon & Somerset");
    await shows(page.locator("#f-publicOrder-events-0-end-error"), "Before start (an event must end after it starts).");
    await expect(page.getByRole("textbox", { name: "Constables (level 2) (required)" }).inputValue()).resolves.toBe("150");
    await page.getByRole("textbox", { name: "End (required)" }).fill("2026-07-18T22:00");
    await page.getByRole("textbox", { name: "End (required)" }).press("Tab");
    await page.getByRole("button", { name: "Build workbook" }).click();
    await page.getByRole("button", { name: /^Replace \d+ sheets and build$/ }).click();
    await shows(status(), /^Built \d+ sheets/);
    const sheets = await workbook(page);
    expect(valueBeside(sheets, "Audit", "Plan")).toBe("avon.json");
    expect(cellOf(sheets, "Summary", 0, 0)).toBeUndefined(); // still the user's, still untouched
    await screenshot("imported");
    await accessible("imported");
  });

  it("switches the summary between the base plan and each of its scenarios", async () => {
    const plan = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "avon-and-somerset-scenarios-2026-27.json"), "utf8"));
    await page
      .getByLabel("Import a plan file (JSON)")
      .setInputFiles({ name: "scenarios.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(plan)) });
    await shows(page.locator("#import-status"), /^Imported scenarios\.json/);
    await page.getByRole("button", { name: "Build workbook" }).click();
    await page.getByRole("button", { name: /^Replace \d+ sheets and build$/ }).click();
    await shows(status(), /^Built \d+ sheets/);
    const psuCard = () => page.locator("#summary-list > li").filter({ hasText: "PSUs able to be fielded" }).locator("dd").nth(1);
    const choose = page.getByRole("combobox", { name: "Show the summary for" });
    await shows(psuCard(), "8"); // the base plan: min(9, 26/3, 150/18, 24/3) = 8 PSUs fieldable
    await choose.selectOption({ label: "Public order training +25%" });
    await shows(psuCard(), "10"); // min(12, 33/3, 188/18, 30/3) = 10
    await accessible("scenarios");
    await fitsWidth();
  });

  it("drafts the assurance statement as a Word document, through the same code as spr statement", async () => {
    // the plan built last: the Avon & Somerset example with scenarios (a force: SPR 24.1)
    // the Word writer is a chunk of its own, fetched only now (the pane's first bundle does not carry it)
    const docxChunks = () => requests.filter((u) => /docx/.test(new URL(u).pathname));
    expect(docxChunks()).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Draft the assurance statement" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("statement-avon-and-somerset-2026-27.docx");
    expect(docxChunks().length).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const xml = await zip.file("word/document.xml")!.async("string");
    const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((m) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? "",
      text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
    }));
    expect(paragraphs[0]).toEqual({
      style: "Title",
      text: "Strategic Policing Requirement: annual assurance statement, Avon &amp; Somerset",
    });
    expect(paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual([
      "What the SPR asks",
      "The force&apos;s position: requirements against capacity",
      "Capability self-assessment",
      "Reliance on mutual aid",
      "Shortfalls and what closing them costs",
      "Where the plan departs from the SPR",
      "Planning assumptions relied on",
    ]);
    // 17 PSUs short (25 − 8) = 425 officers at the plan's employer cost (test/helpers/gap-cost.ts works the cost by hand)
    const plan = validatePlan(JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "avon-and-somerset-scenarios-2026-27.json"), "utf8")));
    const employ = employPence(layoutWorkbook(plan, { builtAt: "2026-11-29T12:00:00Z", planDigest: "0", planSource: "test" }).ctx);
    const [once, yearly] = psuGapPence(425, employ);
    expect(xml).toContain(`closing it costs ${gbp(once)} once and ${gbp(yearly)} a year`);
    await shows(page.locator("#statement-status"), /^Drafted statement-avon-and-somerset-2026-27\.docx/);
    await expect(page.locator("#statement-link a").getAttribute("download")).resolves.toBe("statement-avon-and-somerset-2026-27.docx");
    await accessible("statement");
    await fitsWidth();
  });

  it("builds a region's roll-up from the force plan files the user picks, checked as spr build checks them", async () => {
    const example = (f: string) => fs.readFileSync(path.join(ROOT, "examples", f));
    const AVON = "avon-and-somerset-2026-27.json";
    const DORSET = "dorset-2026-27.json";
    await page
      .getByLabel("Import a plan file (JSON)")
      .setInputFiles({ name: "swrocu-forces-2026-27.json", mimeType: "application/json", buffer: example("swrocu-forces-2026-27.json") });
    await shows(page.locator("#import-status"), /^Imported swrocu-forces-2026-27\.json: ready to build/);
    // nothing picked yet: the build names each file it needs, and writes nothing
    await page.getByRole("button", { name: "Build workbook" }).click();
    await shows(page.locator("#build-errors"), /forcePlans\[0\]: Pick the force plan avon-and-somerset-2026-27\.json \(no file/);
    await shows(page.locator("#build-errors"), /forcePlans\[1\]: Pick the force plan dorset-2026-27\.json \(no file/);
    // Dorset's plan for another year: refused with spr build's own words, at its place in forcePlans
    const files = page.getByLabel("Force plans this roll-up names");
    const otherYear = JSON.stringify({ ...JSON.parse(example(DORSET).toString("utf8")), financialYear: "2027/28" });
    await files.setInputFiles([
      { name: AVON, mimeType: "application/json", buffer: example(AVON) },
      { name: DORSET, mimeType: "application/json", buffer: Buffer.from(otherYear) },
    ]);
    await shows(page.locator("#force-plans-status"), "The force plans have 1 problem, shown above.");
    await shows(page.locator("#f-force-plan-files-error"), `forcePlans[1]: ${DORSET} is for 2027/28, the roll-up for 2026/27.`);
    await files.setInputFiles([{ name: DORSET, mimeType: "application/json", buffer: example(DORSET) }]);
    await shows(page.locator("#force-plans-status"), "All 2 force plans read and checked: ready to build.");
    await accessible("force plans");
    await fitsWidth();
    await page.getByRole("button", { name: "Build workbook" }).click();
    await page.getByRole("button", { name: /^Replace \d+ sheets? and build$/ }).click();
    // (the user's own Summary sheet, from the first build, is still left alone)
    await shows(status(), /^Built 5 sheets: Summary \(SPR\), Inputs, Assumptions, Forces, Audit\./);
    // the region's PSUs by hand: Avon 25 required (Glastonbury 21 + the Bristol march 4), 8 fieldable; Dorset 18 and 3
    const sheets = await workbook(page);
    const summary = sheets.find((x) => x.name === "Summary (SPR)")!.cells!;
    const row = summary.find((c) => c.col === 1 && c.value === "PSUs able to be fielded (2 of 5 forces with a plan)")!.row;
    expect([cellOf(sheets, "Summary (SPR)", row, 2), cellOf(sheets, "Summary (SPR)", row, 3)]).toEqual([43, 11]);
    expect(sheets.find((x) => x.name === "Forces")!.cells!.some((c) => c.value === AVON)).toBe(true);
  });

  it("works from the keyboard alone, with the focus always visible", async () => {
    const keys = await context.newPage();
    keys.on("pageerror", (e) => pageErrors.push(e.message));
    await keys.goto(`${server.base}/taskpane.html`);
    await keys.waitForFunction(() => document.getElementById("host-status")?.textContent?.startsWith("Running outside Excel"));
    const focused = () => keys.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
    await keys.keyboard.press("Tab");
    expect(await focused()).toBe("Skip to Build workbook");
    await keys.keyboard.press("Tab"); // "A force", the chosen radio button
    await keys.keyboard.press("Tab");
    expect(await focused()).toBe("f-organisation-name");
    await keys.keyboard.type("Kent");
    expect(await keys.locator("#f-organisation-name").inputValue()).toBe("Kent");
    await keys.keyboard.press("Shift+Tab");
    await keys.keyboard.press("Shift+Tab");
    await keys.keyboard.press("Enter"); // the skip link
    await keys.keyboard.press("Tab");
    expect(await focused()).toBe("build-button");
    const ring = await keys.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return `${s.outlineStyle} ${s.outlineWidth}`;
    });
    expect(ring).toBe("solid 2px");
    await keys.keyboard.press("Enter");
    await shows(keys.locator("#build-status"), /^Built \d+ sheets/);
    await keys.evaluate(() => {
      const w = window as unknown as { __sprWorkbook: MemoryWorkbook; __old: unknown };
      w.__old = w.__sprWorkbook.model("Inputs");
    });
    // a rebuild asks; Escape cancels, Tab and Enter agree
    await keys.locator("#build-button").focus();
    await keys.keyboard.press("Enter");
    expect(await focused()).toBe("build-confirm");
    await keys.keyboard.press("Escape");
    await shows(keys.locator("#build-status"), "Build cancelled. Nothing was written.");
    expect(await focused()).toBe("build-button");
    await keys.keyboard.press("Enter");
    await keys.keyboard.press("Tab");
    expect(await focused()).toBe("build-confirm-yes");
    await keys.keyboard.press("Enter");
    await shows(keys.locator("#build-status"), /^Built \d+ sheets/);
    expect(
      await keys.evaluate(() => {
        const w = window as unknown as { __sprWorkbook: MemoryWorkbook; __old: unknown };
        return w.__sprWorkbook.model("Inputs") !== w.__old;
      }),
    ).toBe(true);
    await keys.close();
  });

  it("made no request outside localhost, and raised no script error", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(offMachine(requests)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
