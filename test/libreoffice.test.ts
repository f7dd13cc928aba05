// A real spreadsheet application without the add-in opens the built workbook: LibreOffice (Debian's package, headless)
// converts every sheet to CSV. LibreOffice's xlsx import never uses the cached results of array formulas (it
// recalculates them; LibreOffice/core sc/source/filter/oox/formulabuffer.cxx), and it cannot run the SPR functions, so
// the live workbook (written for Excel with the add-in) shows #NAME? inside its spills and its cached figures
// everywhere else. Readers without the add-in are sent the shareable copy: no error anywhere, the live build's values
// cell for cell (docs/workbook.md, "What a recipient sees").
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCommand } from "../src/cli/build-command";
import { LIBREOFFICE_INSTALL, describeWith, installed } from "./helpers/binaries";
import { Book, readBook } from "./helpers/workbook-check";
import { CellValue } from "../src/cli/evaluate";

const ROOT = path.resolve(__dirname, "..");
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"];
const soffice = installed(...SOFFICE);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-lo-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * What LibreOffice shows: the workbook opened (recalculating what LibreOffice recalculates on load) and saved again as
 * .xlsx, whose cells then hold the values LibreOffice computed or kept, read back by sheet and address.
 */
async function opened(xlsx: string): Promise<Book> {
  const out = path.join(dir, "opened");
  fs.mkdirSync(out, { recursive: true });
  const r = spawnSync(
    soffice!,
    [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", out, xlsx],
    { encoding: "utf8", timeout: 120000 },
  );
  // a load error stops the conversion: a non-zero status, or no file
  if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr}`);
  return (await readBook(path.join(out, path.basename(xlsx)))).book;
}

const ERRORS = /#NAME\?|#VALUE!|#N\/A|#REF!|#SPILL!|_xldudf_/;
const EXAMPLES = fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".json"));

async function build(example: string, out: string, ...flags: string[]): Promise<void> {
  const code = await buildCommand(
    [path.join(ROOT, "examples", example), "-o", out, ...flags],
    { out: () => undefined, err: () => undefined },
    () => new Date("2026-11-29T12:00:00Z"),
    false,
  );
  expect(code).toBe(0);
}

function colLetters(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The addresses of every cell an SPR dynamic array spills into (its anchor's stored ref), sheet by sheet. */
function spillCells(book: Book): Map<string, Set<string>> {
  return new Map(
    [...book].map(([sheet, cells]) => {
      const inside = new Set<string>();
      for (const c of cells.values()) {
        if (!c.spill || !/_xldudf_SPR_/.test(c.formula ?? "")) continue;
        const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(c.spill)!;
        for (let r = Number(m[2]); r <= Number(m[4] ?? m[2]); r++)
          for (let k = colNumber(m[1]); k <= colNumber(m[3] ?? m[1]); k++) inside.add(`${colLetters(k)}${r}`);
      }
      return [sheet, inside];
    }),
  );
}

/** Whether LibreOffice shows the value the build cached (numbers to 1e-9 relative; blank text and no value alike). */
function shows(value: CellValue | null, cached: CellValue | null): boolean {
  const blank = (v: CellValue | null) => (v === "" ? null : v);
  if (typeof cached === "number" && typeof value === "number") return Math.abs(value - cached) <= 1e-9 * Math.max(1, Math.abs(cached));
  return blank(value) === blank(cached);
}

/** Every cell of the workbook as LibreOffice shows it against the value the build cached, by sheet and address. */
async function compare(xlsx: string, book: Book, skip: (sheet: string, at: string) => boolean) {
  const lo = await opened(xlsx);
  const wrong: { sheet: string; at: string; shown: CellValue | null; cached: CellValue | null }[] = [];
  const errors: { sheet: string; at: string }[] = [];
  expect([...lo.keys()].sort()).toEqual([...book.keys()].sort());
  for (const [sheet, shownCells] of lo) {
    const cells = book.get(sheet)!;
    for (const at of new Set([...cells.keys(), ...shownCells.keys()])) {
      const shown = shownCells.get(at)?.value ?? null;
      if (ERRORS.test(String(shown))) errors.push({ sheet, at });
      if (skip(sheet, at)) continue;
      const cached = cells.get(at)?.value ?? null;
      if (!shows(shown, cached)) wrong.push({ sheet, at, shown, cached });
    }
  }
  return { wrong, errors };
}

describeWith(
  SOFFICE,
  "The LibreOffice test",
  LIBREOFFICE_INSTALL,
)("LibreOffice (a reader without the add-in) opens the built workbook", () => {
  it.each(EXAMPLES)(
    "%s, live workbook: opens, shows every cached figure outside the SPR spills, and its only error cells lie in SPR spills",
    async (example) => {
      const xlsx = path.join(dir, example.replace(/\.json$/, ".xlsx"));
      await build(example, xlsx);
      const { book } = await readBook(xlsx);
      const spills = spillCells(book);
      const { wrong, errors } = await compare(xlsx, book, (sheet, at) => spills.get(sheet)!.has(at));
      expect(wrong).toEqual([]);
      expect(errors.filter((e) => !spills.get(e.sheet)!.has(e.at))).toEqual([]);
      // two-sided: if a LibreOffice kept the arrays' cached values, the errors would go and docs/workbook.md should say so
      expect(errors.length > 0).toBe([...spills.values()].some((s) => s.size > 0));
    },
  );

  it.each(EXAMPLES)("%s, shareable copy: opens with no error cell and the live build's values, cell for cell", async (example) => {
    const live = path.join(dir, example.replace(/\.json$/, "-live.xlsx"));
    const shared = path.join(dir, example.replace(/\.json$/, "-shared.xlsx"));
    await build(example, live);
    await build(example, shared, "--shareable");
    const { book } = await readBook(live);
    // the subtitle of each sheet but the Audit carries the banner; every other cell is the live build's
    const { wrong, errors } = await compare(shared, book, (sheet, at) => at === "A2" && sheet !== "Audit");
    expect(errors).toEqual([]);
    expect(wrong).toEqual([]);
  });
});
