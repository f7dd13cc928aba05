// Development HTTPS certificates for https://localhost:3000.
// office-addin-dev-certs' own `install` shells out to sudo on Linux and fails (yet exits 0), so we only *generate*
// the CA and localhost certificate here, with the package's exported generateCertificates(); trusting the CA is a
// separate, optional step (automatic on Windows and macOS through `npm start`, by hand on Linux: see the README).
const fs = require("fs");
const os = require("os");
const path = require("path");

function certDir() {
  return process.env.SPR_CERT_DIR || path.join(os.homedir(), ".office-addin-dev-certs");
}

function certPaths(dir = certDir()) {
  return { dir, ca: path.join(dir, "ca.crt"), cert: path.join(dir, "localhost.crt"), key: path.join(dir, "localhost.key") };
}

function stillValid(certFile) {
  try {
    const { X509Certificate } = require("crypto");
    const cert = new X509Certificate(fs.readFileSync(certFile));
    return new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

async function ensureDevCerts(dir = certDir()) {
  const p = certPaths(dir);
  if (![p.ca, p.cert, p.key].every((f) => fs.existsSync(f)) || !stillValid(p.cert)) {
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    await generateCertificates(p.ca, p.cert, p.key, 30, ["localhost", "127.0.0.1"]);
  }
  return p;
}

function httpsOptions(dir = certDir()) {
  const p = certPaths(dir);
  return { ca: fs.readFileSync(p.ca), cert: fs.readFileSync(p.cert), key: fs.readFileSync(p.key) };
}

module.exports = { certDir, certPaths, ensureDevCerts, httpsOptions };

if (require.main === module) {
  ensureDevCerts().then((p) => console.log(`Development certificates in ${p.dir}`));
}
