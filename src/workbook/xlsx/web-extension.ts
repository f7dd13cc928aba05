/**
 * The web-extension task-pane part that names the add-in in the workbook, so Excel offers (or opens) the SPR pane for
 * a recipient who has access to the add-in — Microsoft, "Automatically open a task pane with a document": a
 * `webextensions/taskpanes.xml` part (related from the package with type webextensiontaskpanes) pointing at a
 * `webextension1.xml` part whose reference names the add-in by id, version, store and store type ([MS-OWEXML]
 * CT_OsfWebExtension and ST_OsfStoreType), with the property Office.AutoShowTaskpaneWithDocument = true. Written only
 * when the build is told how the add-in is deployed; never otherwise.
 */
import JSZip from "jszip";

/** [MS-OWEXML] ST_OsfStoreType: where Excel finds the add-in's manifest. */
export const STORE_TYPES = ["OMEX", "SPCatalog", "SPApp", "Exchange", "FileSystem", "Registry", "EXCatalog"] as const;
export type StoreType = (typeof STORE_TYPES)[number];

export interface AddinDeployment {
  /** The add-in's id: its manifest GUID, or for AppSource (OMEX) its asset id (WA…). */
  id: string;
  storeType: StoreType;
  /** The store: the catalog's URL or share path, or for OMEX the market (en-GB); defaults to the store type's usual value. */
  store?: string;
  /** The add-in version (the manifest's four-part Version). */
  version: string;
}

const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;
const ASSET_ID = /^WA\d{9}$/;

export class DeploymentError extends Error {}

/** Checks a deployment as given on the command line; throws a DeploymentError saying what is expected. */
export function checkDeployment(
  id: string | undefined,
  storeType: string | undefined,
  store: string | undefined,
  version: string,
): AddinDeployment {
  if (!id)
    throw new DeploymentError(
      "--addin-id is required with --store-type: the add-in's manifest GUID (or its AppSource asset id, WA followed by nine digits)",
    );
  const type = STORE_TYPES.find((t) => t.toLowerCase() === (storeType ?? "").toLowerCase());
  if (!type)
    throw new DeploymentError(`--store-type must be one of ${STORE_TYPES.join(", ")}; got ${storeType ? `"${storeType}"` : "nothing"}`);
  if (type === "OMEX" ? !ASSET_ID.test(id) : !GUID.test(id)) {
    throw new DeploymentError(
      type === "OMEX"
        ? `--addin-id for AppSource (OMEX) is the asset id, WA followed by nine digits; got "${id}"`
        : `--addin-id must be the manifest's GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx); got "${id}"`,
    );
  }
  return { id, storeType: type, store: store ?? (type === "OMEX" ? "en-GB" : ""), version };
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Adds the task-pane part naming the add-in; `instanceId` is the part's own GUID (any fixed GUID will do). */
export async function addWebExtension(zip: JSZip, d: AddinDeployment, instanceId: string): Promise<void> {
  zip.file(
    "xl/webextensions/taskpanes.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">` +
      `<wetp:taskpane dockstate="right" visibility="1" width="350" row="4"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
  );
  zip.file(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{${instanceId.replace(/[{}]/g, "")}}">` +
      `<we:reference id="${esc(d.id)}" version="${esc(d.version)}" store="${esc(d.store ?? "")}" storeType="${d.storeType}"/><we:alternateReferences/>` +
      `<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties><we:bindings/>` +
      `<we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/><Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>`,
    ),
  );
  const rels = await zip.file("_rels/.rels")!.async("string");
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdSprTaskpanes" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`,
    ),
  );
}
