// One list of function files (the export lines of src/functions/functions.ts), and every function in it registered,
// documented, fuzzed, and benchmarked where bench/budgets.js gives it a budget. A function left out of any of these
// fails here, by name.
import * as fs from "fs";
import * as path from "path";
import * as functionsModule from "../src/functions/functions";
import { FUNCTION_NOTES } from "../src/docs/notes";
import { generatedMetadata, ROOT } from "./helpers/registry";
import { fuzzTargets } from "./fuzz/targets";

/* eslint-disable @typescript-eslint/no-require-imports */
const functionFiles: string[] & {
  ENTRY: string;
  functionFilesIn: (source: string, entry?: string) => string[];
} = require("../scripts/function-files");
const budgets: Record<string, { budgetMs: number; functions: string[] }> = require("../bench/budgets");
/* eslint-enable @typescript-eslint/no-require-imports */

const exported = Object.keys(functionsModule)
  .map((name) => name.toUpperCase())
  .sort();

describe("the function registry", () => {
  it("reads the function files from the export lines of the entry, in order", () => {
    const source = '// a comment\nexport * from "./reference";\nexport * from "./uncertainty-arv";\n';
    expect(functionFiles.functionFilesIn(source, "src/functions/functions.ts")).toEqual([
      "src/functions/reference.ts",
      "src/functions/uncertainty-arv.ts",
    ]);
  });

  it("lists every file of custom functions in src/functions once, and nothing else", () => {
    const dir = path.join(ROOT, "src", "functions");
    const withWrappers = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && fs.readFileSync(path.join(dir, f), "utf8").includes("@customfunction"))
      .map((f) => `src/functions/${f}`)
      .sort();
    expect([...functionFiles].sort()).toEqual(withWrappers);
    expect(new Set(functionFiles).size).toBe(functionFiles.length);
  });

  it("has an entry made only of comments and export lines, so no file can be gathered where the list does not see it", () => {
    const source = fs.readFileSync(path.join(ROOT, functionFiles.ENTRY), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    const stray = source
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith("//") && !/^export \* from "\.\/[^"]+";$/.test(line));
    expect(stray).toEqual([]);
  });

  it("registers every exported function under its upper-case name, and nothing the bundle does not export", async () => {
    const { metadata, associations, errors } = await generatedMetadata();
    expect(errors).toEqual([]);
    expect(associations.map((a) => a.functionName.toUpperCase()).sort()).toEqual(exported);
    for (const a of associations) expect(a.id).toBe(a.functionName.toUpperCase());
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(exported);
  });

  it("documents every function in docs/functions.md and the worked examples, and no other", () => {
    const reference = fs.readFileSync(path.join(ROOT, "docs", "functions.md"), "utf8");
    const headings = [...reference.matchAll(/^## <a id="([a-z0-9]+)"><\/a>SPR\.([A-Z0-9]+)\(/gm)];
    for (const [, anchor, id] of headings) expect(anchor).toBe(id.toLowerCase());
    expect(headings.map((h) => h[2]).sort()).toEqual(exported);
    expect(Object.keys(FUNCTION_NOTES).sort()).toEqual(exported);
  });

  it("fuzzes every function", async () => {
    expect((await fuzzTargets()).map((f) => f.id).sort()).toEqual(exported);
  });

  it("names only registered functions in the benchmark budgets", () => {
    for (const [bench, budget] of Object.entries(budgets)) {
      expect(fs.existsSync(path.join(ROOT, "bench", `${bench}.bench.js`))).toBe(true);
      expect(budget.budgetMs).toBeGreaterThan(0);
      expect(budget.functions.length).toBeGreaterThan(0);
      for (const id of budget.functions) expect(exported).toContain(id);
    }
  });
});
