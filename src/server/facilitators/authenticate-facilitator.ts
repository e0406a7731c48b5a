import "server-only";
import { isLocalInstance } from "@/lib/instance";
import { issueLoginTicket } from "@/server/auth/login-tickets";
import { verifyPassword } from "@/server/auth/passwords";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import { assertNotLimited, clearFailures, type LimitName, recordFailure } from "@/server/rate-limit";

/**
 * Checks an email and password and returns a one-time login ticket. Unknown
 * email and wrong password give the same answer in about the same time; ten
 * failures for one account from one address, or a hundred from one address in
 * a day, pause further tries.
 */
export async function authenticateFacilitator(input: { email: string; password: string; ip: string }): Promise<string> {
  const email = input.email.trim().toLowerCase();
  const limits: [LimitName, string][] = [
    ["signInPerAccountIp", `${email}|${input.ip}`],
    ["signInPerIp", input.ip],
  ];
  await assertNotLimited(limits);

  const facilitator = await db.facilitator.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true, isDemo: true },
  });
  const passwordOk = await verifyPassword(facilitator?.passwordHash ?? null, input.password);
  if (!facilitator || !passwordOk || facilitator.disabledAt) {
    await recordFailure(limits);
    // Failed sign-ins are worth watching; what was typed is never logged.
    log.warn({ event: "sign-in.failed", ip: input.ip }, "facilitator sign-in failed");
    throw new AppError("UNAUTHENTICATED", "badCredentials");
  }
  if (facilitator.isDemo && !isLocalInstance()) {
    // A published password must never open an instance reachable by others.
    throw new AppError("FORBIDDEN", "demoAccountNotLocal");
  }
  await clearFailures(limits.slice(0, 1));
  return issueLoginTicket({ kind: "facilitator", facilitatorId: facilitator.id });
}
