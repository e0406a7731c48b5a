import type { Instrumentation } from "next";

/** Next.js calls this once per server process. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startRetentionSchedule } = await import("@/server/privacy/retention-schedule");
    startRetentionSchedule();
  }
}

/**
 * A page or route failed on the server: log it with the digest the error
 * page shows (« référence »), so a person's reference finds the log line.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("@/server/log");
  const digest = (error as { digest?: string }).digest;
  log.error(
    { ref: digest, path: request.path.split("?")[0], method: request.method, route: context.routePath, err: error },
    "request failed",
  );
};
