// Every registered function, in a real browser: the task pane page (served by the real dev server, office.js from
// the npm package) registers the functions bundle with office.js's CustomFunctions.associate, exactly as Excel's
// shared runtime does. Each worked example of the function reference is called there, through office.js's own
// registry, and must give the same answer as `spr eval` in Node; odd arguments must still give a clear Excel error.
// Every request the page makes is recorded: none may leave localhost.
import { Page } from "playwright-core";
import { Arg, Call, isCall, parseFormula } from "../../src/cli/formula";
import { evaluateCall, Outcome } from "../../src/cli/evaluate";
import { Registry } from "../../src/cli/registry";
import { FUNCTION_NOTES } from "../../src/docs/notes";
import { PaneSession, describeWithChromium, offMachine, openTaskpane } from "../helpers/browser";
import { freshRegistry } from "../helpers/registry";

const PORT = 3000 + 1700 + (process.pid % 800);

/** The arguments Excel would hand the function: nested calls evaluated, shapes as the metadata declares. */
async function excelArguments(call: Call, registry: Registry): Promise<unknown[] | null> {
  const params = registry.metadata.get(call.name)!.parameters;
  const out: unknown[] = [];
  for (let i = 0; i < params.length; i++) {
    let v: unknown = (call.args[i] ?? null) as Arg;
    if (isCall(v as Arg)) {
      const inner = await evaluateCall(v as Call, registry);
      if ("error" in inner) return null;
      v = inner.value;
    }
    const matrix = params[i].dimensionality === "matrix";
    if (v !== null && matrix && !Array.isArray(v)) v = [[v]];
    if (v !== null && !matrix && Array.isArray(v)) {
      if (v.length === 1 && v[0].length === 1) v = v[0][0];
      else return null; // Excel would lift this call over the range: compared through spr eval's own tests
    }
    out.push(v);
  }
  return out;
}

async function callInPage(page: Page, id: string, args: unknown[]): Promise<Outcome> {
  return page.evaluate(
    ({ id, args }) => {
      const mappings = (
        window as unknown as { CustomFunctions: { _association: { mappings: Record<string, (...a: unknown[]) => unknown> } } }
      ).CustomFunctions._association.mappings;
      const fn = mappings[id];
      if (!fn) return { error: "#NAME?", message: `not registered: ${id}` };
      try {
        return { value: fn(...args) } as never;
      } catch (e) {
        const err = e as { code?: string; message?: string };
        return { error: String(err.code ?? "unhandled"), message: String(err.message ?? e) };
      }
    },
    { id, args },
  );
}

const run = describeWithChromium("Browser test of every function");

run("every SPR function in Chromium, registered through office.js", () => {
  let pane: PaneSession;
  let page: Page;
  let registry: Registry;

  beforeAll(async () => {
    registry = await freshRegistry();
    pane = await openTaskpane(PORT);
    page = pane.page;
    await page.waitForFunction(
      () =>
        Object.keys(
          (window as unknown as { CustomFunctions?: { _association?: { mappings: object } } }).CustomFunctions?._association?.mappings ??
            {},
        ).length > 0,
    );
  }, 150000);

  afterAll(async () => {
    await pane?.close();
  });

  it("registers every function in the metadata, once, under its id", async () => {
    const ids = await page.evaluate(() =>
      Object.keys(
        (window as unknown as { CustomFunctions: { _association: { mappings: object } } }).CustomFunctions._association.mappings,
      ).sort(),
    );
    expect(ids).toEqual([...registry.metadata.keys()].sort());
  });

  it("gives the same answer as spr eval for every worked example in the function reference", async () => {
    let compared = 0;
    for (const [id, note] of Object.entries(FUNCTION_NOTES)) {
      for (const ex of note.examples) {
        const call = parseFormula(ex.formula);
        const args = await excelArguments(call, registry);
        if (!args) continue;
        const inNode = await evaluateCall(call, registry);
        const inBrowser = await callInPage(page, call.name, args);
        expect({ formula: ex.formula, outcome: inBrowser }).toEqual({ formula: ex.formula, outcome: inNode });
        compared++;
      }
      expect(registry.metadata.has(id)).toBe(true);
    }
    expect(compared).toBeGreaterThan(registry.metadata.size);
  }, 120000);

  it("answers odd arguments with a clear Excel error, never an unhandled exception", async () => {
    const odd = [null, "", "text", -1, true, [[]], [[1, 2], [3]], Number.MAX_VALUE];
    for (const f of registry.metadata.values()) {
      for (const v of odd) {
        const args = f.parameters.map((p) => (p.dimensionality === "matrix" && !Array.isArray(v) ? [[v]] : v));
        const r = await callInPage(page, f.id, args);
        if ("error" in r) {
          expect({ id: f.id, code: ["#VALUE!", "#N/A"].includes(r.error) }).toEqual({ id: f.id, code: true });
          expect(r.message.length).toBeGreaterThan(0);
        }
      }
    }
  }, 120000);

  it("made no request outside localhost", () => {
    expect(pane.requests.length).toBeGreaterThan(0);
    expect(offMachine(pane.requests)).toEqual([]);
  });
});
