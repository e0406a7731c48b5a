import "server-only";
import { baseUrl } from "@/lib/instance";

/** The address a person opens (or scans) to join: /rejoindre/<token> on this instance. */
export function invitationLink(token: string): string {
  return new URL(`/rejoindre/${encodeURIComponent(token)}`, baseUrl()).toString();
}
