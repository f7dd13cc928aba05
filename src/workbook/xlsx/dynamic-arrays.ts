/**
 * The dynamic-array storage of Excel 365, which ExcelJS cannot write, added to the package after it has (the
 * calculation properties are calc-properties.ts's).
 *
 * - Dynamic arrays: the anchor of a spilling formula is stored as `<c cm="1"><f t="array" ref="A1:D9">`, the cm
 *   attribute pointing at a cell-metadata block whose type is XLDAPR with the dynamic-array property fDynamic="1"
 *   (ECMA-376 Part 1 §18.3.1.4 c, §18.9 metadata; [MS-XLSX] 2.3.8 dynamicArrayProperties, extension
 *   {bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}; the schema: learn.microsoft.com/openspecs/office_standards/ms-xlsx/
 *   878c8ac4-8548-4bfb-9ad4-b1378e0efed1). Without the metadata Excel reads t="array" as a legacy CSE array.
 * - Readers without the add-in: LibreOffice's xlsx import recalculates array formulas instead of using their cached
 *   results (LibreOffice/core sc/source/filter/oox/formulabuffer.cxx: applyArrayFormulas only calls setMatrixCells;
 *   cached values are applied to ordinary formula cells alone, in applyCellFormulaValues), so its readers, like every
 *   reader without the add-in, are sent the shareable copy (src/workbook/shareable.ts).
 */
import JSZip from "jszip";

const REL_METADATA = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";
const CT_METADATA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
const XDA = "http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray";
const DYNAMIC_ARRAY_EXT = "{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}";

export const METADATA_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="${XDA}">` +
  `<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>` +
  `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="${DYNAMIC_ARRAY_EXT}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>` +
  `<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`;

/**
 * Marks every t="array" formula (the adapter writes no legacy array formulas, only dynamic arrays) with cm="1" and
 * adds the metadata part they point at. Returns the number of anchors marked.
 */
export async function markDynamicArrays(zip: JSZip): Promise<number> {
  let anchors = 0;
  for (const part of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
    const xml = await zip.file(part)!.async("string");
    const marked = xml.replace(/<c ((?:(?!cm=)[^>])*)><f t="array"/g, (_m, attrs: string) => {
      anchors++;
      return `<c ${attrs} cm="1"><f t="array"`;
    });
    if (marked !== xml) zip.file(part, marked);
  }
  if (anchors === 0) return 0;
  zip.file("xl/metadata.xml", METADATA_XML);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace("</Types>", `<Override PartName="/xl/metadata.xml" ContentType="${CT_METADATA}"/></Types>`),
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace("</Relationships>", `<Relationship Id="rIdSprMetadata" Type="${REL_METADATA}" Target="metadata.xml"/></Relationships>`),
  );
  return anchors;
}
