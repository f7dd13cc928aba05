// The examples' workbooks against figures worked out by hand from the plans (the force example, the region's Section 22
// and the roll-up over two force plans) and the SPR, independently of the layout and the engine: a formula given the wrong argument cannot pass here, as it
// could when the cached value and the recomputed one come from the same formula.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCommand } from "../src/cli/build-command";
import { findAssumption } from "../src/core/assumptions/registry";
import { readBook, Book } from "./helpers/workbook-check";

const ROOT = path.resolve(__dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-figures-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let book: Book;

beforeAll(async () => {
  const out = path.join(dir, "avon.xlsx");
  const code = await buildCommand(
    [path.join(ROOT, "examples", "avon-and-somerset-2026-27.json"), "-o", out],
    { out: () => undefined, err: () => undefined },
    () => new Date("2026-11-29T12:00:00Z"),
    false,
  );
  expect(code).toBe(0);
  book = (await readBook(out)).book;
});

/**
 * The value in `col` of the first row of a sheet whose column A reads `label` (exactly, else as its start), below the
 * row labelled `below` when given.
 */
function valueBy(sheet: string, label: string, col = "B", below?: string): unknown {
  const cells = book.get(sheet)!;
  const inA = [...cells.values()]
    .filter((c) => /^A\d+$/.test(c.address))
    .sort((x, y) => Number(x.address.slice(1)) - Number(y.address.slice(1)));
  const from = below ? Number(inA.find((c) => String(c.value).startsWith(below))!.address.slice(1)) : 0;
  const after = inA.filter((c) => Number(c.address.slice(1)) > from);
  const a = after.find((c) => c.value === label) ?? after.find((c) => String(c.value).startsWith(label));
  if (!a) throw new Error(`no row "${label}" on ${sheet}`);
  return cells.get(`${col}${a.address.slice(1)}`)?.value;
}

// an assumption as the workbook's Assumptions sheet holds it, or the registry's value where no formula shows it
const assumption = (key: string) =>
  book.get("Assumptions") && [...book.get("Assumptions")!.values()].some((c) => c.value === key)
    ? Number(valueBy("Assumptions", key))
    : findAssumption(key).value;

describe("the force example, worked by hand", () => {
  it("public order: PSUs per event, the peak, the requirement and what the trained officers field", () => {
    // attendance ÷ people per PSU at the event's risk, rounded up: 210,000/10,000; 25,000/2,500; 8,000/2,500; 60,000/20,000; 40,000/20,000
    const events = [
      "Glastonbury Festival",
      "Bristol City v Bristol Rovers",
      "Bristol protest march",
      "Bath Christmas Market",
      "Weston-super-Mare",
    ];
    expect(events.map((e) => valueBy("Public order", e, "F"))).toEqual([21, 10, 4, 3, 2]);
    // the protest (27 June) falls inside Glastonbury (24–29 June): 21 + 4 at once; nothing else overlaps
    expect(valueBy("Public order", "Most PSUs needed at any one moment")).toBe(25);
    // policy "max": the larger of the national share (7) and the local peak (25), paragraph 119–120
    expect(valueBy("Public order", "PSUs the force must be able to field")).toBe(25);
    // a PSU is 1 inspector, 3 sergeants, 18 constables and 3 drivers (paragraph 122a); the scarcest role limits
    const perPost = assumption("TRAINED_PER_POST");
    const fieldable = Math.min(
      ...[
        [9, 1],
        [26, 3],
        [150, 18],
        [24, 3],
      ].map(([have, per]) => Math.floor(have / (per * perPost))),
    );
    expect(valueBy("Public order", "PSUs the trained officers can field")).toBe(fieldable);
    // staffing 25 PSUs by role: 25, 75, 450, 75 trained officers required
    expect(
      ["Inspectors", "Sergeants", "Constables (level 2)", "Drivers"].map((r) => valueBy("Public order", r, "C", "PSU staffing")),
    ).toEqual([25 * perPost, 75 * perPost, 450 * perPost, 75 * perPost]);
    expect(valueBy("Summary", "Public order", "E")).toBe(25 - fieldable);
  });

  it("armed policing: ARVs on duty from Erlang C, never below the coverage minimum, and the AFOs behind them", () => {
    // load = 950 × 150 min ÷ 525,600 min × 1.5 ARVs × 1.4 peak = 0.5694 erlangs; Erlang C wait chance ≤ 0.05 first at
    // 3 servers (2: 0.126, 3: 0.021)
    expect(valueBy("Armed policing", "ARVs the queueing model needs")).toBe(3);
    // coverage: ceil(0.8 × 4,800 km² ÷ π r²), r = speed × 30 min ÷ 60 ÷ detour (the plan gives neither: assumptions)
    const r = (assumption("ARV_RESPONSE_SPEED_KMH") * 30) / 60 / assumption("ARV_DETOUR_FACTOR");
    const cover = Math.ceil((0.8 * 4800) / (Math.PI * r * r));
    expect(valueBy("Armed policing", "ARVs the coverage minimum needs")).toBe(cover);
    expect(cover).toBe(4);
    expect(valueBy("Armed policing", "Which sets the ARVs on duty")).toBe("coverage");
    expect(valueBy("Armed policing", "ARVs that must be on duty")).toBe(4);
    const hours = Number(valueBy("Armed policing", "Productive hours per officer a year"));
    // 4 ARVs × 2 crew × (hours a 24/7 post needs ÷ productive hours)
    const needed = (4 * 2 * assumption("HOURS_24_7_POST")) / hours;
    expect(valueBy("Armed policing", "ARV officers needed to keep them crewed")).toBeCloseTo(needed, 9);
    // 130 on the establishment less 58 specialist, 16 advisers and commanders, 12 instructors
    expect(valueBy("Armed policing", "AFOs in ARV roles")).toBe(44);
    const deployable = 44 * assumption("AFO_DEPLOYABLE_RATE");
    expect(valueBy("Armed policing", "Deployable ARV officers available")).toBeCloseTo(deployable, 9);
    expect(valueBy("Armed policing", "Shortfall in deployable ARV officers")).toBeCloseTo(needed - deployable, 9);
  });

  it("SOC: force and ROCU FTE from the bands, other workloads, and LROs", () => {
    const p = Number(valueBy("SOC", "Productive hours per officer a year"));
    const hours = [1, 2, 3, 4].map((b) => Number(valueBy("SOC", `Band ${b}`, "C")));
    const ocgs = [4, 11, 23, 31];
    const share = [0.3, 0.6, 0.9, 1];
    // Σ OCGs × hours × share ÷ productive hours; the ROCU takes the rest of the work
    const force = ocgs.reduce((a, n, i) => a + n * hours[i] * share[i], 0) / p;
    const rocu = ocgs.reduce((a, n, i) => a + n * hours[i] * (1 - share[i]), 0) / p;
    const cells = book.get("SOC")!;
    const split = [...cells.values()].find((c) => c.value === "Force FTE")!;
    const r = Number(split.address.slice(1)) + 1;
    expect(cells.get(`A${r}`)!.value).toBeCloseTo(force, 9);
    expect(cells.get(`B${r}`)!.value).toBeCloseTo(rocu, 9);
    expect(cells.get(`C${r}`)!.value).toBeCloseTo(force + rocu, 9);
    expect(valueBy("SOC", "Fraud disseminations (NFIB)", "D")).toBeCloseTo((1400 * assumption("FRAUD_DISSEMINATION_HOURS")) / p, 9);
    expect(valueBy("SOC", "Mapped OCGs")).toBe(69);
    // paragraph 74.4: an LRO for every mapped OCG, each holding OCGS_PER_LRO
    expect(valueBy("SOC", "Lead Responsible Officers needed")).toBe(Math.ceil(69 / assumption("OCGS_PER_LRO")));
  });
});

/** An example's workbook, built as `spr build` builds it, read back. */
async function builtBook(example: string): Promise<Book> {
  const out = path.join(dir, example.replace(/\.json$/, ".xlsx"));
  const code = await buildCommand(
    [path.join(ROOT, "examples", example), "-o", out],
    { out: () => undefined, err: () => undefined },
    () => new Date("2026-11-29T12:00:00Z"),
    false,
  );
  expect(code).toBe(0);
  return (await readBook(out)).book;
}

/** The first row of a sheet whose column A reads `label` (below the row starting `below`), its values from column A. */
function rowOf(b: Book, sheet: string, label: string, below?: string): unknown[] {
  const cells = b.get(sheet)!;
  const inA = [...cells.values()]
    .filter((c) => /^A\d+$/.test(c.address))
    .sort((x, y) => Number(x.address.slice(1)) - Number(y.address.slice(1)));
  const from = below ? Number(inA.find((c) => String(c.value).startsWith(below))!.address.slice(1)) : 0;
  const a = inA.find((c) => Number(c.address.slice(1)) > from && c.value === label);
  if (!a) throw new Error(`no row "${label}" on ${sheet}`);
  const r = a.address.slice(1);
  return [...cells.values()]
    .filter((c) => c.address.replace(/^[A-Z]+/, "") === r)
    .sort((x, y) => x.address.length - y.address.length || x.address.localeCompare(y.address))
    .map((c) => c.value);
}

describe("the region example (SWROCU's Section 22), worked by hand", () => {
  let region: Book;
  beforeAll(async () => (region = await builtBook("swrocu-2026-27.json")));

  it("shares the net budget: a fifth of 20% equally, 80% by officer FTE, each force to the penny, adding up exactly", () => {
    // lines £15,490,000.75 less grants £3,820,000 = £11,670,000.75 to share
    const net = 15_490_000.75 - 3_820_000;
    const weights = [2676.09, 2999.74, 1223.24, 1073.00185, 992.1];
    const total = weights.reduce((a, b) => a + b, 0);
    const forces = ["Avon & Somerset", "Devon & Cornwall", "Dorset", "Gloucestershire", "Wiltshire"];
    const inKind = [1_450_000, 1_310_000, 520_000, 2_100_000, 415_000];
    const totals = forces.map((f) => rowOf(region, "Section 22", f, "Contributions by force and line"));
    forces.forEach((_, i) => {
      const byHand = (0.2 * net) / 5 + (0.8 * net * weights[i]) / total;
      const [, ...figures] = totals[i] as number[];
      const share = figures[7];
      // each of the seven lines is rounded to the penny, so the force's total is within a few pence of the exact share
      expect(Math.abs(share - byHand)).toBeLessThan(0.05);
      expect(figures[8]).toBe(inKind[i]);
      // cash due: the share less the secondments in kind (Gloucestershire's exceed its share: a credit)
      expect(Math.abs(figures[9] - (share - inKind[i]))).toBeLessThan(0.005);
    });
    expect(totals[3][11]).toBe("CREDIT: in-kind exceeds share");
    // the lines add up to the net budget to the penny
    const sumPence = totals.reduce((a, r) => a + Math.round((r[8] as number) * 100), 0);
    expect(sumPence).toBe(Math.round(net * 100));
    // the grant applied to a line is its share of the grants pro rata to cost: £3,820,000 × 2,450,000 ÷ 15,490,000.75
    expect(rowOf(region, "Section 22", "Regional intelligence unit")[2]).toBe(
      Math.round(((3_820_000 * 2_450_000) / 15_490_000.75) * 100) / 100,
    );
  });
});

describe("the roll-up example (SWROCU over two force plans), worked by hand", () => {
  let rollUp: Book;
  beforeAll(async () => (rollUp = await builtBook("swrocu-forces-2026-27.json")));

  it("puts the force plans' events on one calendar: the combined peak, what the forces field together, and when they fall short", () => {
    const measure = (label: string) => rowOf(rollUp, "Forces", label)[1];
    // 27 June, 11:00–17:00: Glastonbury (21 PSUs), the Bristol protest march (4) and the Weymouth beach weekend (3)
    expect(measure("Most PSUs the forces' events need at any one moment")).toBe(21 + 4 + 3);
    // the two force plans' PSUs able to be fielded: Avon & Somerset 8, Dorset 3
    expect(measure("PSUs the forces with a plan can field together")).toBe(8 + 3);
    const summary = rowOf(rollUp, "Summary", "Mutual aid");
    expect(summary.slice(2, 6)).toEqual([28, 11, 28 - 11, "RED"]);
  });
});
