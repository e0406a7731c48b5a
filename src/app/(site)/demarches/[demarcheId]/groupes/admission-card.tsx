import { getTranslations } from "next-intl/server";
import { AdmissionPanel } from "@/components/participants/AdmissionPanel";
import { Card } from "@/components/ui/card";
import type { FacilitatorViewer } from "@/server/auth/viewer";
import { listGroupAdmissions } from "@/server/participants/list-group-admissions";
import {
  admitParticipantAction,
  mergeParticipantsAction,
  moveParticipantAction,
  refuseParticipantAction,
  removeParticipantAction,
  renameParticipantEntryAction,
} from "./actions";

/**
 * One group's admission list (decision 013), on the groups page and on the
 * group's atelier page. Needs the "admission" and "common" message namespaces.
 */
export async function AdmissionCard({
  viewer,
  groupId,
  big = false,
}: {
  viewer: FacilitatorViewer;
  groupId: string;
  big?: boolean;
}) {
  const t = await getTranslations("admission");
  const data = await listGroupAdmissions(viewer, groupId);
  const headingId = `admission-${groupId}`;
  return (
    <Card aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-xl font-bold">
        {t("title")}
        {data.waiting.length > 0 ? (
          <span className="ml-2 rounded-full bg-amber-100 px-3 py-1 text-base text-amber-900">
            {t("waitingTitle", { n: data.waiting.length })}
          </span>
        ) : null}
      </h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <AdmissionPanel
        groupLabel={data.group.label}
        released={data.group.releasedAt !== null}
        waiting={data.waiting}
        admitted={data.admitted}
        moveTargets={data.moveTargets}
        big={big}
        actions={{
          admit: admitParticipantAction,
          refuse: refuseParticipantAction,
          remove: removeParticipantAction,
          move: moveParticipantAction,
          merge: mergeParticipantsAction,
          rename: renameParticipantEntryAction,
        }}
      />
    </Card>
  );
}
