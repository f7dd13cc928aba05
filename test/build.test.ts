// `npm run build`: a production bundle in which every development URL has moved to ADDIN_URL.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generatedMetadata } from "./helpers/registry";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../scripts/check-manifest");

const ROOT = path.resolve(__dirname, "..");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "spr-dist-"));

beforeAll(() => {
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_URL: "https://planner.example.police.uk/spr/" },
    encoding: "utf8",
  });
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
    expect(fs.readFileSync(path.join(out, "taskpane.html"), "utf8")).toMatch(/https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
    const js = fs.readFileSync(path.join(out, "functions.js"), "utf8");
    const { metadata } = await generatedMetadata();
    for (const f of metadata.functions) expect(js.split(`CustomFunctions.associate("${f.id}"`).length - 1).toBe(1);
    expect(fs.existsSync(path.join(out, "help", "functions.html"))).toBe(true);
    for (const icon of ["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]) expect(fs.existsSync(path.join(out, "assets", icon))).toBe(true);
  });
});
