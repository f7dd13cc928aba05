// The hostile class "huge and tiny sizes": every worked example in the function reference (so every function, and a
// new one automatically) with each number in its arguments, alone or inside an array constant, swapped for values at
// the edges of what a cell holds and just beyond. Every answer must be a value, or an error that names the
// argument(s) at fault: never the nameless "larger than a cell holds" and never an unforeseen failure. (Before this
// suite, 25 function/argument pairs such as TRIANGULARP's high = 1E300 answered with a message naming none.)
import * as fs from "fs";
import * as path from "path";
import { Arg, Literal, parseFormula } from "../../src/cli/formula";
import { evaluateCall } from "../../src/cli/evaluate";
import { UNFORESEEN } from "../../src/functions/marshal";
import { ROOT, freshRegistry } from "../helpers/registry";

const EDGES = [9e307, -9e307, 1e300, 1e-300, 2.3e-308, 1e308, 5e-324];

function variants(args: Arg[]): Arg[][] {
  const out: Arg[][] = [];
  args.forEach((a, i) => {
    const swap = (v: Arg) => out.push(args.map((b, j) => (j === i ? v : b)));
    if (typeof a === "number") EDGES.forEach((x) => swap(x));
    else if (Array.isArray(a)) {
      a.forEach((row, r) =>
        row.forEach((c, k) => {
          if (typeof c === "number")
            EDGES.forEach((x) => swap(a.map((rr, rj) => rr.map((cc, kj): Literal => (rj === r && kj === k ? x : cc)))));
        }),
      );
    }
  });
  return out;
}

describe("every worked example with each number at the edges of a cell", () => {
  it("answers or names the argument at fault", async () => {
    const registry = await freshRegistry();
    const examples = [
      ...new Set(
        fs
          .readFileSync(path.join(ROOT, "docs", "functions.md"), "utf8")
          .split("\n")
          .filter((l) => l.startsWith("=SPR.")),
      ),
    ];
    expect(examples.length).toBeGreaterThan(50);
    const problems: string[] = [];
    let calls = 0;
    for (const text of examples) {
      const call = parseFormula(text);
      for (const args of variants(call.args)) {
        calls++;
        const outcome = await evaluateCall({ ...call, args }, registry);
        if (!("error" in outcome)) continue;
        if (outcome.message === UNFORESEEN || /^the result (is larger than a cell holds|is not a finite number)/.test(outcome.message)) {
          problems.push(`SPR.${call.name}(${JSON.stringify(args).slice(1, -1)}): ${outcome.message}`);
        }
      }
    }
    expect(calls).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  }, 300_000);
});
