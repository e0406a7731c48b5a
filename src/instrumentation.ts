/** Next.js calls this once per server process. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startRetentionSchedule } = await import("@/server/privacy/retention-schedule");
    startRetentionSchedule();
  }
}
