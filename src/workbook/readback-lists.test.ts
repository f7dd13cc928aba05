// Property: whatever events a plan holds, and whichever rows a user deletes from the events table or types below it,
// the plan read back holds exactly the events the sheet shows (src/workbook/readback.ts over the in-memory workbook).
import fc from "fast-check";
import { PlanEvent } from "../plan/plan";
import { readPlan } from "../plan/validate";
import { layoutWorkbook } from "./build";
import { MemoryCellReader } from "./cells";
import { MemoryWorkbook } from "./memory-adapter";
import { readPlanBack } from "./readback";

const STAMP = { builtAt: "2026-11-29T12:00:00.000Z", planDigest: "0".repeat(64), planSource: "test" };
const START = Date.UTC(2026, 3, 1); // 1 April 2026, the start of the plan's financial year

/** An event starting some minutes into the year and lasting a few hours, its times as the plan writes them. */
const event: fc.Arbitrary<PlanEvent> = fc
  .record({
    name: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,29}$/),
    from: fc.integer({ min: 0, max: 364 * 24 * 60 }),
    minutes: fc.integer({ min: 1, max: 72 * 60 }),
    attendance: fc.integer({ min: 0, max: 500_000 }),
    risk: fc.constantFrom("low" as const, "medium" as const, "high" as const),
  })
  .map(({ name, from, minutes, attendance, risk }) => {
    const iso = (m: number) => new Date(START + m * 60_000).toISOString().slice(0, 16);
    return { name, start: iso(from), end: iso(from + minutes), attendance, risk };
  });

/** Excel's serial number for a plan's date and time (days since 30 December 1899; 25,569 is 1 January 1970). */
const serial = (iso: string) => Date.parse(`${iso}:00Z`) / 86_400_000 + 25_569;

/** The workbook built from a force's plan holding these events (and the trained officers a public order plan needs). */
async function eventsWorkbook(events: PlanEvent[]): Promise<MemoryWorkbook> {
  const plan = readPlan(
    JSON.stringify({
      planVersion: 1,
      organisation: { kind: "force", name: "Dorset" },
      financialYear: "2026/27",
      publicOrder: { events, trained: { PSU: [4, 12, 70, 12] } },
    }),
  );
  const wb = new MemoryWorkbook();
  await wb.writeSheets(layoutWorkbook(plan, STAMP).models);
  return wb;
}

describe("the events table read back", () => {
  it("holds the events the sheet shows after rows are deleted from it or typed below it", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(event, { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.array(event, { maxLength: 3 }),
        async (events, deleted, typed) => {
          const wb = await eventsWorkbook(events);
          const sheet = wb.model("Public order")!;
          const first = sheet.cells.find((c) => c.col === 0 && c.value === "Event")!.row + 1;
          // delete rows from the bottom up, as a user deletes whole rows (everything below moves up)
          for (let i = events.length - 1; i >= 0; i--)
            if (deleted[i])
              sheet.cells = sheet.cells.filter((c) => c.row !== first + i).map((c) => (c.row > first + i ? { ...c, row: c.row - 1 } : c));
          const kept = events.filter((_, i) => !deleted[i]);
          // new events typed on the rows below the last, the rows below them moved down first (inserted rows)
          const below = first + kept.length;
          sheet.cells = sheet.cells.map((c) => (c.row >= below ? { ...c, row: c.row + typed.length } : c));
          typed.forEach((e, i) =>
            [e.name, serial(e.start), serial(e.end), e.attendance, e.risk].forEach((value, col) =>
              sheet.cells.push({ row: below + i, col, value }),
            ),
          );
          const read = await readPlanBack(new MemoryCellReader(wb));
          if (!read.ok) throw new Error(JSON.stringify(read.problems));
          expect(read.plan.publicOrder!.events).toEqual([...kept, ...typed]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("says why a plan too long for the Audit sheet's cell cannot be read back", async () => {
    // 400 events of about 110 characters each: some 44,000 characters of JSON, past the 32,767 an Excel cell holds
    const events = Array.from({ length: 400 }, (_, i): PlanEvent => ({
      name: `Event number ${i + 1} of the strategic risk assessment`,
      start: "2026-06-01T10:00",
      end: "2026-06-01T12:00",
      attendance: 1000,
      risk: "low",
    }));
    const wb = await eventsWorkbook(events);
    expect(await readPlanBack(new MemoryCellReader(wb))).toEqual({
      ok: false,
      problems: [
        {
          message:
            'the workbook could not keep its plan to read back: its Audit sheet\'s "Plan (JSON)" was more than an Excel cell holds (32,767 characters); read the plan file it was built from instead',
        },
      ],
    });
  });
});
