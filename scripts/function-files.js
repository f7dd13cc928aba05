// The files whose JSDoc @customfunction wrappers make up the SPR namespace, read from the one list there is: the
// `export * from "./…"` lines of src/functions/functions.ts (the bundle entry). Read by webpack (metadata plugin),
// the metadata writer for the command line, the rests-on table of the pane, and the tests. A capability's file is
// added in functions.ts only; test/registry.test.ts fails if a file of wrappers is left out.
const fs = require("fs");
const path = require("path");

const ENTRY = "src/functions/functions.ts";

/** The function files an entry source lists, as paths from the repository root, in its order. */
function functionFilesIn(source, entry = ENTRY) {
  const dir = path.posix.dirname(entry);
  return [...source.matchAll(/^export \* from "(\.\/[^"]+)";$/gm)].map((m) => path.posix.join(dir, `${m[1]}.ts`));
}

const files = functionFilesIn(fs.readFileSync(path.join(__dirname, "..", ENTRY), "utf8"));
if (files.length === 0) throw new Error(`${ENTRY} lists no function files (expected lines such as: export * from "./reference";)`);

module.exports = files;
module.exports.ENTRY = ENTRY;
module.exports.functionFilesIn = functionFilesIn;
