/**
 * `spr statement <plan.json> -o <statement.docx> [--force]`: the draft assurance statement as an editable Word
 * document — a force's (SPR paragraph 24.1) or, over a national roll-up, the APCC's summary of statements (24.2) —
 * with the same text as the workbook's Statement sheet (src/workbook/layout/statement.ts), written with the `docx`
 * library. Plans are read and refused as `spr build` reads them; the file is written beside its destination and moved
 * into place, and never replaces a file without --force.
 */
import * as fs from "fs";
import * as path from "path";
import { layoutWorkbook } from "../workbook/build";
import { Statement } from "../workbook/layout/statement";
import { Docx, statementDocument } from "../workbook/statement-docx";
import { commandFailure, outputArgs, readPlanFile } from "./build-command";
import type { Io } from "./main";

export const STATEMENT_USAGE = "spr statement <plan.json> -o <statement.docx> [--force]";

/**
 * The docx library, loaded only when a statement is written: it is a development dependency for now, so `spr build`
 * and the other commands start without it where only the runtime dependencies are installed (npm ci --omit=dev).
 */
async function docxLibrary(): Promise<Docx> {
  try {
    return await import("docx");
  } catch {
    throw new Error("spr statement needs the docx package, which this installation does not have (run npm install)");
  }
}

/** The statement as a Word document (src/workbook/statement-docx.ts), packed for a file. */
export async function statementDocx(st: Statement, source: string): Promise<Buffer> {
  const docx = await docxLibrary();
  return docx.Packer.toBuffer(statementDocument(docx, st, source));
}

export async function statementCommand(args: string[], io: Io): Promise<number> {
  const a = outputArgs(args, io, { command: "statement", usage: STATEMENT_USAGE, inputs: 1, ext: ".docx" });
  if (!a) return 2;
  const { out } = a;
  const file = a.inputs[0];
  try {
    const { plan, forcePlans } = readPlanFile(file);
    if (plan.organisation.kind === "region") {
      io.err(
        `spr statement: ${file} is a region's plan; a statement is a force's (SPR 24.1) or, over a national roll-up, the APCC's summary (24.2)`,
      );
      return 2;
    }
    const stamp = { builtAt: new Date().toISOString(), planDigest: "", planSource: path.basename(file) };
    // the statement the Statement sheet holds (a force's or the nation's: a region's plan was refused above)
    const { statement } = layoutWorkbook({ ...plan, uncertainty: undefined }, stamp, undefined, undefined, forcePlans);
    const buffer = await statementDocx(statement!, path.basename(file));
    const tmp = path.join(path.dirname(out), `.${path.basename(out)}.spr-tmp-${process.pid}`);
    fs.writeFileSync(tmp, buffer);
    fs.renameSync(tmp, out);
    io.out(`Wrote ${out}`);
    return 0;
  } catch (e) {
    return commandFailure(io, "statement", file, e);
  }
}
