// The planning workbook on paper: each example is built, printed to PDF by LibreOffice (headless), and read back with
// poppler's pdfinfo and pdftotext. Every sheet starts on a page of its own, prints one page wide (so it takes only
// pages down, a few for a long sheet), and every word of every table header is on its sheet's pages. Headers wrap
// inside their column, never cut mid-word. `node scripts/print-images.js` renders page one of each sheet to docs/images.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readPlan } from "../src/plan/validate";
import { readForcePlans } from "../src/cli/build-command";
import { layoutWorkbook } from "../src/workbook/build";
import { SHEETS } from "../src/workbook/layout/context";
import { shareableModels } from "../src/workbook/shareable";
import { DEFAULT_COLUMN_WIDTH, SheetModel, printSetup } from "../src/workbook/model";
import { ExcelJsWorkbook, wrappedLines } from "../src/workbook/xlsx/exceljs-adapter";
import { saveWorkbookFile } from "../src/workbook/xlsx/save-file";

const ROOT = path.resolve(__dirname, "..");
const STAMP = { builtAt: "2026-11-29T12:00:00.000Z", planDigest: "0".repeat(64), planSource: "test" };
const EXAMPLES = fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".json"));
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const poppler = ["/usr/bin/pdftotext", "/usr/bin/pdfinfo"].every((p) => fs.existsSync(p));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-print-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function models(example: string): SheetModel[] {
  const file = path.join(ROOT, "examples", example);
  const plan = readPlan(fs.readFileSync(file, "utf8"));
  return layoutWorkbook(plan, STAMP, undefined, undefined, readForcePlans(file, plan.forcePlans ?? [])).models;
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 180000 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return r.stdout;
}

/**
 * Builds the example, prints it to PDF and returns the text of each page. LibreOffice prints the shareable copy (the
 * same sheets with SPR figures as values): it recalculates array formulas on open and cannot run the add-in, so the
 * live workbook's spilled tables would print as #NAME? there (docs/workbook.md, "What a recipient sees").
 */
async function printed(example: string, sheets: SheetModel[]): Promise<string[]> {
  const wb = new ExcelJsWorkbook();
  await wb.writeSheets(shareableModels(sheets, SHEETS, STAMP.builtAt));
  const xlsx = path.join(dir, example.replace(/\.json$/, ".xlsx"));
  await saveWorkbookFile(wb, xlsx, true);
  run(soffice!, [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx]);
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  const pages = Number(/^Pages:\s+(\d+)/m.exec(run("/usr/bin/pdfinfo", [pdf]))![1]);
  return Array.from({ length: pages }, (_, i) =>
    run("/usr/bin/pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"]),
  );
}

const titleOf = (m: SheetModel) => String(m.cells.find((c) => c.row === 0 && c.col === 0)!.value);
const words = (t: string) => t.split(/\s+/).filter((w) => w !== "");

describe("page setup", () => {
  it.each(EXAMPLES)("%s: prints the used range, landscape only when wide, repeating the first table's header", (example) => {
    for (const m of models(example)) {
      const p = printSetup(m);
      const lastRow = Math.max(...m.cells.map((c) => c.row));
      expect(p.printArea).toMatch(new RegExp(`^A1:[A-Z]+${lastRow + 1}$`));
      const width = Array.from(
        { length: Math.max(...m.cells.map((c) => c.col)) + 1 },
        (_, c) => m.widths[c] ?? DEFAULT_COLUMN_WIDTH,
      ).reduce((a, b) => a + b, 0);
      expect(p.landscape).toBe(width > 90);
      if (m.tables.length)
        expect(p.titleRows).toEqual([Math.min(...m.tables.map((t) => t.row)) + 1, Math.min(...m.tables.map((t) => t.row)) + 1]);
    }
  });

  it.each(EXAMPLES)("%s: every table header fits its column word by word, so it wraps and is never cut", (example) => {
    for (const m of models(example)) {
      for (const c of m.cells.filter((x) => x.style === "header")) {
        const width = m.widths[c.col] ?? DEFAULT_COLUMN_WIDTH;
        const longest = Math.max(...words(String(c.value)).map((w) => w.length));
        expect({ sheet: m.name, header: c.value, fits: longest * 1.1 <= width }).toEqual({ sheet: m.name, header: c.value, fits: true });
      }
    }
  });

  it("counts wrapped lines at word boundaries", () => {
    // width 16 holds 14 bold characters: "Regional intelligence unit" → "Regional" / "intelligence" / "unit"
    expect(wrappedLines("Regional intelligence unit", 16)).toBe(3);
    expect(wrappedLines("Cost", 16)).toBe(1);
    expect(wrappedLines("Net cost to forces", 22)).toBe(1);
  });
});

(soffice && poppler ? describe : describe.skip)("printed through LibreOffice", () => {
  it.each(EXAMPLES)("%s: each sheet starts a page, prints one page wide, and shows every header word", async (example) => {
    const sheets = models(example);
    const pages = await printed(example, sheets);
    // each sheet's title heads exactly one page, in sheet order
    const firstPages = sheets.map((m) => pages.findIndex((t) => t.trimStart().startsWith(titleOf(m))));
    expect(firstPages.every((p) => p >= 0)).toBe(true);
    expect([...firstPages].sort((a, b) => a - b)).toEqual(firstPages);
    expect(firstPages[0]).toBe(0);
    sheets.forEach((m, i) => {
      const own = pages.slice(firstPages[i], firstPages[i + 1] ?? pages.length);
      // one page wide: a sheet takes only pages down — one for each 20 rows at most (wrapped headers, charts)
      const lastRow = Math.max(...m.cells.map((c) => c.row));
      expect({ sheet: m.name, fits: own.length <= Math.ceil((lastRow + 1) / 20) }).toEqual({ sheet: m.name, fits: true });
      // the footer names the sheet on each of its pages
      for (const t of own) expect(t).toContain(m.name);
      const text = own.join("\n");
      // a hyphenated word may wrap at its hyphen ("one-" / "off"): each part must then be printed
      const shown = (w: string) => text.includes(w) || w.split("-").every((part) => text.includes(part));
      const missing = m.cells
        .filter((c) => c.style === "header")
        .flatMap((h) =>
          words(String(h.value))
            .filter((w) => !shown(w))
            .map((w) => ({ sheet: m.name, header: h.value, word: w })),
        );
      expect(missing).toEqual([]);
    });
  });
});

if (!soffice || !poppler) {
  it("LibreOffice or poppler-utils is not installed here (apt-get install libreoffice-calc-nogui poppler-utils); the printing check was skipped", () => {
    expect(soffice && poppler).toBeFalsy();
  });
}
