// Where the add-in is served from. Development: https://localhost:3000/. Production: set ADDIN_URL at build time;
// every occurrence of the development URL in manifest.xml and functions.json is replaced (all of them, not the first).
const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function withSlash(url) {
  return url.endsWith("/") ? url : url + "/";
}

/**
 * Why `url` cannot be where the add-in is hosted, or null when it can. Office loads add-ins only over HTTPS, and the
 * URL is written into XML (the manifest) and JSON (functions.json), so only a clean URL is taken: https, a host, an
 * optional port and path, and nothing but letters, digits and `-._~/:` (no quotes, spaces, `&`, `<`, `%`, query,
 * fragment or user name), already in the form a browser would write it.
 */
function addinUrlProblem(url) {
  const expected = "expected a clean https URL such as https://planner.force.police.uk/spr/0.1.0/";
  if (typeof url !== "string" || url === "") return `ADDIN_URL is empty: ${expected}`;
  if (!url.startsWith("https://")) return `ADDIN_URL must start with https:// (Office loads add-ins only over HTTPS): ${expected}`;
  const bad = /[^A-Za-z0-9\-._~/:]/.exec(url);
  if (bad) return `ADDIN_URL contains ${JSON.stringify(bad[0])} at position ${bad.index + 1}: ${expected}`;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return `ADDIN_URL is not a URL: ${expected}`;
  }
  if (withSlash(parsed.href) !== withSlash(url))
    return `ADDIN_URL is not in its plain form (a browser would write ${parsed.href}): ${expected}`;
  return null;
}

/** `url` with a closing slash; throws with addinUrlProblem's message when it is refused. */
function checkedAddinUrl(url) {
  const problem = addinUrlProblem(url);
  if (problem) throw new Error(problem);
  return withSlash(url);
}

function escapeXml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** Moves every development URL in `text` to `addinUrl`; `xml` escapes it for an XML attribute or text. */
function rewriteUrls(text, addinUrl, { xml = false } = {}) {
  const url = checkedAddinUrl(addinUrl);
  return text.split(DEV_URL).join(xml ? escapeXml(url) : url);
}

function officeJsUrl(local) {
  return local ? "office-js/office.js" : OFFICE_JS_CDN;
}

module.exports = { DEV_URL, OFFICE_JS_CDN, addinUrlProblem, checkedAddinUrl, rewriteUrls, officeJsUrl };
