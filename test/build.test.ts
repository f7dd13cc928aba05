// `npm run build`: a production bundle in which every development URL has moved to ADDIN_URL.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { describeWithChromium, launchChromium } from "./helpers/browser";
import { generatedMetadata } from "./helpers/registry";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../scripts/check-manifest");

const ROOT = path.resolve(__dirname, "..");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "spr-dist-"));

beforeAll(() => {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out],
    {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: "https://planner.example.police.uk/spr/" },
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}, 120000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe("production build", () => {
  it("writes functions.json listing every function, with help links on the production host", async () => {
    const built = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
    const { metadata } = await generatedMetadata();
    expect(built.functions.map((f: { id: string }) => f.id).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    for (const f of built.functions) expect(f.helpUrl).toMatch(/^https:\/\/planner\.example\.police\.uk\/spr\/help\/functions\.html#/);
  });

  it("replaces every localhost URL in the manifest, which still passes the offline check", () => {
    const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/);
    expect(checkManifest(manifest)).toEqual([]);
  });

  it("loads office.js from the Microsoft CDN and associates every function once", async () => {
    expect(fs.readFileSync(path.join(out, "taskpane.html"), "utf8")).toMatch(
      /https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/,
    );
    const js = fs.readFileSync(path.join(out, "functions.js"), "utf8");
    const { metadata } = await generatedMetadata();
    for (const f of metadata.functions) expect(js.split(`CustomFunctions.associate("${f.id}"`).length - 1).toBe(1);
    expect(fs.existsSync(path.join(out, "help", "functions.html"))).toBe(true);
    for (const icon of ["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"])
      expect(fs.existsSync(path.join(out, "assets", icon))).toBe(true);
  });
});

describeWithChromium("Browser test of the production bundle")("the same figures in the browser", () => {
  it("computes the uncertainty functions in Chromium from the production bundle bit for bit as the command line does", async () => {
    // seeded simulations, PERT's gamma draws, the truncated normal and the Poisson inverse: every path through the
    // portable generator and the portable log and exp
    const calls: [string, unknown[]][] = [
      ["ARVREQP", [2000, 8000, 20000, 150, [[0.1, 0.5, 0.9]], null, null, 20000, 9, null, null, "PERT"]],
      ["SIMULATE", ["NORMAL", [[3, 2]], 200, 5]],
      ["SIMULATE", ["PERT", [[1, 5, 9]], 200, 6]],
      ["SIMULATE", ["POISSON", [[1e6]], 50, 7]],
      ["POISSONP", [123456789, 0.975]],
      [
        "SOCREQP",
        [
          [[2], [8], [15], [20]],
          [[4], [11], [23], [31]],
          [[8], [16], [30], [45]],
          [[3000], [1200], [400], [100]],
          [[0.3], [0.6], [0.9], [1]],
          [[0.5, 0.9]],
          null,
          null,
          5000,
          3,
        ],
      ],
    ];
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent("<html><body></body></html>");
      await page.evaluate(() => {
        const w = window as unknown as { fns: Record<string, unknown>; CustomFunctions: unknown };
        w.fns = {};
        w.CustomFunctions = { associate: (id: string, fn: unknown) => (w.fns[id] = fn), Error: Error };
      });
      await page.addScriptTag({ path: path.join(out, "functions.js") });
      const inBrowser = await page.evaluate(
        (list: [string, unknown[]][]) =>
          list.map(([id, args]) => (window as unknown as { fns: Record<string, (...a: unknown[]) => unknown> }).fns[id](...args)),
        calls,
      );
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const node = require("../src/functions/functions");
      const inNode = calls.map(([id, args]) => node[Object.keys(node).find((k) => k.toUpperCase() === id)!](...args));
      // JSON keeps every bit of a double (shortest round-trip form), so equal text is bit-for-bit equality
      expect(JSON.stringify(inBrowser)).toBe(JSON.stringify(inNode));
    } finally {
      await browser.close();
    }
  }, 60000);
});
