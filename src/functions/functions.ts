/**
 * The custom functions entry point (namespace SPR, shared runtime) and the one list of function files. The
 * JSDoc-documented wrappers live in one file per capability; scripts/function-files.js reads the export lines below,
 * so webpack's metadata plugin, the command line's metadata, the pane's rests-on table, the docs and the tests all
 * read the same files (the plugin writes functions.json and adds the associate calls itself). Keep this file to
 * export lines only: test/registry.test.ts holds it to every file of wrappers in this folder.
 */
export * from "./reference";
export * from "./planning";
export * from "./workforce";
export * from "./queueing";
export * from "./armed-policing";
export * from "./soc";
export * from "./capabilities";
export * from "./public-order";
export * from "./section22";
export * from "./uncertainty";
export * from "./arv-uncertainty";
export * from "./psu-uncertainty";
export * from "./soc-uncertainty";
export * from "./costs";
