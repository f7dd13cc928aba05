// `npm run package`, as a force's IT team receives it: the ADDIN_URL it refuses, the archive (reproducible to the
// byte, checksummed, with its SBOM and the manifest at package.json's version), and the packaged files served by a
// real nginx (Debian's package) with the configuration the archive ships, opened in Chromium with office.js answered
// at Microsoft's CDN path from the npm package. Nothing may leave the machine.
import { ChildProcess, spawn, spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as https from "https";
import * as os from "os";
import * as path from "path";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { Browser, BrowserContext, Page } from "playwright-core";
import { describeWith } from "../helpers/binaries";
import { describeWithChromium, launchChromium } from "../helpers/browser";
import { httpsGet } from "../helpers/https";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinUrlProblem, rewriteUrls } = require("../../scripts/urls");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageRelease, bundledPackages, outsideSbom } = require("../../scripts/package");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureDevCerts } = require("../../scripts/dev-certs");

const ROOT = path.resolve(__dirname, "..", "..");
const VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
const PORT = 3000 + 2600 + (process.pid % 800);
const ADDIN_URL = `https://localhost:${PORT}/spr/${VERSION}/`;
const TOP = `spr-planner-${VERSION}`;
const NGINX_PATHS = ["/usr/sbin/nginx", "/usr/bin/nginx"];
const NGINX = NGINX_PATHS.find((p) => fs.existsSync(p));
const CDN_DIR = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

