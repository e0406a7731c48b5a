/**
 * A small HTTP load driver: one keep-alive connection per virtual person (a
 * browser tab keeps its connection), latency from sending the request to
 * reading the whole (decompressed) body, and nothing else in the way, so the
 * same client measures the app and the bare baseline.
 */
import http from "node:http";
import { performance } from "node:perf_hooks";
import zlib from "node:zlib";

/** `wireBytes`: the body as it travelled (compressed or not). */
export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string; wireBytes: number };

export class Connection {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  constructor(
    private readonly port: number,
    private readonly host = "127.0.0.1",
  ) {}

  request(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.host,
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: body === undefined ? headers : { ...headers, "content-length": String(Buffer.byteLength(body)) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", reject);
          res.on("end", () => {
            let raw = Buffer.concat(chunks);
            const wireBytes = raw.length;
            const encoding = res.headers["content-encoding"];
            try {
              if (encoding === "gzip") raw = zlib.gunzipSync(raw);
              else if (encoding === "br") raw = zlib.brotliDecompressSync(raw);
              else if (encoding === "deflate") raw = zlib.inflateSync(raw);
            } catch (error) {
              reject(error);
              return;
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw.toString("utf8"), wireBytes });
          });
        },
      );
      req.on("error", reject);
      req.setTimeout(60_000, () => req.destroy(new Error("timeout after 60 s")));
      if (body !== undefined) req.write(body);
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export type Outcome = { ok: true } | { ok: false; error: string };

/** `round`: which of a person's rounds the request belonged to, when it matters. */
export type Sample = { kind: string; ms: number; outcome: Outcome; round?: number };

/** Times one call; a thrown error is a failed sample (network error, timeout). */
export async function timed(
  kind: string,
  samples: Sample[],
  call: () => Promise<Outcome>,
  round?: number,
): Promise<Outcome> {
  const start = performance.now();
  let outcome: Outcome;
  try {
    outcome = await call();
  } catch (error) {
    outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  samples.push({ kind, ms: performance.now() - start, outcome, round });
  return outcome;
}

export type Stats = {
  requests: number;
  errors: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  /** Requests per second over the phase's wall time. */
  throughput: number;
};

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function statsOf(samples: Sample[], wallMs: number): Stats {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    requests: samples.length,
    errors: samples.filter((s) => !s.outcome.ok).length,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    throughput: (samples.length / wallMs) * 1000,
  };
}

/** The distinct error messages with their counts, most frequent first. */
export function errorSummary(samples: Sample[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of samples) if (!s.outcome.ok) counts.set(s.outcome.error, (counts.get(s.outcome.error) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

/**
 * Reads a server action's result from its React Server Components reply:
 * row 0 names the row holding the action's return value ("a": "$@<id>").
 */
export function actionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    // Text rows may span lines; keep the first row of each hexadecimal id.
    const colon = line.indexOf(":");
    const id = line.slice(0, colon);
    if (colon > 0 && /^[0-9a-f]+$/.test(id) && !rows.has(id)) rows.set(id, line.slice(colon + 1));
  }
  const head = rows.get("0");
  if (head === undefined) throw new Error("no row 0 in the action reply");
  const ref = (JSON.parse(head) as { a?: unknown }).a;
  if (typeof ref !== "string" || !ref.startsWith("$@")) throw new Error("no action result reference in row 0");
  const row = rows.get(ref.slice(2));
  if (row === undefined) throw new Error(`action result row ${ref} missing`);
  return JSON.parse(row);
}
