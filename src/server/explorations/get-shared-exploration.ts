import "server-only";
import { SHARED_FIGURES_MIN, SHARED_MEMBERS_MAX, sharedFigures, type SharedFigures } from "@/domain/exploration";
import { fromPerMille } from "@/domain/position";
import { EMPTY_ANSWERS, type PositionAnswers } from "@/lib/schemas/workshop";
import { db } from "@/server/db";
import { memberOf, openByCode, readAnswers } from "./exploration-access";

export type SharedExplorationView = {
  expiresAt: Date;
  closed: boolean;
  figuresWithdrawn: boolean;
  /** Devices that opened the code: everyone sees it, to check it matches the people present (decision 022). */
  members: number;
  confirmed: number;
  membersMax: number;
  figuresMin: number;
  /** Null while the small-group rule forbids any figure. */
  figures: SharedFigures | null;
  /** This device's own answers, when its key was sent. */
  mine: { answers: PositionAnswers; status: "draft" | "submitted"; submittedAt: Date | null } | null;
};

/**
 * The colleagues' shared view: counts, and figures only under the ateliers'
 * small-group rule. Never another colleague's answers or texts.
 */
export async function getSharedExploration(
  input: { code: string; memberKey?: string; ip: string },
  now: Date = new Date(),
): Promise<SharedExplorationView> {
  const exploration = await openByCode(input, "shared", now);
  const row = await db.exploration.findUniqueOrThrow({
    where: { id: exploration.id },
    select: { figuresWithdrawnAt: true, answers: { select: { answersJson: true, confirmedAt: true } } },
  });
  const member = input.memberKey === undefined ? null : await memberOf(exploration, input.memberKey, input.ip, db);
  const responses = row.answers.flatMap((a) => {
    const answers = a.confirmedAt ? readAnswers(a.answersJson) : null;
    return answers?.current && answers.desired
      ? [{ current: fromPerMille(answers.current), desired: fromPerMille(answers.desired) }]
      : [];
  });
  const state = { closed: exploration.closedAt !== null, figuresWithdrawn: row.figuresWithdrawnAt !== null };
  return {
    expiresAt: exploration.expiresAt,
    closed: state.closed,
    figuresWithdrawn: state.figuresWithdrawn,
    members: row.answers.length,
    confirmed: responses.length,
    membersMax: SHARED_MEMBERS_MAX,
    figuresMin: SHARED_FIGURES_MIN,
    figures: sharedFigures(responses, state),
    mine: member
      ? {
          answers: readAnswers(member.answersJson) ?? EMPTY_ANSWERS,
          status: member.confirmedAt ? "submitted" : "draft",
          submittedAt: member.confirmedAt,
        }
      : null,
  };
}
