import * as https from "https";

/** GET over HTTPS, trusting only the given CA (as a browser that imported the development CA would). */
export function httpsGet(url: string, ca: Buffer): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
    });
    req.on("error", reject);
    req.setTimeout(20000, () => req.destroy(new Error(`timeout fetching ${url}`)));
  });
}
