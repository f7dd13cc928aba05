// Regenerates docs/functions.md from the compiled functions (lib/, built by `npm run build:cli`).
const fs = require("fs");
const path = require("path");
const { loadRegistry } = require("../lib/cli/main");
const { renderReference } = require("../lib/docs/reference");

// Each function's parameter names, by which the workbook layout places its arguments
const { renderParameterNames } = require("../lib/docs/parameter-names");
fs.writeFileSync(path.join(__dirname, "..", "src", "workbook", "parameter-names.ts"), renderParameterNames(loadRegistry()));
console.log("src/workbook/parameter-names.ts written");

renderReference(loadRegistry()).then((md) => {
  fs.writeFileSync(path.join(__dirname, "..", "docs", "functions.md"), md);
  console.log("docs/functions.md written");
});

// The plan file's JSON Schema, published for editors (validation itself runs in src/plan/validate.ts).
const { PLAN_SCHEMA } = require("../lib/plan/plan-schema");
fs.writeFileSync(path.join(__dirname, "..", "schema", "plan.schema.json"), JSON.stringify(PLAN_SCHEMA, null, 2) + "\n");
console.log("schema/plan.schema.json written");
