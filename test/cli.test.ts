// The command line: `spr eval` must be a faithful stand-in for Excel, calling the very function objects the
// functions bundle registers with CustomFunctions.associate.
import * as functionsModule from "../src/functions/functions";
import { run, unforeseen } from "../src/cli/main";
import { freshRegistry, generatedMetadata } from "./helpers/registry";

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const registry = await freshRegistry();
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, () => registry);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("spr eval", () => {
  it('prints {"value":297} for the national PSU requirement', async () => {
    expect(await cli("eval", '=SPR.STANDARD("PSU_NATIONAL_EW")', "--json")).toEqual({ code: 0, out: '{"value":297}', err: "" });
  });

  it("allocates 10 over a 3×1 column into a 3×1 column summing to 10", async () => {
    const r = await cli("eval", "=SPR.ALLOCATE(10,{1;1;1})", "--json");
    expect(JSON.parse(r.out)).toEqual({ value: [[4], [3], [3]] });
  });

  it("keeps a row a row", async () => {
    const r = await cli("eval", "=SPR.ALLOCATE(1000000,{41.98,58.02},0.01)", "--json");
    expect(JSON.parse(r.out)).toEqual({ value: [[419800, 580200]] });
  });

  it("reports an Excel error as a result (exit 0) with a message naming the argument", async () => {
    const r = await cli("eval", '=SPR.ALLOCATE("ten",{1;1})', "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ error: "#VALUE!", message: 'total: expected a number ≥ 0, got the text "ten"' });
  });

  it("refuses 5,000 nested calls as Excel would (64 levels at most), never 'Maximum call stack size exceeded'", async () => {
    const r = await cli("eval", "=" + "SPR.STANDARDS(".repeat(65) + ")".repeat(65));
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toMatch(/^spr eval: cannot read the formula: more than 64 functions nested in one another \(Excel's limit\)/);
    const deep = await cli("eval", "=" + "SPR.STANDARDS(".repeat(5000) + ")".repeat(5000));
    expect(deep.err).toMatch(/^spr eval: cannot read the formula: the formula has 75,001 characters; Excel allows at most 8,192/);
  });

  it("says a failure it did not foresee in plain words, the engine's own only with SPR_DEBUG", () => {
    const e = new RangeError("Maximum call stack size exceeded");
    expect(unforeseen(e)).toBe("the command failed in a way it did not foresee; please report the command line");
    expect(unforeseen(e, "1")).toMatch(/Maximum call stack size exceeded/);
  });

  it("gives #NAME? for an unknown function", async () => {
    const r = await cli("eval", "=SPR.NOSUCH(1)", "--json");
    expect(JSON.parse(r.out)).toMatchObject({ error: "#NAME?" });
  });

  it("exits 2 with a message on standard error for a formula it cannot read", async () => {
    const r = await cli("eval", "=SPR.ALLOCATE(10,{1;1", "--json");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/cannot read the formula/);
  });

  it("exits 2 for too many arguments, as Excel refuses such a formula", async () => {
    const r = await cli("eval", "=SPR.GAP(1,2,3)");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/takes at most 2 arguments/);
  });

  it("passes omitted arguments as null so defaults apply", async () => {
    const r = await cli("eval", "=SPR.ALLOCATE(10,{1;1;1},,{0;0;5})", "--json");
    expect(JSON.parse(r.out)).toEqual({ value: [[3], [2], [5]] });
  });

  it("lifts a range given for a single-value argument, spilling one answer per cell", async () => {
    const r = await cli("eval", '=SPR.REGION({"Kent";"North Wales"},"region")', "--json");
    expect(JSON.parse(r.out)).toEqual({ value: [["South East"], ["Wales"]] });
  });

  it("evaluates nested calls, passing an inner error straight through", async () => {
    expect(JSON.parse((await cli("eval", '=SPR.ALLOCATE(SPR.STANDARD("PSU_LONDON"),{1;2})', "--json")).out)).toEqual({
      value: [[25], [50]],
    });
    expect(JSON.parse((await cli("eval", '=SPR.ALLOCATE(SPR.STANDARD("NOPE"),{1;2})', "--json")).out)).toMatchObject({ error: "#VALUE!" });
  });

  it("prints a grid as aligned rows without --json", async () => {
    const r = await cli("eval", "=SPR.GAP({12;8},{9;10})");
    expect(r.out).toBe(" 3\n-2");
  });
});

describe("spr functions", () => {
  it("lists every function with its one-line description", async () => {
    const r = await cli("functions");
    const { metadata } = await generatedMetadata();
    expect(r.code).toBe(0);
    for (const f of metadata.functions) expect(r.out).toMatch(new RegExp(`^SPR\\.${f.id} +\\S`, "m"));
  });
});

describe("one engine, one set of function objects", () => {
  it("registers, for every id in the metadata, the very function object the functions bundle exports", async () => {
    const { metadata, associations } = await generatedMetadata();
    const registry = await freshRegistry();
    expect(associations.map((a) => a.id).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    for (const a of associations) {
      expect(registry.functions.get(a.id)).toBe((functionsModule as Record<string, unknown>)[a.functionName]);
    }
  });
});
