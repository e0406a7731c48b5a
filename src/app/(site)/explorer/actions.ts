"use server";
import {
  eraseExplorationSchema,
  explorationCodeSchema,
  keepSoloSchema,
  memberDraftSchema,
  memberSchema,
  memberSubmitSchema,
  noInputSchema,
  sharedViewSchema,
  soloSummaryPdfSchema,
  updateSoloSchema,
} from "@/lib/schemas/exploration";
import { defineAction } from "@/server/actions/define-action";
import { closeSharedExploration } from "@/server/explorations/close-shared-exploration";
import { createSharedExploration } from "@/server/explorations/create-shared-exploration";
import { eraseExploration } from "@/server/explorations/erase-exploration";
import { getSharedExploration } from "@/server/explorations/get-shared-exploration";
import { keepSoloExploration } from "@/server/explorations/keep-solo-exploration";
import { openExploration } from "@/server/explorations/open-exploration";
import { renderSoloSummaryPdf } from "@/server/explorations/render-solo-summary-pdf";
import { currentLocale } from "@/server/i18n/current-locale";
import { saveSharedAnswers } from "@/server/explorations/save-shared-answers";
import { updateSoloExploration } from "@/server/explorations/update-solo-exploration";

/*
 * Private explorations (decision 022): public endpoints, no account. The
 * code (and, for a colleague, the device key) is the credential; wrong ones
 * count against the caller's address (exploration-access.ts). Nothing here
 * revalidates: the exploration pages keep their own state in the browser.
 */

export const keepSoloExplorationAction = defineAction("keepSoloExploration", keepSoloSchema, (input, { ip }) =>
  keepSoloExploration({ answers: input.answers, ip }),
);

export const updateSoloExplorationAction = defineAction("updateSoloExploration", updateSoloSchema, (input, { ip }) =>
  updateSoloExploration({ ...input, ip }),
);

export const openExplorationAction = defineAction("openExploration", explorationCodeSchema, (input, { ip }) =>
  openExploration({ ...input, ip }),
);

export const eraseExplorationAction = defineAction("eraseExploration", eraseExplorationSchema, (input, { ip }) =>
  eraseExploration({ ...input, ip }),
);

export const createSharedExplorationAction = defineAction("createSharedExploration", noInputSchema, (_input, { ip }) =>
  createSharedExploration({ ip }),
);

export const saveSharedDraftAction = defineAction("saveSharedDraft", memberDraftSchema, (input, { ip }) =>
  saveSharedAnswers({ ...input, confirm: false, ip }),
);

export const submitSharedAnswersAction = defineAction("submitSharedAnswers", memberSubmitSchema, (input, { ip }) =>
  saveSharedAnswers({ ...input, confirm: true, ip }),
);

export const getSharedExplorationAction = defineAction("getSharedExploration", sharedViewSchema, (input, { ip }) =>
  getSharedExploration({ ...input, ip }),
);

export const closeSharedExplorationAction = defineAction("closeSharedExploration", memberSchema, (input, { ip }) =>
  closeSharedExploration({ ...input, ip }),
);

/** The summary of an exploration alone as a PDF, from the answers sent: nothing is stored. */
export const soloSummaryPdfAction = defineAction("soloSummaryPdf", soloSummaryPdfSchema, async (input, { ip }) =>
  // In the person's interface language (decision 024): no account here, so the cookie, else the browser's.
  renderSoloSummaryPdf({ ...input, ip, locale: await currentLocale() }),
);
