import * as fs from "fs";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../scripts/check-manifest");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteUrls } = require("../scripts/urls");

const manifest = fs.readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8");

describe("manifest.xml (offline check)", () => {
  it("passes: well-formed, resids resolve, ids unique, GUID, one origin, namespace SPR", () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  it("asks for no more than it needs: ReadWriteDocument, shared runtime, one namespace", () => {
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  });

  it("names its pane Office.AutoShowTaskpaneWithDocument, so a workbook naming the add-in opens it ([MS-OWEMXML])", () => {
    expect(manifest.match(/<TaskpaneId>([^<]*)<\/TaskpaneId>/g)).toEqual(["<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>"]);
  });

  it("catches the faults it is there to catch", () => {
    expect(checkManifest(manifest.replace("<Id>5d0ea63d", "<Id>x5d0ea63d"))[0]).toMatch(/not a GUID/);
    expect(checkManifest(manifest.replace('resid="Functions.Metadata.Url"', 'resid="Missing.Url"'))).toContain(
      'resid "Missing.Url" does not resolve to a resource',
    );
    expect(checkManifest(manifest.replace('DefaultValue="SPR"', 'DefaultValue="spr"'))).toContain('namespace is "spr", expected "SPR"');
    expect(checkManifest(manifest.replace("https://localhost:3000/functions.json", "https://elsewhere.example/functions.json"))[0]).toMatch(
      /2 origins/,
    );
    expect(checkManifest(manifest.replace("</OfficeApp>", ""))[0]).toMatch(/not well-formed/);
    const dup = manifest.replace('<bt:Url id="Taskpane.Url"', '<bt:Url id="Functions.Script.Url"');
    expect(checkManifest(dup)).toContain('resource id "Functions.Script.Url" is defined twice');
  });

  it("moves every URL to the production host in one replacement", () => {
    const prod = rewriteUrls(manifest, "https://planner.example.police.uk/addin");
    expect(prod).not.toMatch(/localhost/);
    expect(checkManifest(prod)).toEqual([]);
    expect(prod).toMatch(/https:\/\/planner\.example\.police\.uk\/addin\/functions\.json/);
  });
});
