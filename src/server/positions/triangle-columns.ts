import "server-only";
import type { PerMille } from "@/domain/position";

/**
 * The six columns that place a current and a desired position in the
 * triangle, in per-mille: the same names on a person's Position, a group's
 * GroupAgreement and an inter-organismes InterAgreement. Spread into a
 * Prisma `select`; read and written only through the two functions below.
 */
export const TRIANGLE_COLUMNS = {
  currentExpertise: true,
  currentRepresentation: true,
  currentParticipation: true,
  desiredExpertise: true,
  desiredRepresentation: true,
  desiredParticipation: true,
} as const;

export type TriangleRow = { [column in keyof typeof TRIANGLE_COLUMNS]: number | null };

type PlacedTriangleRow = { [column in keyof typeof TRIANGLE_COLUMNS]: number };

export type Triangles = { current: PerMille | null; desired: PerMille | null };

function placed(expertise: number | null, representation: number | null, participation: number | null) {
  // A position is placed whole or not at all (the schema's check says so; a stray null reads as not placed).
  return expertise === null || representation === null || participation === null
    ? null
    : { expertise, representation, participation };
}

/** The current and desired positions a row holds; null for one not placed yet. */
export function trianglesOf(row: PlacedTriangleRow): { current: PerMille; desired: PerMille };
export function trianglesOf(row: TriangleRow): Triangles;
export function trianglesOf(row: TriangleRow): Triangles {
  return {
    current: placed(row.currentExpertise, row.currentRepresentation, row.currentParticipation),
    desired: placed(row.desiredExpertise, row.desiredRepresentation, row.desiredParticipation),
  };
}

/** The columns to write for a current and a desired position (null columns for one not placed). */
export function triangleColumnsOf(triangles: { current: PerMille; desired: PerMille }): PlacedTriangleRow;
export function triangleColumnsOf(triangles: Triangles): TriangleRow;
export function triangleColumnsOf({ current, desired }: Triangles): TriangleRow {
  return {
    currentExpertise: current?.expertise ?? null,
    currentRepresentation: current?.representation ?? null,
    currentParticipation: current?.participation ?? null,
    desiredExpertise: desired?.expertise ?? null,
    desiredRepresentation: desired?.representation ?? null,
    desiredParticipation: desired?.participation ?? null,
  };
}
