// Where the add-in is served from. Development: https://localhost:3000/. Production: set ADDIN_URL at build time;
// every occurrence of the development URL in manifest.xml and functions.json is replaced (all of them, not the first).
const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function withSlash(url) {
  return url.endsWith("/") ? url : url + "/";
}

function rewriteUrls(text, addinUrl) {
  return text.split(DEV_URL).join(withSlash(addinUrl));
}

function officeJsUrl(local) {
  return local ? "office-js/office.js" : OFFICE_JS_CDN;
}

module.exports = { DEV_URL, OFFICE_JS_CDN, rewriteUrls, officeJsUrl };
