/**
 * Talking to the production server over HTTP as a browser (or curl) does, for
 * the durability tests that start it (tests/durability/): one request from a
 * chosen loopback address, and the id the build gave a server action.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One HTTP request from a given loopback address (the socket's source address). */
export function request(
  port: number,
  from: string,
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        localAddress: from,
        method,
        path: pathname,
        agent: false,
        headers: body === undefined ? headers : { ...headers, "content-length": String(Buffer.byteLength(body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("error", reject);
    req.setTimeout(60_000, () => req.destroy(new Error("timeout after 60 s")));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** The id the build in `root` gave a server action (the browser reads it from the page's JavaScript). */
export function actionId(root: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const entry = Object.entries(manifest.node).find(
    ([, v]) => v.filename.endsWith(file) && v.exportedName === exportedName,
  );
  if (!entry) throw new Error(`${exportedName} not in the server reference manifest`);
  return entry[0];
}

/** The headers of a server-action POST from `port`'s own pages. */
export function actionRequestHeaders(port: number, id: string, extra: Record<string, string> = {}) {
  return {
    host: `localhost:${port}`,
    origin: `http://localhost:${port}`,
    accept: "text/x-component",
    "content-type": "text/plain;charset=UTF-8",
    "next-action": id,
    ...extra,
  };
}
