// Writes the custom functions metadata for the command line: lib/functions.json (the same JSON the webpack plugin
// writes to dist/) and lib/associations.json (id → JavaScript function name, as the plugin's loader associates them).
const fs = require("fs");
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const files = require("./function-files");

async function main() {
  const root = path.resolve(__dirname, "..");
  const result = await generateCustomFunctionsMetadata(
    files.map((f) => path.join(root, f)),
    false,
  );
  if (result.errors.length > 0) {
    process.stderr.write(result.errors.join("\n") + "\n");
    process.exit(1);
  }
  const out = path.join(root, "lib");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, "functions.json"), result.metadataJson);
  const associations = result.associate.map((a) => ({ id: a.id, functionName: a.functionName }));
  fs.writeFileSync(path.join(out, "associations.json"), JSON.stringify(associations, null, 2));
}
main();
