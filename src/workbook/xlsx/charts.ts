/**
 * Native Excel charts in the .xlsx file. ExcelJS writes no charts, so after it has written the workbook we add the
 * DrawingML parts ourselves: a chart part per ChartModel (a clustered bar chart over a label column and a value
 * column, with the values cached so any application can draw it), a drawing part anchoring it on its sheet, and
 * the relationships and content types that tie them in.
 */
import JSZip from "jszip";
import { SheetModel, address, sheetRef } from "../model";
import { xmlSafe } from "../xml-text";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

function esc(s: string): string {
  return xmlSafe(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function range(sheet: string, row: number, col: number, rows: number): string {
  return `${sheetRef(sheet)}!${address(row, col, true)}:${address(row + rows - 1, col, true)}`;
}

function chartXml(sheet: SheetModel, index: number): string {
  const ch = sheet.charts[index];
  const value = (r: number, c: number) => sheet.cells.find((x) => x.row === r && x.col === c)?.value ?? null;
  const labels = Array.from({ length: ch.labels.rows }, (_, i) => String(value(ch.labels.row + i, ch.labels.col) ?? ""));
  const values = Array.from({ length: ch.values.rows }, (_, i) => value(ch.values.row + i, ch.values.col));
  const strPts = labels.map((l, i) => `<c:pt idx="${i}"><c:v>${esc(l)}</c:v></c:pt>`).join("");
  const numPts = values.map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(ch.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${esc(ch.title)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="1F3A5F"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${esc(range(sheet.name, ch.labels.row, ch.labels.col, ch.labels.rows))}</c:f><c:strCache><c:ptCount val="${labels.length}"/>${strPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${esc(range(sheet.name, ch.values.row, ch.values.col, ch.values.rows))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${numPts}</c:numCache></c:numRef></c:val>` +
    `</c:ser><c:gapWidth val="60"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>` +
    `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="low"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function anchor(sheet: SheetModel, index: number, chartNumber: number, relId: string): string {
  const { row, col } = sheet.charts[index].at;
  const from = `<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
  const to = `<xdr:to><xdr:col>${col + 6}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + 18}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;
  return (
    `<xdr:twoCellAnchor>${from}${to}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${chartNumber + 1}" name="Chart ${chartNumber}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Maps each sheet name to its part path (xl/worksheets/sheetN.xml) through workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const t = target.get(m[2])!.replace(/^\/?xl\//, "");
    out.set(
      m[1]
        .replace(/&amp;/g, "&")
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">"),
      `xl/${t}`,
    );
  }
  return out;
}

export async function addCharts(zip: JSZip, sheets: SheetModel[]): Promise<void> {
  const withCharts = sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return;
  const parts = await sheetParts(zip);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  let chartNumber = 0;
  for (const [d, sheet] of withCharts.entries()) {
    const part = parts.get(sheet.name);
    if (!part) throw new Error(`no part for sheet ${sheet.name}`);
    const drawing = `drawing${d + 1}.xml`;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    sheet.charts.forEach((_, i) => {
      chartNumber++;
      const chartName = `chart${chartNumber}.xml`;
      zip.file(`xl/charts/${chartName}`, chartXml(sheet, i));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/${chartName}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
      );
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/${chartName}"/>`);
      anchors.push(anchor(sheet, i, chartNumber, `rId${i + 1}`));
    });
    zip.file(
      `xl/drawings/${drawing}`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join("")}</xdr:wsDr>`,
    );
    zip.file(
      `xl/drawings/_rels/${drawing}.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">${drawingRels.join("")}</Relationships>`,
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );

    const relsPath = part.replace(/worksheets\/(sheet\d+\.xml)$/, "worksheets/_rels/$1.rels");
    const relId = "rIdSprDrawing1";
    const rel = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/${drawing}"/>`;
    const relsFile = zip.file(relsPath);
    const rels = relsFile
      ? (await relsFile.async("string")).replace("</Relationships>", `${rel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">${rel}</Relationships>`;
    zip.file(relsPath, rels);
    let xml = await zip.file(part)!.async("string");
    if (!xml.includes(`xmlns:r="${NS.r}"`)) xml = xml.replace("<worksheet ", `<worksheet xmlns:r="${NS.r}" `);
    // CT_Worksheet order: the drawing comes before legacyDrawing, tableParts and extLst
    const at = xml.search(/<legacyDrawing|<tableParts|<extLst|<\/worksheet>/);
    zip.file(part, xml.slice(0, at) + `<drawing r:id="${relId}"/>` + xml.slice(at));
  }
  zip.file("[Content_Types].xml", types);
}
