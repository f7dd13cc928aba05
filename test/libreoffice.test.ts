// A real spreadsheet application opens the built workbook: LibreOffice (Debian's package, headless) converts every
// sheet to CSV. It does not know the SPR functions, so what it shows are the cached values: they must be there.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCommand, readPlanFile } from "../src/cli/build-command";
import { LIBREOFFICE_INSTALL, describeWith, installed } from "./helpers/binaries";
import { layoutWorkbook } from "../src/workbook/build";

const ROOT = path.resolve(__dirname, "..");
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"];
const soffice = installed(...SOFFICE);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-lo-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function csvSheets(xlsx: string): Map<string, string> {
  const out = path.join(dir, "csv");
  fs.mkdirSync(out, { recursive: true });
  const r = spawnSync(
    soffice!,
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      xlsx,
    ],
    { encoding: "utf8", timeout: 120000 },
  );
  if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr}`);
  const base = path.basename(xlsx, ".xlsx");
  const sheets = new Map<string, string>();
  for (const f of fs.readdirSync(out))
    if (f.startsWith(base + "-")) sheets.set(f.slice(base.length + 1, -4), fs.readFileSync(path.join(out, f), "utf8"));
  return sheets;
}

/** A CSV text as rows of fields (quoted fields may hold commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== "\r") field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

const ERRORS = /#NAME\?|#VALUE!|#N\/A|_xldudf_/;
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

describeWith(
  SOFFICE,
  "The LibreOffice test",
  LIBREOFFICE_INSTALL,
)("LibreOffice opens the built workbook", () => {
  it.each(EXAMPLES)("%s, shareable copy: every sheet opens and shows its figures, with no error anywhere", async (example) => {
    const xlsx = path.join(dir, example.replace(/\.json$/, "-shared.xlsx"));
    await build(example, xlsx, "--shareable");
    const sheets = csvSheets(xlsx);
    for (const name of ["Summary", "Inputs", "Assumptions", "Audit"]) expect(sheets.has(name)).toBe(true);
    expect(sheets.get("Audit")).toContain("Strategic Policing Requirement, Home Office, February 2023");
    const plan = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", example), "utf8"));
    expect(/,(RED|AMBER|GREEN),/.test(sheets.get("Summary")!)).toBe(
      Boolean(plan.publicOrder || plan.armedPolicing || plan.soc || plan.forcePlans?.length),
    );
    expect(/CREDIT: in-kind exceeds share/.test(sheets.get("Section 22") ?? "")).toBe(Boolean(plan.section22));
    for (const [name, csv] of sheets)
      expect({ sheet: name, errors: csv.match(new RegExp(ERRORS, "g")) }).toEqual({ sheet: name, errors: null });
  });

  it.each(EXAMPLES)(
    "%s, live workbook: every cell outside a dynamic array shows its cached figure; LibreOffice recalculates the arrays",
    async (example) => {
      const xlsx = path.join(dir, example.replace(/\.json$/, ".xlsx"));
      await build(example, xlsx);
      const sheets = csvSheets(xlsx);
      const plan = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", example), "utf8"));
      // the cells each dynamic array fills, from the layout the file was written from
      const read = readPlanFile(path.join(ROOT, "examples", example));
      const { models } = layoutWorkbook(read.plan, { builtAt: "", planDigest: "", planSource: "" }, undefined, undefined, read.forcePlans);
      const inSpill = new Map(
        models.map((m) => [m.name, new Set(m.cells.filter((c) => c.spill || c.spilledFrom).map((c) => `${c.row},${c.col}`))]),
      );
      expect(/,(RED|AMBER|GREEN),/.test(sheets.get("Summary")!)).toBe(
        Boolean(plan.publicOrder || plan.armedPolicing || plan.soc || plan.forcePlans?.length),
      );
      let spillErrors = 0;
      for (const [name, csv] of sheets) {
        parseCsv(csv).forEach((row, r) =>
          row.forEach((v, c) => {
            if (!ERRORS.test(v)) return;
            // LibreOffice (7.4) ignores the cached results of array formulas and recalculates them on open: not knowing
            // the SPR functions, it shows #NAME? there, and only there
            expect({ sheet: name, cell: `${r},${c}`, inSpill: inSpill.get(name)?.has(`${r},${c}`) ?? false }).toEqual({
              sheet: name,
              cell: `${r},${c}`,
              inSpill: true,
            });
            spillErrors++;
          }),
        );
      }
      // two-sided: a LibreOffice that keeps the arrays' cached values would show none (then docs/workbook.md should say so)
      expect(spillErrors > 0).toBe(models.some((m) => m.cells.some((c) => c.spill)));
    },
  );
});
