import { z } from "zod";
import { OVERRIDE_REASON_MAX } from "@/domain/phases";
import { PHASES } from "@/domain/vocabulary";
import { requiredText, rowId } from "@/lib/schemas/common";

/** `from` is the phase the facilitator saw: a double click or a second tab cannot skip a phase. */
export const advancePhaseSchema = z.object({ demarcheId: rowId, from: z.enum(PHASES) });

export const overridePhaseSchema = z.object({
  demarcheId: rowId,
  from: z.enum(PHASES),
  overrideReason: requiredText(OVERRIDE_REASON_MAX),
});
export type OverridePhaseInput = z.input<typeof overridePhaseSchema>;

export const stepBackPhaseSchema = z.object({ demarcheId: rowId, from: z.enum(PHASES) });
