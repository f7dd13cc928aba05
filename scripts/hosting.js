// The web server configuration a force uses to host a release: an nginx location block and an IIS web.config, both
// made for one ADDIN_URL from the same list of headers (docs/deploy.md explains each). The served-package test runs
// the nginx block in a real nginx; the IIS file sends the same headers in IIS's own terms.
const { OFFICE_JS_CDN, checkedAddinUrl } = require("./urls");
const { contentSecurityPolicy } = require("./csp");

const LONG_CACHE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";
/** Files whose names do not change between versions: always revalidated, so an update is seen at the next load. */
const ENTRY_FILES = ["taskpane.html", "functions.json"];
const TYPES = { html: "text/html", js: "application/javascript", json: "application/json", css: "text/css", png: "image/png" };

/** Headers every served file carries (the cache header is chosen per file by cacheControl). */
function securityHeaders() {
  return {
    "Content-Security-Policy": contentSecurityPolicy(new URL(OFFICE_JS_CDN).origin),
    "Strict-Transport-Security": "max-age=31536000",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
  };
}

/** True when the URL's last folder is the release's version (https://host/spr/0.1.0/): then its files never change. */
function isVersioned(addinUrl, version) {
  return new URL(checkedAddinUrl(addinUrl)).pathname.endsWith(`/${version}/`);
}

function nginxConfig(addinUrl, version, root = `/srv/spr-planner/${version}/`) {
  const { pathname } = new URL(checkedAddinUrl(addinUrl));
  const headers = Object.entries(securityHeaders()).map(([k, v]) => `    add_header ${k} "${v}" always;`);
  const entry = ENTRY_FILES.map((f) => f.replace(/\./g, "\\.")).join("|");
  return `# SPR Planner ${version}, served at ${addinUrl}
# Put this block inside the force's HTTPS server { } block, and copy the release's addin/ folder to the alias folder.
location ^~ ${pathname} {
    alias ${root};
    # Only GET and HEAD; only the file types the add-in ships, and browsers must not guess others.
    limit_except GET { deny all; }
    types { ${Object.entries(TYPES)
      .map(([ext, type]) => `${type} ${ext};`)
      .join(" ")} }
    default_type application/octet-stream;
    autoindex off;
${headers.join("\n")}
    set $spr_cache "${isVersioned(addinUrl, version) ? LONG_CACHE : REVALIDATE}";
    # The entry files keep their names from version to version: revalidate them on every load.
    location ~ ^${pathname.replace(/\./g, "\\.")}(${entry})$ {
        limit_except GET { deny all; }
        set $spr_cache "${REVALIDATE}";
    }
    add_header Cache-Control $spr_cache always;
}
`;
}

function escapeAttr(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

function iisConfig(addinUrl, version) {
  const headers = Object.entries(securityHeaders()).map(([k, v]) => `        <add name="${k}" value="${escapeAttr(v)}" />`);
  const cache = isVersioned(addinUrl, version)
    ? `<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />`
    : `<clientCache cacheControlMode="DisableCache" />`;
  const entries = ENTRY_FILES.map(
    (f) => `  <location path="${f}">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="DisableCache" />
      </staticContent>
    </system.webServer>
  </location>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- SPR Planner ${version}, served at ${escapeAttr(addinUrl)}. Copy this file into the folder that holds the release's
     addin/ files (the IIS application or virtual directory for that URL). -->
<configuration>
  <system.webServer>
    <directoryBrowse enabled="false" />
    <staticContent>
      <remove fileExtension=".json" />
      <mimeMap fileExtension=".json" mimeType="application/json" />
      ${cache}
    </staticContent>
    <httpProtocol>
      <customHeaders>
${headers.join("\n")}
      </customHeaders>
    </httpProtocol>
    <security>
      <requestFiltering>
        <verbs allowUnlisted="false">
          <add verb="GET" allowed="true" />
          <add verb="HEAD" allowed="true" />
        </verbs>
      </requestFiltering>
    </security>
  </system.webServer>
${entries.join("\n")}
</configuration>
`;
}

module.exports = { securityHeaders, nginxConfig, iisConfig };
