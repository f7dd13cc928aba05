// `npm run package`: the release a force's IT team hosts. Builds the production add-in for ADDIN_URL and writes one
// archive, release/spr-planner-<version>.zip, holding
//   addin/            the files to host at ADDIN_URL
//   manifest.xml      the add-in's manifest for the Microsoft 365 admin centre (version from package.json)
//   deploy/           nginx and IIS configuration for that URL (scripts/hosting.js)
//   sbom.cdx.json     CycloneDX software bill of materials, made by @cyclonedx/cyclonedx-npm from the lockfile
//   SHA256SUMS        the SHA-256 of every other file (`sha256sum -c SHA256SUMS` checks them)
// The archive is reproducible: the same commit gives the same bytes (fixed dates, sorted entries, no owners, no paths
// of the build machine). Usage: ADDIN_URL=https://host/spr/0.1.0/ npm run package [-- --out DIR]
const { spawnSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { Buffer } = require("buffer");
const JSZip = require("jszip");
const { addinUrlProblem, checkedAddinUrl } = require("./urls");
const { nginxConfig, iisConfig } = require("./hosting");

const ROOT = path.resolve(__dirname, "..");
/** Every entry's date: the archive must not record when it was built. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

function run(command, args, env) {
  const r = spawnSync(process.execPath, [command, ...args], { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${path.relative(ROOT, command)} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Every file under `dir`, as sorted forward-slash paths relative to it. */
function listFiles(dir, prefix = "") {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/**
 * The npm packages webpack put into the bundles, from its stats. Every one must be a runtime dependency, so that the
 * SBOM (the runtime dependency tree from the lockfile) lists everything that ships: today the bundles that load
 * with the add-in are first-party code only; `docx` rides in the chunk the pane loads only when a planner drafts the
 * assurance statement, and `exceljs` and `jszip` in the one it loads only when a planner saves a copy to share (all
 * three runtime dependencies). Any other bundled package stops the release.
 */
function bundledPackages(stats) {
  const names = new Set();
  const visit = (modules) => {
    for (const m of modules ?? []) {
      const at = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(m.name ?? "");
      if (at) names.add(at[1]);
      visit(m.modules);
    }
  };
  visit(stats.modules);
  return [...names].sort();
}

/** The packages of the lockfile's runtime tree (what `--omit dev` installs and the SBOM lists), by name. */
function runtimePackages(lock) {
  return new Set(
    Object.entries(lock.packages ?? {})
      .filter(([at, p]) => at !== "" && !p.dev)
      .map(([at]) => at.slice(at.lastIndexOf("node_modules/") + "node_modules/".length)),
  );
}

/** The bundled packages the SBOM would not list: those outside the runtime tree. */
function outsideSbom(bundled, lock) {
  const runtime = runtimePackages(lock);
  return bundled.filter((name) => !runtime.has(name));
}

/** The release's files by path (in memory): what goes into the archive. */
function releaseFiles(addinUrl, version) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "spr-package-"));
  try {
    const env = { ...process.env, ADDIN_URL: addinUrl };
    delete env.OFFICE_JS; // the production pane loads office.js from Microsoft's CDN
    const addin = path.join(work, "addin");
    const stats = path.join(work, "stats.json");
    run(
      path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
      ["--mode", "production", "--output-path", addin, `--json=${stats}`],
      env,
    );
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
    const unlisted = outsideSbom(bundledPackages(JSON.parse(fs.readFileSync(stats, "utf8"))), lock);
    if (unlisted.length > 0)
      throw new Error(
        `the add-in bundles include npm packages (${unlisted.join(", ")}) that are not runtime dependencies, so the SBOM would not list them`,
      );
    const files = new Map();
    for (const f of listFiles(addin)) files.set(f === "manifest.xml" ? f : `addin/${f}`, fs.readFileSync(path.join(addin, f)));
    files.set("deploy/nginx/spr-planner.conf", Buffer.from(nginxConfig(addinUrl, version)));
    files.set("deploy/iis/web.config", Buffer.from(iisConfig(addinUrl, version)));
    const sbom = path.join(work, "sbom.cdx.json");
    const cyclonedx = path.join(ROOT, "node_modules", "@cyclonedx", "cyclonedx-npm", "bin", "cyclonedx-npm-cli.js");
    run(
      cyclonedx,
      [
        "--package-lock-only",
        "--omit",
        "dev",
        "--output-reproducible",
        "--output-format",
        "JSON",
        "--output-file",
        sbom,
        path.join(ROOT, "package.json"),
      ],
      env,
    );
    files.set("sbom.cdx.json", fs.readFileSync(sbom));
    const sums = [...files.keys()].sort().map((f) => `${crypto.createHash("sha256").update(files.get(f)).digest("hex")}  ${f}\n`);
    files.set("SHA256SUMS", Buffer.from(sums.join("")));
    return files;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function writeArchive(files, top, file) {
  const zip = new JSZip();
  for (const name of [...files.keys()].sort()) {
    zip.file(`${top}/${name}`, files.get(name), { date: FIXED_DATE, unixPermissions: 0o100644, createFolders: false });
  }
  const bytes = await zip.generateAsync({ type: "nodebuffer", platform: "UNIX", compression: "DEFLATE", compressionOptions: { level: 9 } });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return bytes;
}

/** Builds the release for `addinUrl` into `outDir`; returns the archive's path. Throws on a refused URL. */
async function packageRelease(addinUrl, outDir = path.join(ROOT, "release")) {
  const url = checkedAddinUrl(addinUrl);
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const top = `spr-planner-${version}`;
  const file = path.join(outDir, `${top}.zip`);
  const bytes = await writeArchive(releaseFiles(url, version), top, file);
  return { file, sha256: crypto.createHash("sha256").update(bytes).digest("hex") };
}

module.exports = { packageRelease, bundledPackages, outsideSbom };

if (require.main === module) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  const outDir = outAt >= 0 ? path.resolve(args[outAt + 1] ?? "") : undefined;
  const problem = addinUrlProblem(process.env.ADDIN_URL ?? "");
  if (problem) {
    console.error(
      `npm run package: ${problem}\nSet it to where the force will host this release, for example:\n  ADDIN_URL=https://planner.force.police.uk/spr/0.1.0/ npm run package`,
    );
    process.exit(2);
  }
  packageRelease(process.env.ADDIN_URL, outDir).then(
    ({ file, sha256 }) => console.log(`Release archive: ${path.relative(process.cwd(), file)}\nSHA-256: ${sha256}`),
    (e) => {
      console.error(`npm run package failed: ${e.message}`);
      process.exit(1);
    },
  );
}
