// LibreOffice (Debian's package, headless) as the scripts and tests run it: one way to convert a file with a private
// profile, so runs side by side never share one. Calc opens the workbooks; Writer (libreoffice-writer-nogui, whose
// .docx import filter is WRITER_FILTER) opens the draft statement.
const path = require("path");
const { spawnSync } = require("child_process");

const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"];
const WRITER_FILTER = "/usr/lib/libreoffice/program/libwriterfilterlo.so";

/** Runs a program to completion; its standard output, or an Error with its standard error. */
function run(cmd, args, timeout = 180000) {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.error || `exit ${r.status}`}`);
  return r.stdout;
}

/** Converts `file` with soffice to `format` ("pdf", "csv:…") in `outDir`, with its profile under `work`. */
function convert(soffice, file, format, outDir, work) {
  run(soffice, [
    `-env:UserInstallation=file://${path.join(work, "profile")}`,
    "--headless",
    "--convert-to",
    format,
    "--outdir",
    outDir,
    file,
  ]);
}

/** Page `page` of a PDF as a PNG at `dpi` (poppler's pdftoppm), written to `<outBase>.png`. */
function pagePng(pdf, page, outBase, dpi) {
  run("pdftoppm", ["-f", String(page), "-l", String(page), "-r", String(dpi), "-png", "-singlefile", pdf, outBase]);
}

module.exports = { SOFFICE, WRITER_FILTER, run, convert, pagePng };
