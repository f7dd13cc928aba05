// `node scripts/statement-image.js` (part of `npm run docs:images`, after `npm run demo`): opens each draft statement
// in examples/out/ (*.docx, written by `spr statement`) in LibreOffice Writer, prints it to PDF and renders page one to
// docs/images/statement-<name>.png with poppler's pdftoppm. Needs soffice with Writer (libreoffice-writer-nogui) and
// pdftoppm (poppler-utils), as .ci/run installs them.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { convert, pagePng } = require("./libreoffice");

const root = path.resolve(__dirname, "..");
const from = path.join(root, "examples", "out");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "spr-statement-image-"));
try {
  const docs = fs.existsSync(from)
    ? fs
        .readdirSync(from)
        .filter((n) => n.endsWith(".docx"))
        .sort()
    : [];
  if (!docs.length) throw new Error("no statements in examples/out: run npm run demo first");
  for (const f of docs) {
    convert("soffice", path.join(from, f), "pdf", work, work);
    const name = `statement-${f.replace(/\.docx$/, "").replace(/^statement-/, "")}`;
    pagePng(path.join(work, f.replace(/\.docx$/, ".pdf")), 1, path.join(root, "docs", "images", name), 60);
    console.log(`docs/images/${name}.png`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
