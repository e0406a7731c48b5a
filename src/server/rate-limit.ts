import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";

/**
 * Failure budgets from docs/security.md. Only failures are counted: a participant
 * typing their code right the first time never touches the budget.
 * In memory, per process: the embedded deployment is one process on one host;
 * see README for hosted deployments.
 */
function createLimiters() {
  return {
    codeEntryPerIp15min: new RateLimiterMemory({ keyPrefix: "code15", points: 10, duration: 15 * 60 }),
    codeEntryPerIpDay: new RateLimiterMemory({ keyPrefix: "codeDay", points: 100, duration: 24 * 60 * 60 }),
    signInPerAccountIp: new RateLimiterMemory({ keyPrefix: "signin", points: 10, duration: 15 * 60 }),
    signInPerIp: new RateLimiterMemory({ keyPrefix: "signinIp", points: 100, duration: 24 * 60 * 60 }),
    firstAccountPerIp: new RateLimiterMemory({ keyPrefix: "first", points: 10, duration: 15 * 60 }),
  };
}

let limiters = createLimiters();

export type LimitName = keyof typeof limiters;

/** Throws RATE_LIMITED when any of the budgets for these keys is used up. */
export async function assertNotLimited(checks: [LimitName, string][]): Promise<void> {
  for (const [name, key] of checks) {
    const state = await limiters[name].get(key);
    // A budget whose window has ended counts for nothing, even before its timer clears it.
    if (state && state.msBeforeNext > 0 && state.consumedPoints >= limiters[name].points) {
      // The key holds an address (and for sign-in an email): only the budget's name is logged.
      log.warn({ event: "rate-limited", limit: name }, "attempts paused");
      throw new AppError("RATE_LIMITED", "rateLimited", {
        params: { minutes: Math.max(1, Math.ceil(state.msBeforeNext / 60_000)) },
      });
    }
  }
}

export async function recordFailure(checks: [LimitName, string][]): Promise<void> {
  for (const [name, key] of checks) {
    try {
      await limiters[name].consume(key);
    } catch (error) {
      // A rejection only means the budget is now spent; the next call refuses.
      if (!(error instanceof RateLimiterRes)) throw error;
    }
  }
}

export async function clearFailures(checks: [LimitName, string][]): Promise<void> {
  for (const [name, key] of checks) await limiters[name].delete(key);
}

/** For tests: forget every counter. */
export function resetRateLimits(): void {
  limiters = createLimiters();
}
