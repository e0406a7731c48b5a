import "server-only";
import { ADMIN_ROLE } from "@/domain/accounts";
import { hashPassword } from "@/server/auth/passwords";
import { ANONYMOUS } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db, inSerializableTransaction } from "@/server/db";
import { AppError, isUniqueViolation } from "@/server/errors";

export type NewFacilitator = { name: string; email: string; password: string };

export async function hasAnyFacilitator(): Promise<boolean> {
  return (await db.facilitator.count()) > 0;
}

/**
 * The first-run page creates the instance's first accompagnateur.trice, its
 * administrateur.trice (decision 020); once
 * one exists the page and this function refuse, whoever calls. The count and
 * the insert run in one serializable transaction, so two simultaneous
 * first-run submissions cannot both see "no account yet" on PostgreSQL.
 */
export async function createFirstFacilitator(input: NewFacilitator): Promise<{ facilitatorId: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await inSerializableTransaction(async (tx) => {
      if ((await tx.facilitator.count()) > 0) throw new AppError("INVALID_STATE", "firstAccountExists");
      const created = await tx.facilitator.create({
        data: { name: input.name, email: input.email.toLowerCase(), passwordHash, role: ADMIN_ROLE },
        select: { id: true },
      });
      await recordAudit(
        ANONYMOUS,
        { demarcheId: null, action: "facilitator.create-first", entityType: "Facilitator", entityId: created.id },
        tx,
      );
      return { facilitatorId: created.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("INVALID_STATE", "firstAccountExists");
    throw error;
  }
}
