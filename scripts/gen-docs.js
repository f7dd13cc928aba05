// Regenerates docs/functions.md from the compiled functions (lib/, built by `npm run build:cli`).
const fs = require("fs");
const path = require("path");
const { loadRegistry } = require("../lib/cli/main");
const { renderReference } = require("../lib/docs/reference");

renderReference(loadRegistry()).then((md) => {
  fs.writeFileSync(path.join(__dirname, "..", "docs", "functions.md"), md);
  console.log("docs/functions.md written");
});
