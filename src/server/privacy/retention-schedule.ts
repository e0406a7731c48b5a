import "server-only";
import { log } from "@/server/log";
import { purgeExpiredExplorations } from "@/server/explorations/purge-expired-explorations";
import { applyRetention } from "@/server/privacy/apply-retention";

const DAY_MS = 24 * 60 * 60 * 1000;
let started = false;

/** Runs the retention rule shortly after start-up and then daily, in the server process. */
export function startRetentionSchedule(): void {
  if (started) return;
  started = true;
  const run = async () => {
    try {
      const { demarcheIds } = await applyRetention();
      if (demarcheIds.length > 0) log.info({ demarcheIds }, "retention: identifying data destroyed");
      // Explorations past their 30 days (decision 022); reads refuse them already.
      const { deleted } = await purgeExpiredExplorations();
      if (deleted > 0) log.info({ deleted }, "retention: expired explorations deleted");
    } catch (err) {
      log.error({ err }, "retention run failed");
    }
  };
  setTimeout(run, 10_000).unref();
  setInterval(run, DAY_MS).unref();
}
