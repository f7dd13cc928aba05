#!/usr/bin/env node
// The `spr` command. Runs the compiled command line in lib/ (built by `npm install` through the prepare script).
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("spr: the command line is not built yet; run `npm install` (or `npm run build:cli`) first\n");
  process.exit(1);
}
require(entry).main(process.argv.slice(2));
