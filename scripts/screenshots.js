// `npm run screenshots`: regenerates the README's and the task pane guide's screenshots (docs/images/taskpane.png,
// taskpane-uncertainty.png) from the narrow-pane browser test, which writes them there when SPR_DOC_IMAGES=1.
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const jest = path.join(root, "node_modules", "jest", "bin", "jest.js");
const r = spawnSync(process.execPath, [jest, "test/browser/narrow-pane.test.ts", "-w", "1"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, SPR_DOC_IMAGES: "1" },
});
process.exit(r.status ?? 1);
