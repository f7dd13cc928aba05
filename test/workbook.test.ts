// `spr build` on each example plan: the workbook has every sheet, every formula is stored as Excel stores a custom
// function (_xldudf_SPR_…), and every formula cell's cached value is what the engine computes for the same inputs.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { buildCommand } from "../src/cli/build-command";
import { freshRegistry } from "./helpers/registry";
import { readBook, recompute, Book } from "./helpers/workbook-check";

const ROOT = path.resolve(__dirname, "..");
const EXAMPLES = fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".json"));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-build-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function assumptionValueIn(book: Book, key: string): number {
  const sheet = book.get("Assumptions")!;
  const cell = [...sheet.values()].find((c) => c.value === key)!;
  return Number(sheet.get(`B${cell.address.slice(1)}`)!.value);
}

async function build(plan: string, out: string, ...flags: string[]) {
  const lines: string[] = [];
  const code = await buildCommand(
    [plan, "-o", out, ...flags],
    { out: (s) => lines.push(s), err: (s) => lines.push(s) },
    () => new Date("2026-11-29T12:00:00Z"),
    false,
  );
  return { code, text: lines.join("\n") };
}

describe.each(EXAMPLES)("the example plan %s", (example) => {
  const out = path.join(dir, example.replace(/\.json$/, ".xlsx"));
  let book: Book;
  const plan = () => JSON.parse(fs.readFileSync(path.join(ROOT, "examples", example), "utf8"));

  beforeAll(async () => {
    const r = await build(path.join(ROOT, "examples", example), out);
    if (r.code !== 0) throw new Error(r.text);
    book = (await readBook(out)).book;
  });

  it("has the Summary, Inputs, Assumptions and Audit sheets, each titled with the organisation and year", () => {
    const plan = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", example), "utf8"));
    for (const name of ["Summary", "Inputs", "Assumptions", "Audit"]) {
      const sheet = book.get(name)!;
      expect(sheet).toBeDefined();
      expect(String(sheet.get("A2")?.value)).toContain(plan.financialYear);
      expect(String(sheet.get("A2")?.value)).toContain(plan.organisation.name);
    }
  });

  it("caches in every formula cell the value the engine computes through spr eval's code path", async () => {
    const registry = await freshRegistry();
    let checked = 0;
    for (const cells of book.values()) {
      for (const c of cells.values()) {
        if (!c.formula) continue;
        const fresh = await recompute(c.formula, book, registry);
        // a blank result is cached as empty text; the library reads it back as nothing
        const blank = (v: unknown) => (v === null ? "" : v);
        expect({ cell: `${c.sheet}!${c.address}`, value: blank(c.value) }).toEqual({
          cell: `${c.sheet}!${c.address}`,
          value: blank(fresh),
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("asks no full recalculation on open, so a reader without the add-in keeps the cached figures (calcPr)", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    expect(wb).not.toMatch(/fullCalcOnLoad/);
    expect(wb.match(/<calcPr\b[^>]*\/>/g)).toEqual(['<calcPr calcId="191029"/>']);
  });

  it("stores custom functions as Excel does (_xldudf_SPR_…), never in user syntax", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    let udfs = 0;
    for (const f of sheets) {
      const xml = await zip.file(f)!.async("string");
      const formulas = [...xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]);
      for (const formula of formulas) {
        expect(formula).not.toMatch(/(^|[^_])SPR\./);
        udfs += (formula.match(/_xldudf_SPR_[A-Z0-9]+\(/g) ?? []).length;
      }
    }
    expect(udfs).toBeGreaterThan(0);
  });

  it("gives RAG verdicts on the Summary that agree with the numbers", () => {
    // a region's Summary lists its member forces' contributions: no requirement, so no RAG (test/region-workbook.test.ts)
    if (!(plan().publicOrder || plan().armedPolicing || plan().soc)) return;
    const summary = book.get("Summary")!;
    // the Summary always lists the amber margin it used on the Assumptions sheet
    const margin = assumptionValueIn(book, "RAG_AMBER_MARGIN");
    let rows = 0;
    for (let r = 5; summary.get(`F${r}`); r++) {
      const required = Number(summary.get(`C${r}`)!.value);
      const available = Number(summary.get(`D${r}`)!.value);
      const expected = available < required ? "RED" : available - required < margin * required ? "AMBER" : "GREEN";
      expect(summary.get(`F${r}`)!.value).toBe(expected);
      expect(summary.get(`E${r}`)!.value).toBeCloseTo(required - available, 9);
      rows++;
    }
    // a requirement row for each requirement section the plan has, none for a plan without one
    expect(rows > 0).toBe(Boolean(plan().publicOrder || plan().armedPolicing || plan().soc));
  });

  if (!plan().section22) {
    it("has no Section 22 sheet, as the plan has no section22", () => {
      expect(book.has("Section 22")).toBe(false);
    });
  } else
    it("adds up the Section 22 table exactly, to the penny, by line and by force", () => {
      const s22 = plan().section22;
      const sheet = book.get("Section 22")!;
      const pence = (v: unknown) => Math.round(Number(v) * 100);
      // the contribution table is the last table headed "Force" in column A
      const headers = [...sheet.values()]
        .filter((c) => c.value === "Force" && /^A\d+$/.test(c.address))
        .map((c) => Number(c.address.slice(1)));
      const top = Math.max(...headers) + 1;
      const n = s22.forces.length;
      const lines = s22.lines.length;
      const col = (k: number) => String.fromCharCode(66 + k); // B, C, …
      const netByLine = s22.lines.map((_: unknown, i: number) => pence(sheet.get(`D${7 + i}`)!.value));
      const grants = (s22.grants ?? []).reduce((a: number, g: { amount: number }) => a + pence(g.amount), 0);
      const gross = s22.lines.reduce((a: number, l: { cost: number }) => a + pence(l.cost), 0);
      expect(netByLine.reduce((a: number, b: number) => a + b, 0)).toBe(gross - grants);
      for (let k = 0; k < lines; k++) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += pence(sheet.get(`${col(k)}${top + i}`)!.value);
        expect(sum).toBe(netByLine[k]);
      }
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let k = 0; k < lines; k++) sum += pence(sheet.get(`${col(k)}${top + i}`)!.value);
        const total = pence(sheet.get(`${col(lines)}${top + i}`)!.value);
        const inKind = pence(sheet.get(`${col(lines + 1)}${top + i}`)!.value);
        const cash = pence(sheet.get(`${col(lines + 2)}${top + i}`)!.value);
        expect(sum).toBe(total);
        expect(total - inKind).toBe(cash);
        // a credit is flagged exactly when the force's in-kind secondments exceed its share
        expect(String(sheet.get(`${col(lines + 3)}${top + i}`)?.value ?? "").startsWith("CREDIT")).toBe(cash < 0);
      }
    });

  it("records the add-in version, SPR edition, plan digest and build time on the Audit sheet", () => {
    const audit = book.get("Audit")!;
    const text = [...audit.values()].map((c) => String(c.value)).join("\n");
    expect(text).toMatch(/SPR Planner \d+\.\d+\.\d+/);
    expect(text).toContain("Strategic Policing Requirement, Home Office, February 2023");
    expect(text).toMatch(/[0-9a-f]{64}/);
    expect(text).toContain("2026-11-29T12:00:00.000Z");
  });
});

describe("spr build safety", () => {
  it("refuses to overwrite an existing file without --force, and replaces it with --force", async () => {
    const plan = path.join(ROOT, "examples", EXAMPLES[0]);
    const out = path.join(dir, "exists.xlsx");
    fs.writeFileSync(out, "a user's file");
    const r = await build(plan, out);
    expect(r.code).toBe(2);
    expect(r.text).toMatch(/already exists; add --force/);
    expect(fs.readFileSync(out, "utf8")).toBe("a user's file");
    expect((await build(plan, out, "--force")).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
