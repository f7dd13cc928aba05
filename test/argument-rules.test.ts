// The argument rules of src/core/args.ts, held over every function the metadata lists, from each function's worked
// examples (src/docs/notes): an optional argument left out, blank, "" (a cell holding empty text) or a wholly blank
// range all give the same answer; a required one left out or "" is refused with #VALUE! naming it; a list given as a
// row or as a column gives the same figures.
import { Arg, Call, Literal, isCall, parseFormula } from "../src/cli/formula";
import { Outcome, evaluateCall } from "../src/cli/evaluate";
import { MetadataFunction, Registry } from "../src/cli/registry";
import { FUNCTION_NOTES } from "../src/docs/notes";
import { freshRegistry, generatedMetadata } from "./helpers/registry";

let registry: Registry;
let functions: MetadataFunction[];

beforeAll(async () => {
  registry = await freshRegistry();
  functions = (await generatedMetadata()).metadata.functions;
});

type Case = { fn: MetadataFunction; call: Call; answer: Outcome };

let found: Promise<Case[]> | undefined;
function examples(): Promise<Case[]> {
  found ??= findExamples();
  return found;
}

/** Each function's first worked example that gives a value, with every parameter present (omitted ones as null). */
async function findExamples(): Promise<Case[]> {
  const out: Case[] = [];
  for (const fn of functions) {
    for (const { formula } of FUNCTION_NOTES[fn.id].examples) {
      const call = callTo(fn.id, parseFormula(formula));
      if (!call) continue;
      const args = [...call.args];
      while (args.length < fn.parameters.length) args.push(null);
      // Fewer trials than the default keep the simulations quick; the trials argument itself is still tested blank.
      const trials = fn.parameters.findIndex((p) => p.name === "trials");
      if (trials >= 0 && args[trials] === null) args[trials] = 200;
      const full: Call = { ...call, args };
      const answer = await evaluateCall(full, registry);
      if ("value" in answer) {
        out.push({ fn, call: full, answer });
        break;
      }
    }
  }
  return out;
}

/** The call to `id` in a formula, at the top or nested (SPR.PSUSIM's example sits inside SPR.SIMSTATS). */
function callTo(id: string, call: Call): Call | undefined {
  if (call.name === id) return call;
  for (const a of call.args) {
    const inner = isCall(a) ? callTo(id, a) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

function withArg(call: Call, i: number, v: Arg): Call {
  return { ...call, args: call.args.map((a, k) => (k === i ? v : a)) };
}

const blanks = (matrix: boolean): Arg[] => ["", ...(matrix ? ([[[null]], [[""]], [[null], [""]]] as unknown as Arg[]) : [])];

function isList(a: Arg): a is Literal[][] {
  return Array.isArray(a) && (a.length === 1 || a.every((row) => row.length === 1)) && a.flat().length > 1;
}

function flat(o: Outcome): unknown {
  return "value" in o && Array.isArray(o.value) ? o.value.flat() : o;
}

describe("the argument rules, over every function", () => {
  it("has a worked example giving a value for every function", async () => {
    expect((await examples()).map((c) => c.fn.id).sort()).toEqual(functions.map((f) => f.id).sort());
  });

  it('reads an optional argument left out, blank, "" or wholly blank alike', async () => {
    const differ: string[] = [];
    for (const { fn, call } of await examples()) {
      for (const [i, p] of fn.parameters.entries()) {
        if (!p.optional) continue;
        const omitted = await evaluateCall(withArg(call, i, null), registry);
        for (const b of blanks(p.dimensionality === "matrix")) {
          const got = await evaluateCall(withArg(call, i, b), registry);
          if (JSON.stringify(got) !== JSON.stringify(omitted))
            differ.push(`${fn.id} ${p.name}=${JSON.stringify(b)}: ${JSON.stringify(got).slice(0, 120)}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('refuses a required argument left out or "" with #VALUE! naming it', async () => {
    const wrong: string[] = [];
    for (const { fn, call } of await examples()) {
      for (const [i, p] of fn.parameters.entries()) {
        if (p.optional) continue;
        for (const b of [null, ""] as Arg[]) {
          const got = await evaluateCall(withArg(call, i, b), registry);
          if (!("error" in got) || got.error !== "#VALUE!" || !got.message.startsWith(`${p.name}: `))
            wrong.push(`${fn.id} ${p.name}=${JSON.stringify(b)}: ${JSON.stringify(got).slice(0, 120)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("gives the same figures for a list as a row or as a column", async () => {
    const differ: string[] = [];
    let lists = 0;
    for (const { fn, call, answer } of await examples()) {
      for (const [i, a] of call.args.entries()) {
        if (isCall(a as Arg) || !isList(a)) continue;
        lists++;
        const turned = a.length === 1 ? a[0].map((x) => [x]) : [a.map((row) => row[0])];
        const got = await evaluateCall(withArg(call, i, turned), registry);
        if (JSON.stringify(flat(got)) !== JSON.stringify(flat(answer)))
          differ.push(`${fn.id} ${fn.parameters[i].name}: ${JSON.stringify(got).slice(0, 120)}`);
      }
    }
    expect(lists).toBeGreaterThan(20);
    expect(differ).toEqual([]);
  });

  it("pairs a row with a column of the same length in GAP, as in CEDREQ and EVENTPSUS (worked by hand)", async () => {
    const gap = await evaluateCall(parseFormula("=SPR.GAP({12;8},{9,10})"), registry);
    expect(gap).toEqual({ value: [[3], [-2]] });
    const ced = await evaluateCall(parseFormula("=SPR.CEDREQ({100;50},{1,0.5})"), registry);
    expect(ced).toEqual({ value: 125 });
    const events = await evaluateCall(parseFormula('=SPR.EVENTPSUS({4001;999},{"MEDIUM","HIGH"})'), registry);
    expect(events).toEqual({ value: [[2], [1]] });
  });

  it("gives each parameter name one description, whichever function takes it (only its default may differ)", () => {
    const byName = new Map<string, Map<string, string[]>>();
    for (const fn of functions) {
      for (const p of fn.parameters) {
        const meaning = withoutDefaults(p.description ?? "");
        const seen = byName.get(p.name) ?? new Map<string, string[]>();
        seen.set(meaning, [...(seen.get(meaning) ?? []), fn.id]);
        byName.set(p.name, seen);
      }
    }
    const several = [...byName]
      .filter(([, d]) => d.size > 1)
      .map(([name, d]) => `${name}: ${[...d.values()].map((ids) => ids.join(",")).join(" | ")}`);
    expect(several).toEqual([]);
  });

  it("keeps the argument positions of the renamed parameters (unit_type, force_weights)", () => {
    const names = (id: string) => functions.find((f) => f.id === id)!.parameters.map((p) => p.name);
    expect(names("UNITSTAFF")).toEqual(["unit_type", "count", "trained_per_post", "show_headers", "overrides"]);
    expect(names("CHECKUNIT")).toEqual(["unit_type", "composition", "overrides"]);
    expect(names("NATIONALSHARE")).toEqual(["force", "unit_type", "force_weights", "excludes_london", "overrides"]);
    expect(names("ALLOCATE")).toEqual(["total", "weights", "unit", "minimums"]);
  });
});

/** A description without its "(default …)" parts (brackets balanced: "(default: SPR.PRODUCTIVEHOURS() …)"). */
function withoutDefaults(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith(" (default", i)) {
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === "(") depth++;
        if (text[j] === ")" && --depth === 0) break;
      }
      i = j;
      continue;
    }
    out += text[i];
  }
  return out;
}
