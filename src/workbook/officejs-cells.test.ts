// The cell reader over Office.js, against office-addin-mock: a property read before load() and sync() comes back as
// the mock's error text instead of a value, so these tests fail if the reader skips a load or reads before a sync.
import { OfficeMockObject } from "office-addin-mock";
import { MissingSheetError } from "./cells";
import { OfficeJsCells } from "./officejs-cells";

function excel(active: string) {
  const state = { syncs: 0, missing: "" };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        active: { address: active },
        getActiveCell() {
          return this.active;
        },
        worksheets: {
          Summary: {
            r4_0_1_6: {
              formulas: [["Area", "PSUs", 12, 10, "=SPR.GAP(C5,D5)", "=SPR.RAG(C5,D5,Assumptions!$B$5)"]],
              values: [["Area", "PSUs", 12, 10, 2, "RED"]],
            },
            getRangeByIndexes(this: Record<string, unknown>, row: number, col: number, rows: number, cols: number): unknown {
              return this[`r${row}_${col}_${rows}_${cols}`];
            },
          },
          // as in Office.js, asking for a missing sheet fails only when the batch is synced
          nowhere: {
            r0_0_1_1: { formulas: [[""]], values: [[""]] },
            getRangeByIndexes() {
              return this.r0_0_1_1;
            },
          },
          getItem(this: Record<string, unknown>, name: string): unknown {
            if (this[name]) return this[name];
            state.missing = name;
            return this.nowhere;
          },
        },
      },
    },
  });
  const ctx = {
    workbook: (mock as unknown as { context: { workbook: unknown } }).context.workbook,
    sync: async () => {
      state.syncs++;
      if (state.missing) throw Object.assign(new Error(`ItemNotFound: ${state.missing}`), { code: "ItemNotFound" });
      await mock.sync();
    },
  };
  // the mock stands in for Excel's request context
  const run = async <T>(batch: (c: Excel.RequestContext) => Promise<T>): Promise<T> => batch(ctx as unknown as Excel.RequestContext);
  return { state, run };
}

describe("reading cells through Office.js (office-addin-mock)", () => {
  it("reads the active cell's sheet and position after one sync", async () => {
    const { run, state } = excel("'Public order'!F5");
    expect(await new OfficeJsCells(run).selectedCell()).toEqual({ sheet: "Public order", row: 4, col: 5 });
    expect(state.syncs).toBe(1);
  });

  it("reads formulas and values of a block, keeping formulas only where there is one", async () => {
    const { run, state } = excel("Summary!F5");
    const [b] = await new OfficeJsCells(run).readBlocks([{ sheet: "Summary", row: 4, col: 0, rows: 1, cols: 6 }]);
    expect(b.formulas).toEqual([[null, null, null, null, "=SPR.GAP(C5,D5)", "=SPR.RAG(C5,D5,Assumptions!$B$5)"]]);
    expect(b.values).toEqual([["Area", "PSUs", 12, 10, 2, "RED"]]);
    expect(state.syncs).toBe(1);
  });

  it("names a missing sheet", async () => {
    const { run } = excel("Summary!F5");
    await expect(new OfficeJsCells(run).readBlocks([{ sheet: "Nowhere", row: 0, col: 0, rows: 1, cols: 1 }])).rejects.toThrow(
      MissingSheetError,
    );
  });
});
