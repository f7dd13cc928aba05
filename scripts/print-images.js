// `node scripts/print-images.js` (after `npm run demo`): prints each example's shareable copy in examples/out/ (what
// readers without the add-in receive; LibreOffice cannot show the live workbook's spills) to PDF with LibreOffice and
// renders the first page of each sheet to docs/images/print/<example>-<sheet>.png with poppler's pdftoppm, so the
// docs show what the PCC and the ROCU board receive on paper. Needs soffice, pdftotext and pdftoppm.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { convert, pagePng, run } = require("./libreoffice");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "docs", "images", "print");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "spr-print-images-"));
fs.mkdirSync(outDir, { recursive: true });

try {
  for (const f of fs
    .readdirSync(path.join(root, "examples", "out"))
    .filter((n) => n.endsWith("-shared.xlsx"))
    .sort()) {
    const xlsx = path.join(root, "examples", "out", f);
    convert("soffice", xlsx, "pdf", work, work);
    const pdf = path.join(work, f.replace(/\.xlsx$/, ".pdf"));
    const pages = Number(/^Pages:\s+(\d+)/m.exec(run("pdfinfo", [pdf]))[1]);
    let previous = "";
    for (let p = 1; p <= pages; p++) {
      // the footer names the sheet; a sheet's first page is where the name changes
      const text = run("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"]);
      const footer = (/^\s*(\S.*?)\s+Page \d+ of \d+\s*$/m.exec(text) || [])[1] || `page ${p}`;
      if (footer === previous) continue;
      previous = footer;
      const name = `${f.replace(/-shared\.xlsx$/, "")}-${footer.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
      pagePng(pdf, p, path.join(outDir, name), 60);
      console.log(`docs/images/print/${name}.png`);
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
