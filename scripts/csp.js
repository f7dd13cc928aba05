// The task pane's Content-Security-Policy, in one place: the pane's <meta> tag (webpack) and the HTTP header that the
// hosting configuration sends (scripts/hosting.js, docs/deploy.md) are both made from it. Nothing may leave the
// machine: scripts only from the add-in's own origin and office.js's; no connections, frames or forms elsewhere.
// office.js's telemetry frame is refused by frame-src 'none'.
function contentSecurityPolicy(officeJsOrigin) {
  return [
    "default-src 'self'",
    `script-src 'self' ${officeJsOrigin}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = { contentSecurityPolicy };
