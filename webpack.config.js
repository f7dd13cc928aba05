// Builds the add-in: functions.js + functions.json (custom functions, shared runtime), taskpane.html/js, manifest.xml
// and the function reference page. One variable sets where the add-in is hosted in production: ADDIN_URL.
const path = require("path");
const { DefinePlugin } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const functionFiles = require("./scripts/function-files");
const { DEV_URL, checkedAddinUrl, officeJsUrl, rewriteUrls } = require("./scripts/urls");
const { contentSecurityPolicy } = require("./scripts/csp");
const { version } = require("./package.json");
const { markdownPage } = require("./scripts/markdown-page");
const restsOn = require("./scripts/rests-on");

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  // Refused unless a clean https URL (scripts/urls.js says why): it is written into the manifest's XML and the JSON.
  const addinUrl = checkedAddinUrl(process.env.ADDIN_URL || DEV_URL);
  // The CDN office.js in production (the Marketplace requires it); the npm package's copy when OFFICE_JS=local
  // (offline tests, where the CDN cannot be reached).
  const localOfficeJs = process.env.OFFICE_JS === "local";
  const officeJs = officeJsUrl(localOfficeJs);
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      // The pane shares the functions' modules (it builds sheets with the very functions Excel calls): loaded after
      // functions.js in the same page, it reuses them instead of bundling, and registering, a second copy.
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    // publicPath "": chunks loaded on demand (the pane's Word writer) are fetched beside the page that loads them
    // (taskpane.html), rather than found from the running script's URL ("auto"), which a script without a src lacks
    output: { path: path.resolve(__dirname, "dist"), clean: true, filename: "[name].js", publicPath: "" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // What each function rests on, for the pane's Explain: from the same JSDoc as functions.json, at build time.
      new DefinePlugin({
        SPR_RESTS_ON: DefinePlugin.runtimeValue(() => JSON.stringify(restsOn.restsOn()), { fileDependencies: restsOn.files }),
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        templateParameters: { officeJs, csp: contentSecurityPolicy(localOfficeJs ? "'self'" : new URL(officeJs).origin) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // The manifest's version follows package.json (Office wants four parts).
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              rewriteUrls(content.toString().replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`), addinUrl, {
                xml: true,
              }),
          },
          {
            from: "docs/functions.md",
            to: "help/functions.html",
            transform: (content) => markdownPage(content.toString(), "SPR functions"),
          },
          // Served path for path (office.js fetches sibling files); already minified, so kept out of terser.
          ...(localOfficeJs ? [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } }] : []),
        ],
      }),
      // functions.json carries @helpurl links written against the development URL: point them at ADDIN_URL too.
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap("RewriteMetadataUrls", (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: "RewriteMetadataUrls", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
              () => {
                const asset = compilation.getAsset("functions.json");
                if (asset)
                  compilation.updateAsset(
                    "functions.json",
                    new compiler.webpack.sources.RawSource(rewriteUrls(asset.source.source().toString(), addinUrl)),
                  );
              },
            );
          });
        },
      },
    ],
  };
  if (env.WEBPACK_SERVE) {
    config.devServer = {
      port: Number(process.env.PORT || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: require("./scripts/dev-certs").httpsOptions() },
      static: false,
      hot: false,
      liveReload: false,
      client: false,
    };
  }
  return config;
};
