import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "lib/", "node_modules/", "coverage/", "examples/out/", "test-output/", "bench/out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Custom function parameters must be `any` so each function can say which argument is wrong and why
    // (a declared `number` lets Excel reject text before our message can name the argument). Only here: everywhere
    // else a value's type is known or `unknown`.
    files: ["src/functions/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        URL: "readonly",
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The pane runs in the browser: the Node-only file adapter (ExcelJS, fs) must never reach its bundle.
    files: ["src/taskpane/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/xlsx/*", "exceljs", "fs", "path"], message: "Node-only: keep it out of the task pane bundle." }] },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      // The engine is pure: no Office globals, no DOM, no clock, no network.
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "CustomFunctions",
        "OfficeRuntime",
        "document",
        "window",
        "fetch",
        "XMLHttpRequest",
        "WebSocket",
      ],
      "no-restricted-properties": ["error", { object: "Date", property: "now" }, { object: "Math", property: "random" }],
    },
  },
);
