import "server-only";

/**
 * The six columns that place a current and a desired position in the
 * triangle, in per-mille: the same names on a person's Position, a group's
 * GroupAgreement and an inter-organismes InterAgreement. Spread into a
 * Prisma `select`.
 */
export const TRIANGLE_COLUMNS = {
  currentExpertise: true,
  currentRepresentation: true,
  currentParticipation: true,
  desiredExpertise: true,
  desiredRepresentation: true,
  desiredParticipation: true,
} as const;
