import "server-only";
import { redirect } from "next/navigation";
import { getViewer } from "@/server/auth/current-viewer";
import type { FacilitatorViewer, ParticipantViewer } from "@/server/auth/viewer";

/**
 * For pages only: sends people who are not of the page's kind to where they
 * belong. This is navigation, not security; the server functions the page
 * calls check authorisation again.
 */
export async function facilitatorPageViewer(): Promise<FacilitatorViewer> {
  const viewer = await getViewer();
  if (viewer.kind === "facilitator") return viewer;
  redirect(viewer.kind === "participant" ? "/atelier" : "/connexion");
}

/**
 * Someone waiting for admission (decision 013) is sent to their space, which
 * says they are waiting; only the pages about themselves (`waitingAllowed`)
 * open for them.
 */
export async function participantPageViewer(options: { waitingAllowed?: boolean } = {}): Promise<ParticipantViewer> {
  const viewer = await getViewer();
  if (viewer.kind === "participant") {
    if (viewer.admitted || options.waitingAllowed) return viewer;
    redirect("/atelier");
  }
  redirect(viewer.kind === "facilitator" ? "/demarches" : "/");
}
