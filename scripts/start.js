// `npm start`: build and serve the add-in over HTTPS on https://localhost:3000 with development certificates, then
// sideload it into desktop Excel (Windows, macOS) or print how to upload the manifest to Excel on the web.
const path = require("path");
const { spawn } = require("child_process");
const { ensureDevCerts } = require("./dev-certs");

const root = path.resolve(__dirname, "..");
const port = Number(process.env.PORT || 3000);

function webInstructions(certs) {
  return `
SPR Planner is being served at https://localhost:${port}/ (press Ctrl+C to stop).

Desktop sideloading is not available on this platform. To try the add-in in Excel on the web:
  1. Trust the development certificate authority so your browser accepts https://localhost:${port}:
       ${certs.ca}
     (Chrome/Edge: Settings → Privacy and security → Security → Manage certificates → Authorities → Import;
      Firefox: Settings → Certificates → View Certificates → Authorities → Import.)
     Check it: open https://localhost:${port}/taskpane.html in that browser; it should load without a warning.
  2. Open a workbook in Excel on the web (office.com, or your organisation's Microsoft 365).
  3. Home → Add-ins → More Add-ins (or Insert → Office Add-ins) → Upload My Add-in → choose
       ${path.join(root, "manifest.xml")}
  4. Type =SPR. in a cell to see the functions; the "SPR pane" button is on the Home tab.

Without Excel, try the engine from a terminal:  npx spr eval '=SPR.STANDARD("PSU_NATIONAL_EW")'
`;
}

async function main() {
  const certs = await ensureDevCerts();
  const webpack = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "webpack.cmd" : "webpack");
  // Started directly (not through npx) so that stopping this script stops the server too.
  const server = spawn(webpack, ["serve", "--mode", "development"], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    shell: process.platform === "win32",
  });
  let announced = false;
  server.stdout.on("data", (chunk) => {
    const text = chunk.toString();
    if (!process.env.SPR_QUIET) process.stdout.write(text);
    if (!announced && /compiled (successfully|with)/.test(text)) {
      announced = true;
      if (process.platform === "win32" || process.platform === "darwin") {
        // office-addin-debugging is fetched on demand: as a dependency it breaks `npm install` on Linux.
        spawn(
          "npx",
          [
            "--yes",
            "office-addin-debugging",
            "start",
            path.join(root, "manifest.xml"),
            "desktop",
            "--app",
            "excel",
            "--no-debug",
            "--dev-server-port",
            String(port),
          ],
          {
            cwd: root,
            stdio: "inherit",
            shell: process.platform === "win32",
          },
        );
      } else {
        process.stdout.write(webInstructions(certs));
      }
    }
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(`npm start failed: ${e.message}`);
  process.exit(1);
});
