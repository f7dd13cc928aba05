// Starts the real dev server (`npm start`'s script) on its own port with its own certificate folder, serving the npm
// package's office.js (OFFICE_JS=local), and stops it with its whole process group.
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");

export interface DevServer {
  base: string;
  certDir: string;
  output(): string;
  stop(): void;
}

export async function startDevServer(port: number): Promise<DevServer> {
  const certDir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-certs-"));
  let output = "";
  const server: ChildProcess = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), SPR_CERT_DIR: certDir, OFFICE_JS: "local", SPR_QUIET: "1" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = () => {
    if (server.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
    fs.rmSync(certDir, { recursive: true, force: true });
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90000);
    const onData = (c: Buffer) => {
      output += c.toString();
      if (output.includes("is being served at")) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout!.on("data", onData);
    server.stderr!.on("data", onData);
    server.on("exit", (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  }).catch((e) => {
    stop();
    throw e;
  });
  return { base: `https://localhost:${port}`, certDir, output: () => output, stop };
}
