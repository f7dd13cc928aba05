/** The add-in's version, shown in the pane and written to every workbook's Audit sheet. Kept equal to package.json's by a test. */
export const ADDIN_VERSION = "0.1.0";
