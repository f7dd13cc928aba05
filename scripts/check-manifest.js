// An offline check of manifest.xml (office-addin-manifest validate needs an online service): well-formed XML, every
// resid resolves, resource ids unique, <Id> a GUID, one origin for every URL, the custom functions namespace upper-case.
const { XMLParser, XMLValidator } = require("fast-xml-parser");

function collect(node, visit, key = "") {
  if (Array.isArray(node)) return node.forEach((n) => collect(n, visit, key));
  if (node && typeof node === "object") {
    visit(key, node);
    for (const [k, v] of Object.entries(node)) if (!k.startsWith("@_")) collect(v, visit, k);
  }
}

function checkManifest(xml) {
  const problems = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const doc = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true }).parse(xml);
  const app = doc.OfficeApp;
  if (!app) return ["no <OfficeApp> root element"];
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(app.Id)))
    problems.push(`<Id> is not a GUID: ${app.Id}`);

  const resources = new Map();
  const resids = [];
  const urls = [];
  collect(app, (key, node) => {
    if (node["@_id"] !== undefined && node["@_DefaultValue"] !== undefined && ["Image", "Url", "String"].includes(key)) {
      const id = node["@_id"];
      if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      resources.set(id, { kind: key, value: node["@_DefaultValue"] });
    }
    if (node["@_resid"] !== undefined) resids.push(node["@_resid"]);
    for (const [k, v] of Object.entries(node)) if (k.startsWith("@_") && typeof v === "string" && /^https?:/.test(v)) urls.push(v);
  });
  for (const r of resids) if (!resources.has(r)) problems.push(`resid "${r}" does not resolve to a resource`);
  const origins = new Set(urls.map((u) => new URL(u).origin));
  if (origins.size !== 1) problems.push(`URLs use ${origins.size} origins (${[...origins].join(", ")}); expected one`);
  for (const u of urls) if (!u.startsWith("https://")) problems.push(`URL is not HTTPS: ${u}`);

  let namespace;
  collect(app, (key, node) => {
    if (key === "ExtensionPoint" && node["@_type"] === "CustomFunctions") namespace = node.Namespace && node.Namespace["@_resid"];
  });
  if (!namespace) problems.push("no CustomFunctions extension point with a Namespace");
  else {
    const ns = resources.get(namespace);
    if (!ns) problems.push(`namespace resid "${namespace}" does not resolve`);
    else if (ns.value !== "SPR") problems.push(`namespace is "${ns.value}", expected "SPR"`);
  }
  return problems;
}

module.exports = { checkManifest };

if (require.main === module) {
  const file = process.argv[2] || "manifest.xml";
  const problems = checkManifest(require("fs").readFileSync(file, "utf8"));
  if (problems.length) {
    console.error(problems.map((p) => `${file}: ${p}`).join("\n"));
    process.exit(1);
  }
  console.log(`${file}: OK`);
}
