import * as fs from "fs";
import * as path from "path";
import { ADDIN_VERSION } from "../src/core/version";

it("the add-in version matches package.json and the manifest", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8"));
  const manifest = fs.readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8");
  expect(ADDIN_VERSION).toBe(pkg.version);
  expect(manifest).toContain(`<Version>${pkg.version}.0</Version>`);
});
