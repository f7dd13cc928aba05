// The force example's workbook against figures worked out by hand from the plan (examples/avon-and-somerset-2026-27.json)
// and the SPR, independently of the layout and the engine: a formula given the wrong argument cannot pass here, as it
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
