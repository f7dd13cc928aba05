/**
 * The custom functions entry point (namespace SPR, shared runtime). The JSDoc-documented wrappers live in one file
 * per capability, listed in scripts/function-files.js; the metadata plugin reads each of them, writes functions.json
 * and adds the associate calls itself. This file only gathers them, so the bundle, the command line
 * and the tests all see the same function objects.
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
export * from "./costs";
