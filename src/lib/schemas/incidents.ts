import { z } from "zod";
import { isYmd } from "@/lib/local-time";
import { safeString } from "@/lib/schemas/text";
import { tooLong } from "@/lib/schemas/message-key";

const ymd = safeString().refine(isYmd, "validation.dateInvalid");
const text = (max: number) => safeString().trim().max(max, tooLong(max));

export const incidentSchema = z.object({
  demarcheId: safeString().max(64).optional().or(z.literal("")),
  occurredOn: ymd,
  discoveredOn: ymd,
  description: text(4000).min(1, "validation.required"),
  peopleConcerned: text(1000),
  riskOfSeriousInjury: z.boolean(),
  measures: text(4000),
  reportedToCai: z.boolean(),
});
export type IncidentInput = z.input<typeof incidentSchema>;
