/**
 * The task pane's entry. Inside Excel the pane writes into the open workbook through the Office.js adapter; anywhere
 * else (a plain browser, the browser tests) it builds into an in-memory workbook behind the same Workbook port, so
 * the whole flow can be tried and tested without Excel. That workbook is exposed as window.__sprWorkbook for the tests.
 */
import { SPR_EDITION } from "../core/standards/standard";
import { ADDIN_VERSION } from "../core/version";
import { MemoryCellReader } from "../workbook/cells";
import { MemoryWorkbook } from "../workbook/memory-adapter";
import { OfficeJsCells } from "../workbook/officejs-cells";
import { OfficeJsWorkbook } from "../workbook/officejs-adapter";
import { startApp } from "./app";
import { byId } from "./dom";

/** What each SPR function rests on, by id: read from the functions' JSDoc at build time (scripts/rests-on.js). */
declare const SPR_RESTS_ON: Record<string, string>;

byId("version").textContent = `Version ${ADDIN_VERSION} · ${SPR_EDITION}`;

Office.onReady((info) => {
  const inExcel = info.host === Office.HostType.Excel;
  const memory = inExcel ? null : new MemoryWorkbook();
  if (memory) (window as unknown as { __sprWorkbook: MemoryWorkbook }).__sprWorkbook = memory;
  byId("host-status").textContent = inExcel
    ? "Running in Excel: Build writes into this workbook, and only ever into sheets the add-in created."
    : "Running outside Excel: Build writes into a workbook held in this page, so you can try the whole flow.";
  startApp({
    port: memory ?? new OfficeJsWorkbook(),
    cells: memory ? new MemoryCellReader(memory) : new OfficeJsCells(),
    inExcel,
    restsOn: SPR_RESTS_ON,
    now: () => new Date(),
    // the copy to share, opened as a new workbook (Excel.createWorkbook, ExcelApi 1.8): also where downloads do nothing
    openWorkbook:
      inExcel && Office.context.requirements.isSetSupported("ExcelApi", "1.8") ? (base64) => Excel.createWorkbook(base64) : undefined,
  });
});
