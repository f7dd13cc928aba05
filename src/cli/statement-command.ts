/**
 * `spr statement <plan.json> -o <statement.docx> [--force]`: the draft assurance statement as an editable Word
 * document — a force's (SPR paragraph 24.1) or, over a national roll-up, the APCC's summary of statements (24.2) —
 * with the same text as the workbook's Statement sheet (src/workbook/layout/statement.ts), written with the `docx`
 * library. Plans are read and refused as `spr build` reads them; the file is written beside its destination and moved
 * into place, and never replaces a file without --force.
 */
import * as fs from "fs";
import * as path from "path";
import type { Paragraph, Table } from "docx";
import { layoutWorkbook } from "../workbook/build";
import { Statement, StatementTable, statementOf } from "../workbook/layout/statement";
import { commandFailure, outputArgs, readPlanFile } from "./build-command";
import type { Io } from "./main";

export const STATEMENT_USAGE = "spr statement <plan.json> -o <statement.docx> [--force]";

type Docx = typeof import("docx");

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

function table({ AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType }: Docx, t: StatementTable): Table {
  const row = (cells: readonly unknown[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (v) =>
          new TableCell({
            children: [
              new Paragraph({
                alignment: typeof v === "number" ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [
                  new TextRun({
                    text: v === null || v === undefined ? "" : typeof v === "number" ? v.toLocaleString("en-GB") : String(v),
                    bold: header,
                  }),
                ],
              }),
            ],
          }),
      ),
    });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))] });
}

/** The statement as a Word document: a title, the subtitle, then each part's heading, paragraphs and table. */
export async function statementDocx(st: Statement, source: string): Promise<Buffer> {
  const docx = await docxLibrary();
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = docx;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(st.title)] }),
    new Paragraph({ children: [new TextRun({ text: st.subtitle, italics: true })] }),
    new Paragraph({ children: [new TextRun({ text: `Plan: ${source}`, italics: true })] }),
  ];
  for (const part of st.parts) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(part.heading)] }));
    for (const p of part.paragraphs) children.push(new Paragraph({ children: [new TextRun(p)] }));
    if (part.table) children.push(table(docx, part.table));
  }
  const doc = new Document({
    creator: "SPR Planner",
    title: st.title,
    description: "Draft assurance statement (Strategic Policing Requirement, paragraph 24)",
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
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
    const { ctx, models } = layoutWorkbook({ ...plan, uncertainty: undefined }, stamp, undefined, undefined, forcePlans);
    const buffer = await statementDocx(statementOf(ctx, models), path.basename(file));
    const tmp = path.join(path.dirname(out), `.${path.basename(out)}.spr-tmp-${process.pid}`);
    fs.writeFileSync(tmp, buffer);
    fs.renameSync(tmp, out);
    io.out(`Wrote ${out}`);
    return 0;
  } catch (e) {
    return commandFailure(io, "statement", file, e);
  }
}
