// `npm start` really serves the add-in over HTTPS with development certificates: start it and fetch the four files
// Excel asks for. A separate port and certificate folder keep the test away from a developer's running server.
import * as fs from "fs";
import * as path from "path";
import { DevServer, startDevServer } from "./helpers/dev-server";
import { httpsGet } from "./helpers/https";

const PORT = 3000 + 100 + (process.pid % 800);

let server: DevServer;
let certDir = "";
let output = "";

beforeAll(async () => {
  server = await startDevServer(PORT);
  certDir = server.certDir;
  output = server.output();
}, 120000);

afterAll(() => server?.stop());

describe("npm start", () => {
  it("serves manifest.xml, functions.json, functions.js and taskpane.html over HTTPS with a trusted dev certificate", async () => {
    const ca = fs.readFileSync(path.join(certDir, "ca.crt"));
    const base = `https://localhost:${PORT}`;
    const manifest = await httpsGet(`${base}/manifest.xml`, ca);
    expect(manifest.status).toBe(200);
    expect(manifest.body).toMatch(/<Namespace resid="Functions.Namespace"\/>/);
    const json = await httpsGet(`${base}/functions.json`, ca);
    expect(json.status).toBe(200);
    expect(JSON.parse(json.body).functions.map((f: { id: string }) => f.id)).toContain("ALLOCATE");
    const js = await httpsGet(`${base}/functions.js`, ca);
    expect(js.status).toBe(200);
    expect(js.body).toMatch(/CustomFunctions\.associate\("ALLOCATE"/);
    const pane = await httpsGet(`${base}/taskpane.html`, ca);
    expect(pane.status).toBe(200);
    expect(pane.body).toMatch(/Content-Security-Policy/);
    expect(pane.body).toMatch(/<script[^>]+src="?office-js\/office.js/);
    // Excel on the web loads these cross-origin
    expect(json.headers["access-control-allow-origin"]).toBe("*");
  });

  it("prints how to upload the manifest to Excel on the web where desktop sideloading is unavailable", () => {
    if (process.platform === "win32" || process.platform === "darwin") return;
    expect(output).toMatch(/Upload My Add-in/);
    expect(output).toContain(path.join(certDir, "ca.crt"));
  });
});
