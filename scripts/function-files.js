// The files whose JSDoc @customfunction wrappers make up the SPR namespace. Read by webpack (metadata plugin),
// the metadata writer for the command line, and the tests. Add a capability's file here and to src/functions/functions.ts.
module.exports = [
  "src/functions/reference.ts",
  "src/functions/planning.ts",
  "src/functions/workforce.ts",
  "src/functions/queueing.ts",
  "src/functions/armed-policing.ts",
  "src/functions/soc.ts",
  "src/functions/capabilities.ts",
  "src/functions/public-order.ts",
  "src/functions/section22.ts",
  "src/functions/uncertainty.ts",
  "src/functions/costs.ts",
];
