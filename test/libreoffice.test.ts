// A real spreadsheet application opens the built workbook: LibreOffice (Debian's package, headless) converts every
// sheet to CSV. It does not know the SPR functions, so what it shows are the cached values: they must be there.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCommand } from "../src/cli/build-command";
import { LIBREOFFICE_INSTALL, describeWith, installed } from "./helpers/binaries";

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

describeWith(
  SOFFICE,
  "The LibreOffice test",
  LIBREOFFICE_INSTALL,
)("LibreOffice opens the built workbook", () => {
  it.each(fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".json")))(
    "%s: every sheet opens and shows its cached figures",
    async (example) => {
      const xlsx = path.join(dir, example.replace(/\.json$/, ".xlsx"));
      const code = await buildCommand(
        [path.join(ROOT, "examples", example), "-o", xlsx],
        { out: () => undefined, err: () => undefined },
        () => new Date("2026-11-29T12:00:00Z"),
        false,
      );
      expect(code).toBe(0);
      const sheets = csvSheets(xlsx);
      for (const name of ["Summary", "Inputs", "Assumptions", "Audit"]) expect(sheets.has(name)).toBe(true);
      expect(sheets.get("Audit")).toContain("Strategic Policing Requirement, Home Office, February 2023");
      // the Summary's RAG column shows cached verdicts, not formulas or errors
      const plan = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", example), "utf8"));
      expect(/,(RED|AMBER|GREEN),/.test(sheets.get("Summary")!)).toBe(
        Boolean(plan.publicOrder || plan.armedPolicing || plan.soc || plan.forcePlans?.length),
      ); // a roll-up rates its force plans' totals
      expect(/CREDIT: in-kind exceeds share/.test(sheets.get("Section 22") ?? "")).toBe(Boolean(plan.section22));
      for (const [name, csv] of sheets)
        expect({ sheet: name, errors: csv.match(/#NAME\?|#VALUE!|#N\/A|_xldudf_/g) }).toEqual({ sheet: name, errors: null });
    },
  );
});