describe("ADDIN_URL", () => {
  it.each([
    ["http://planner.force.police.uk/spr/", /must start with https:\/\//],
    ["", /is empty/],
    ['https://planner.force.police.uk/spr/"><x', /contains "\\"" at position 37/],
    ["https://planner.force.police.uk/spr/?a=1&b=2", /contains "\?"/],
    ["https://planner.force.police.uk/spr/#top", /contains "#"/],
    ["https://user@planner.force.police.uk/", /contains "@"/],
    ["https://planner.force.police.uk/my spr/", /contains " "/],
    ["https://planner.force.police.uk/%2e%2e/", /contains "%"/],
    ["https://Planner.Force.police.uk/spr/", /not in its plain form \(a browser would write https:\/\/planner\.force\.police\.uk\/spr\/\)/],
    ["https://planner.force.police.uk:443/spr/", /not in its plain form/],
    ["https://planner.force.police.uk/a/../spr/", /not in its plain form/],
    ["https://planner.force.police.uk:70000/", /is not a URL/],
  ])("refuses %j", (url, message) => {
    expect(addinUrlProblem(url)).toMatch(message);
    expect(() => rewriteUrls("<a href=\"https://localhost:3000/x\"/>", url, { xml: true })).toThrow(message);
  });

  it.each(["https://planner.force.police.uk/spr/0.1.0/", "https://planner.force.police.uk", "https://10.1.2.3:8443/spr/", "https://spr-planner.force.police.uk/a_b/c~d/"])("takes %j", (url) => {
    expect(addinUrlProblem(url)).toBeNull();
  });

  it("stops `npm run package` and `npm run build` with the reason, before building anything", () => {
    const env = { ...process.env, ADDIN_URL: 'https://planner.force.police.uk/"onload="x' };
    const pack = spawnSync(process.execPath, [path.join(ROOT, "scripts", "package.js")], { cwd: ROOT, env, encoding: "utf8" });
    expect(pack.status).toBe(2);
    expect(pack.stderr).toContain('ADDIN_URL contains "\\"" at position 33');
    const build = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", os.tmpdir() + "/spr-never"], { cwd: ROOT, env: { ...env, ADDIN_URL: "http://planner.force.police.uk/" }, encoding: "utf8" });
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain("ADDIN_URL must start with https://");
    expect(fs.existsSync(os.tmpdir() + "/spr-never")).toBe(false);
  });
});

describe("bundledPackages", () => {
  it("names the npm packages in webpack's stats, scoped ones whole, nested modules too", () => {
    const stats = { modules: [{ name: "./src/core/args.ts" }, { name: "./node_modules/@scope/pkg/lib/a.js" }, { name: "concatenated", modules: [{ name: "./node_modules/mathjs/lib/esm/x.js" }, { name: "node_modules\\jszip\\lib\\index.js" }] }] };
    expect(bundledPackages(stats)).toEqual(["@scope/pkg", "jszip", "mathjs"]);
    expect(bundledPackages({ modules: [{ name: "./src/functions/functions.ts" }] })).toEqual([]);
  });

  it("lets a bundled package ship only when it is in the lockfile's runtime tree, which the SBOM lists", () => {
    const lock = {
      packages: {
        "": { name: "spr-planner" },
        "node_modules/docx": { version: "9.15.2" },
        "node_modules/@scope/run": { version: "1.0.0" },
        "node_modules/a/node_modules/nested": { version: "1.0.0" },
        "node_modules/webpack": { version: "5.0.0", dev: true },
      },
    };
    expect(outsideSbom(["@scope/run", "docx", "nested"], lock)).toEqual([]);
    expect(outsideSbom(["docx", "mathjs", "webpack"], lock)).toEqual(["mathjs", "webpack"]);
  });
});

/** The archive's entries, name → bytes, without the top folder; and the dates they carry. */
async function unpack(file: string): Promise<{ files: Map<string, Buffer>; dates: Set<string>; tops: Set<string> }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const files = new Map<string, Buffer>();
  const dates = new Set<string>();
  const tops = new Set<string>();
  for (const entry of Object.values(zip.files)) {
    tops.add(entry.name.split("/")[0]);
    dates.add(entry.date.toISOString());
    if (!entry.dir) files.set(entry.name.slice(TOP.length + 1), await entry.async("nodebuffer"));
  }
  return { files, dates, tops };
}

describe("the release archive", () => {
  const outs = [fs.mkdtempSync(path.join(os.tmpdir(), "spr-release-a-")), fs.mkdtempSync(path.join(os.tmpdir(), "spr-release-b-"))];
  const archives: string[] = [];
  let files: Map<string, Buffer>;

  beforeAll(async () => {
    for (const out of outs) archives.push((await packageRelease(ADDIN_URL, out)).file);
    const unpacked = await unpack(archives[0]);
    files = unpacked.files;
    expect([...unpacked.tops]).toEqual([TOP]);
    expect([...unpacked.dates]).toEqual(["2000-01-01T00:00:00.000Z"]);
  }, 600000);

  afterAll(() => outs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it("is one versioned file, byte-identical when built twice from the same commit", () => {
    expect(path.basename(archives[0])).toBe(`${TOP}.zip`);
    expect(fs.readFileSync(archives[0]).equals(fs.readFileSync(archives[1]))).toBe(true);
  });

  it("holds the add-in, the manifest, the hosting configuration, the SBOM and the checksums", () => {
    for (const f of ["manifest.xml", "SHA256SUMS", "sbom.cdx.json", "deploy/nginx/spr-planner.conf", "deploy/iis/web.config", "addin/taskpane.html", "addin/taskpane.js", "addin/functions.js", "addin/functions.json", "addin/taskpane.css", "addin/help/functions.html", "addin/assets/icon-32.png"]) {
      expect(files.has(f)).toBe(true);
    }
    expect([...files.keys()].filter((f) => f.startsWith("addin/office-js") || f.endsWith(".map"))).toEqual([]);
  });

  it("ships an IIS web.config that is well-formed XML and sends the same headers as the nginx block", () => {
    const config = files.get("deploy/iis/web.config")!.toString("utf8");
    expect(XMLValidator.validate(config)).toBe(true);
    const nginx = files.get("deploy/nginx/spr-planner.conf")!.toString("utf8");
    const csp = /add_header Content-Security-Policy "([^"]+)"/.exec(nginx)![1];
    expect(config).toContain(`<add name="Content-Security-Policy" value="${csp}" />`);
    for (const header of ['name="Strict-Transport-Security" value="max-age=31536000"', 'name="X-Content-Type-Options" value="nosniff"', 'cacheControlMode="DisableCache"', '<location path="taskpane.html">', '<verbs allowUnlisted="false">']) {
      expect(config).toContain(header);
    }
  });

  it("lists the SHA-256 of every other file, in the form `sha256sum -c` reads", () => {
    const lines = files.get("SHA256SUMS")!.toString("utf8").trimEnd().split("\n");
    const listed = lines.map((l) => {
      const [hash, name] = l.split("  ");
      expect(hash).toBe(createHash("sha256").update(files.get(name)!).digest("hex"));
      return name;
    });
    expect(listed).toEqual([...files.keys()].filter((f) => f !== "SHA256SUMS").sort());
  });

  it("carries a manifest at package.json's version with every URL at ADDIN_URL", () => {
    const manifest = files.get("manifest.xml")!.toString("utf8");
    expect(manifest).toContain(`<Version>${VERSION}.0</Version>`);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${ADDIN_URL}taskpane.html"/>`);
    expect(manifest).not.toMatch(/localhost:3000/);
  });

  it("has an SBOM of what `spr` installs at run time (exceljs, jszip, docx: also the pane's statement chunk) and none of the build tools", () => {
    const sbom = JSON.parse(files.get("sbom.cdx.json")!.toString("utf8"));
    expect(sbom.bomFormat).toBe("CycloneDX");
    expect(sbom.metadata.component.name).toBe("spr-planner");
    expect(sbom.metadata.component.version).toBe(VERSION);
    expect(sbom.metadata.timestamp).toBeUndefined();
    expect(sbom.serialNumber).toBeUndefined();
    const names = new Set<string>();
    const walk = (cs: { name: string; group?: string; components?: unknown[] }[] = []) =>
      cs.forEach((c) => (names.add(c.group ? `${c.group}/${c.name}` : c.name), walk(c.components as never)));
    walk(sbom.components);
    for (const runtime of ["exceljs", "jszip", "docx"]) expect(names.has(runtime)).toBe(true);
    for (const dev of ["webpack", "jest", "typescript", "@microsoft/office-js", "mathjs", "playwright-core", "@cyclonedx/cyclonedx-npm"]) expect(names.has(dev)).toBe(false);
  });

  it("records no path of the build machine", () => {
    for (const [name, bytes] of files) {
      const text = bytes.toString("latin1");
      expect([name, text.includes(ROOT), text.includes(os.tmpdir() + "/spr-")]).toEqual([name, false, false]);
    }
  });

  // ---- served by a real nginx, with the configuration the archive ships ----
  // Needs nginx and Chromium: a loud skip locally, a failure in CI (test/helpers/binaries.ts), whichever is missing.
  const served = NGINX_PATHS.some((p) => fs.existsSync(p))
    ? describeWithChromium("The served-package test")
    : describeWith(NGINX_PATHS, "The served-package test", "apt-get install -y nginx");

  served("served by nginx and opened in Chromium", () => {
    let prefix: string;
    let nginx: ChildProcess;
    let ca: Buffer;
    let log = "";
    let browser: Browser;
    let context: BrowserContext;
    const requests: string[] = [];
    const elsewhere: string[] = [];

    beforeAll(async () => {
      prefix = fs.mkdtempSync(path.join(os.tmpdir(), "spr-nginx-"));
      const site = path.join(prefix, "site");
      for (const [name, bytes] of files) {
        if (!name.startsWith("addin/")) continue;
        fs.mkdirSync(path.dirname(path.join(site, name.slice(6))), { recursive: true });
        fs.writeFileSync(path.join(site, name.slice(6)), bytes);
      }
      // nginx's workers drop root for "nobody": the folders must be readable by others
      for (let d = site; d.startsWith(prefix); d = path.dirname(d)) fs.chmodSync(d, 0o755);
      for (const d of fs.readdirSync(site, { recursive: true }) as string[]) if (fs.statSync(path.join(site, d)).isDirectory()) fs.chmodSync(path.join(site, d), 0o755);
      const certs = await ensureDevCerts(path.join(prefix, "certs"));
      ca = fs.readFileSync(certs.ca);
      // the packaged location block, verbatim but for the folder it serves
      const block = files.get("deploy/nginx/spr-planner.conf")!.toString("utf8");
      expect(block).toContain(`alias /srv/spr-planner/${VERSION}/;`);
      fs.writeFileSync(path.join(prefix, "spr-planner.conf"), block.replace(`alias /srv/spr-planner/${VERSION}/;`, `alias ${site}/;`));
      fs.mkdirSync(path.join(prefix, "temp"));
      fs.writeFileSync(
        path.join(prefix, "nginx.conf"),
        `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  access_log ${prefix}/access.log;
  client_body_temp_path ${prefix}/temp/body; proxy_temp_path ${prefix}/temp/proxy; fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi; scgi_temp_path ${prefix}/temp/scgi;
  server {
    listen 127.0.0.1:${PORT} ssl;
    server_name localhost;
    ssl_certificate ${certs.cert};
    ssl_certificate_key ${certs.key};
    include ${prefix}/spr-planner.conf;
  }
}
`,
      );
      nginx = spawn(NGINX!, ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-e", path.join(prefix, "error.log")], { stdio: ["ignore", "pipe", "pipe"] });
      nginx.stdout!.on("data", (c: Buffer) => (log += c.toString()));
      nginx.stderr!.on("data", (c: Buffer) => (log += c.toString()));
      const deadline = Date.now() + 20000;
      for (;;) {
        const failed = await httpsGet(`${ADDIN_URL}taskpane.html`, ca).then(() => null, (e: unknown) => String(e));
        if (failed === null) break;
        if (Date.now() > deadline || nginx.exitCode !== null) throw new Error(`nginx did not start: ${failed}\n${log}`);
        await new Promise((r) => setTimeout(r, 200));
      }

      browser = await launchChromium();
      context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 320, height: 800 } });
      context.on("request", (r) => requests.push(r.url()));
      // office.js at Microsoft's CDN path, answered from the npm package path for path; anything else off this
      // machine is refused here and recorded, so nothing can leave even if the page tried.
      await context.route("**/*", async (route) => {
        const url = route.request().url();
        if (url.startsWith(`https://localhost:${PORT}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
        const file = url.startsWith(CDN_DIR) ? path.resolve(OFFICE_JS_DIST, new URL(url).pathname.slice(new URL(CDN_DIR).pathname.length)) : null;
        if (file && file.startsWith(OFFICE_JS_DIST + path.sep) && fs.existsSync(file)) return route.fulfill({ path: file });
        if (!file) elsewhere.push(url);
        return route.fulfill({ status: 404, body: "" });
      });
      await context.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => ((window as unknown as { __csp: string[] }).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`)));
    }, 120000);

    afterAll(async () => {
      await browser?.close();
      if (nginx && nginx.exitCode === null) nginx.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 300));
      fs.rmSync(prefix, { recursive: true, force: true });
    });

    async function cspViolations(page: Page): Promise<string[]> {
      return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    }

    it("sends the guide's headers: CSP (the pane's own policy), HSTS, nosniff, and caching by file", async () => {
      const pane = await httpsGet(`${ADDIN_URL}taskpane.html`, ca);
      expect(pane.status).toBe(200);
      const meta = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(pane.body)![1];
      expect(meta).toContain("script-src 'self' https://appsforoffice.microsoft.com");
      expect(meta).toContain("frame-src 'none'");
      for (const file of ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "taskpane.css", "help/functions.html", "assets/icon-32.png"]) {
        const r = await httpsGet(`${ADDIN_URL}${file}`, ca);
        expect([file, r.status, r.headers["content-security-policy"], r.headers["strict-transport-security"], r.headers["x-content-type-options"]]).toEqual([file, 200, meta, "max-age=31536000", "nosniff"]);
        // the entry files keep their names from version to version; the rest live under the version's folder
        const cache = ["taskpane.html", "functions.json"].includes(file) ? "no-cache" : "public, max-age=31536000, immutable";
        expect([file, r.headers["cache-control"]]).toEqual([file, cache]);
      }
      expect((await httpsGet(`${ADDIN_URL}functions.js`, ca)).headers["content-type"]).toBe("application/javascript");
      expect((await httpsGet(`${ADDIN_URL}functions.json`, ca)).headers["content-type"]).toBe("application/json");
      expect((await httpsGet(`${ADDIN_URL}assets/`, ca)).status).toBe(403); // no folder listings
      expect((await httpsGet(`${ADDIN_URL}no-such-file.js`, ca)).status).toBe(404);
      // only GET and HEAD
      const status = (method: string, file: string) =>
        new Promise<number>((resolve, reject) => https.request(`${ADDIN_URL}${file}`, { method, ca }, (r) => (r.resume(), resolve(r.statusCode ?? 0))).on("error", reject).end());
      for (const file of ["taskpane.html", "functions.js"]) {
        expect([file, await status("HEAD", file), await status("POST", file), await status("PUT", file), await status("DELETE", file)]).toEqual([file, 200, 403, 403, 403]);
      }
    });

    it("opens the pane: office.js from the CDN path, every function registered, no CSP violation of its own", async () => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${ADDIN_URL}taskpane.html`);
      await page.waitForFunction(() => document.getElementById("host-status")?.textContent?.startsWith("Running outside Excel"), undefined, { timeout: 30000 });
      // the SPR's national PSU requirement (paragraph 120), through office.js's own registry
      const psus = await page.evaluate(() => (window as unknown as { CustomFunctions: { _association: { mappings: Record<string, (k: string) => unknown> } } }).CustomFunctions._association.mappings["STANDARD"]("PSU_NATIONAL_EW"));
      expect(psus).toBe(297);
      expect(requests).toContain(`${CDN_DIR}office.js`);
      expect(errors).toEqual([]);
      // the only refusal allowed is office.js's telemetry frame, which the policy is there to stop
      expect((await cspViolations(page)).filter((v) => !/^frame-src https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com(\/|$)/.test(v))).toEqual([]);
      await page.close();
    });

    it("refuses, by its policy, office.js's telemetry frame and any connection elsewhere", async () => {
      const page = await context.newPage();
      await page.goto(`${ADDIN_URL}taskpane.html`);
      await page.evaluate(() => {
        const frame = document.createElement("iframe");
        frame.src = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";
        document.body.appendChild(frame);
        return fetch("https://example.org/collect", { method: "POST", body: "x" }).catch(() => undefined);
      });
      await page.waitForFunction(() => ((window as unknown as { __csp?: string[] }).__csp ?? []).length >= 2, undefined, { timeout: 10000 });
      // reported once by the header and once by the page's own <meta> policy; a blocked frame is reported by origin
      expect([...new Set(await cspViolations(page))].sort()).toEqual(["connect-src https://example.org/collect", "frame-src https://telemetryservice.firstpartyapps.oaspapps.com"]);
      await page.close();
    });

    it("opens the functions page with no CSP violation", async () => {
      const page = await context.newPage();
      await page.goto(`${ADDIN_URL}help/functions.html`);
      expect(await page.locator("h1").first().textContent()).toMatch(/SPR/);
      expect(await cspViolations(page)).toEqual([]);
      await page.close();
    });

    it("requested nothing but this server and office.js's CDN folder", () => {
      expect(elsewhere).toEqual([]);
      expect(requests.filter((u) => !u.startsWith(`https://localhost:${PORT}/`) && !u.startsWith(CDN_DIR))).toEqual([]);
      expect(requests.filter((u) => u.startsWith(`https://localhost:${PORT}/`)).length).toBeGreaterThan(3);
    });
  });
});
