// docs/functions.md is generated; fail when the committed copy no longer matches the functions (run `npm run docs`).
import * as fs from "fs";
import * as path from "path";
import { renderParameterNames } from "../src/docs/parameter-names";
import { renderReference } from "../src/docs/reference";
import { freshRegistry } from "./helpers/registry";

describe("docs/functions.md", () => {
  it("is up to date with the functions' JSDoc and examples (run `npm run docs` if not)", async () => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "docs", "functions.md"), "utf8");
    const fresh = await renderReference(await freshRegistry());
    expect(committed).toBe(fresh);
  });

  it("shows no example that ends in an error", async () => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "docs", "functions.md"), "utf8");
    expect(committed).not.toMatch(/^#(VALUE|NUM|N\/A|NAME)/m);
  });
});

describe("src/workbook/parameter-names.ts", () => {
  it("is up to date with the functions' metadata (run `npm run docs` if not)", async () => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "src", "workbook", "parameter-names.ts"), "utf8");
    expect(committed).toBe(renderParameterNames(await freshRegistry()));
  });
});
