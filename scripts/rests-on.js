// What each SPR function rests on: the "Rests on:" line of its JSDoc, by function id. Read by webpack into the task
// pane (Explain shows it for every function a cell's formula uses), so the pane needs no metadata file at run time.
const fs = require("fs");
const path = require("path");
const functionFiles = require("./function-files");

const root = path.resolve(__dirname, "..");

function restsOnIn(source) {
  const out = {};
  for (const [, block] of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const id = /@customfunction\s+([A-Za-z0-9_.]+)/.exec(block);
    const line = /^\s*\*\s*Rests on:\s*(.+)$/m.exec(block);
    if (id && line) out[id[1].toUpperCase()] = line[1].trim();
  }
  return out;
}

function restsOn(files = functionFiles) {
  return Object.assign({}, ...files.map((f) => restsOnIn(fs.readFileSync(path.join(root, f), "utf8"))));
}

module.exports = { restsOn, restsOnIn, files: functionFiles.map((f) => path.join(root, f)) };
