import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER, clientIp, UNKNOWN_ADDRESS } from "@/lib/client-ip";
import { getViewer } from "@/server/auth/current-viewer";
import type { Viewer } from "@/server/auth/viewer";
import { log } from "@/server/log";

export type RequestContext = { viewer: Viewer; ip: string };

let warnedMissing = false;

/**
 * Who is calling and from which address. The address is the one the server
 * entry (scripts/server.mjs) recorded; never X-Forwarded-For, which the
 * client can write (decision 012).
 */
export async function getRequestContext(): Promise<RequestContext> {
  const h = await headers();
  const ip = clientIp(h.get(CLIENT_ADDRESS_HEADER));
  if (ip === UNKNOWN_ADDRESS && !warnedMissing) {
    // Fail closed: every such request shares one budget. Said once per process.
    warnedMissing = true;
    log.warn(
      { event: "client-address.missing" },
      "no client address from the server entry (started without scripts/server.mjs?): all such requests share one failure budget",
    );
  }
  return { viewer: await getViewer(), ip };
}
