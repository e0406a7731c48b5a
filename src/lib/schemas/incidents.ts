import { z } from "zod";
import { isYmd } from "@/lib/local-time";

const ymd = z.string().refine(isYmd, "validation.dateInvalid");
const text = (max: number) => z.string().trim().max(max, "validation.tooLong");

export const incidentSchema = z.object({
  demarcheId: z.string().max(64).optional().or(z.literal("")),
  occurredOn: ymd,
  discoveredOn: ymd,
  description: text(4000).min(1, "validation.required"),
  peopleConcerned: text(1000),
  riskOfSeriousInjury: z.boolean(),
  measures: text(4000),
  reportedToCai: z.boolean(),
});
export type IncidentInput = z.input<typeof incidentSchema>;
