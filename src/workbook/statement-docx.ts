/**
 * The draft assurance statement (src/workbook/layout/statement.ts) as a Word document, built with the `docx` library
 * for every door that hands one out: `spr statement` packs it to a file, the task pane to a Blob the user saves. The
 * library is passed in, not imported, so each door loads it only when a statement is asked for (the CLI where `docx`
 * may be missing, the pane as a chunk of its own outside its first bundle).
 */
import type { Document, Paragraph, Table } from "docx";
import type { Statement, StatementTable } from "./layout/statement";

export type Docx = typeof import("docx");

/** The text width of an A4 page with the library's default one-inch margins, in twentieths of a point. */
const TEXT_WIDTH = 11_906 - 2 * 1_440;

function text(v: unknown): string {
  return v === null || v === undefined ? "" : typeof v === "number" ? v.toLocaleString("en-GB") : String(v);
}

/** About the width of a letter of 10–11 pt body text (a capital, a bold heading's), and a cell's padding, in twentieths of a point. */
const LOWER = 120;
const UPPER = 170;
const BOLD = 1.1;
const PADDING = 250;

/** The width a word takes on the page: words break at spaces and after hyphens, never inside. */
function wordWidth(w: string, bold: boolean): number {
  let width = 0;
  for (const ch of w) width += ch >= "A" && ch <= "Z" ? UPPER : LOWER;
  return bold ? width * BOLD : width;
}

/**
 * Column widths over the page: each column first gets its widest word, then the rest of the page goes to the columns
 * whose text is longer than that, by how much longer (up to 40 letters).
 */
function columnWidths(t: StatementTable): number[] {
  const cells = [t.header, ...t.rows].map((r) => r.map(text));
  const least = t.header.map((_, j) =>
    Math.ceil(PADDING + Math.max(...cells.flatMap((r, i) => (r[j] ?? "").split(/\s+|(?<=-)/).map((w) => wordWidth(w, i === 0))))),
  );
  const more = t.header.map((_, j) =>
    Math.max(0, PADDING + LOWER * Math.min(40, Math.max(...cells.map((r) => (r[j] ?? "").length))) - least[j]),
  );
  const spare = TEXT_WIDTH - least.reduce((a, b) => a + b, 0);
  const extra = more.reduce((a, b) => a + b, 0);
  if (spare <= 0) return least.map((w) => Math.floor((w * TEXT_WIDTH) / (TEXT_WIDTH - spare)));
  return least.map((w, j) => w + (extra ? Math.floor((spare * more[j]) / extra) : Math.floor(spare / least.length)));
}

function table({ AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType }: Docx, t: StatementTable): Table {
  const widths = columnWidths(t);
  const row = (cells: readonly unknown[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (v, j) =>
          new TableCell({
            width: { size: widths[j], type: WidthType.DXA },
            children: [
              new Paragraph({
                alignment: typeof v === "number" ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [new TextRun({ text: text(v), bold: header })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))],
  });
}

/** The statement as a Word document: a title, the subtitle and the plan it comes from, then each part's heading, paragraphs and table. */
export function statementDocument(docx: Docx, st: Statement, source: string): Document {
  const { Document, HeadingLevel, Paragraph, TextRun } = docx;
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
  return new Document({
    creator: "SPR Planner",
    title: st.title,
    description: "Draft assurance statement (Strategic Policing Requirement, paragraph 24)",
    sections: [{ children }],
  });
}
