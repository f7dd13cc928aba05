/**
 * The ownership mark the task pane writes on each sheet it builds (the worksheet custom property OWNER_KEY = "owned",
 * Office.js ExcelApi 1.12), written into a file built by `spr build`, so the pane recognises the CLI's sheets as its
 * own and can rebuild them in place after asking. In the file a worksheet custom property is a `customPr` element in
 * the sheet's `customProperties`, pointing at a part holding the value as UTF-16LE text (ECMA-376 Part 1 §18.3.1.23
 * customPr and §18.3.1.22 customProperties; relationship type customProperty). Not verified in Excel here.
 */
import JSZip from "jszip";
import { OWNER_KEY } from "../port";

const REL_CUSTOM_PROPERTY = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty";
const CT_CUSTOM_PROPERTY = "application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// CT_Worksheet: customProperties come after the page setup and breaks, before all of these
const AFTER_CUSTOM_PROPERTIES =
  /<cellWatches|<ignoredErrors|<smartTags|<drawing|<legacyDrawing|<picture|<oleObjects|<controls|<webPublishItems|<tableParts|<extLst|<\/worksheet>/;

/** The value as the custom property part stores it: UTF-16LE text (without Node's Buffer, so it runs in the pane too). */
export function customPropertyBytes(value: string): Uint8Array {
  const bytes = new Uint8Array(value.length * 2);
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    bytes[2 * i] = unit & 0xff;
    bytes[2 * i + 1] = unit >> 8;
  }
  return bytes;
}

/** Marks every worksheet of the package as the add-in's ("owned"), as the pane marks the sheets it writes. */
export async function addOwnerMarks(zip: JSZip): Promise<void> {
  const parts = Object.keys(zip.files)
    .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
    .sort();
  let types = await zip.file("[Content_Types].xml")!.async("string");
  for (const [i, part] of parts.entries()) {
    const bin = `customProperty${i + 1}.bin`;
    zip.file(`xl/${bin}`, customPropertyBytes("owned"));
    types = types.replace("</Types>", `<Override PartName="/xl/${bin}" ContentType="${CT_CUSTOM_PROPERTY}"/></Types>`);
    const relsPath = part.replace(/worksheets\/(sheet\d+\.xml)$/, "worksheets/_rels/$1.rels");
    const rel = `<Relationship Id="rIdSprOwner" Type="${REL_CUSTOM_PROPERTY}" Target="../${bin}"/>`;
    const relsFile = zip.file(relsPath);
    zip.file(
      relsPath,
      relsFile
        ? (await relsFile.async("string")).replace("</Relationships>", `${rel}</Relationships>`)
        : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
    );
    let xml = await zip.file(part)!.async("string");
    if (!xml.includes(`xmlns:r="${NS_R}"`)) xml = xml.replace("<worksheet ", `<worksheet xmlns:r="${NS_R}" `);
    const at = xml.search(AFTER_CUSTOM_PROPERTIES);
    zip.file(
      part,
      xml.slice(0, at) + `<customProperties><customPr name="${OWNER_KEY}" r:id="rIdSprOwner"/></customProperties>` + xml.slice(at),
    );
  }
  zip.file("[Content_Types].xml", types);
}
