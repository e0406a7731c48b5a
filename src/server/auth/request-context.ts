import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/client-ip";
import { getViewer } from "@/server/auth/current-viewer";
import type { Viewer } from "@/server/auth/viewer";

export type RequestContext = { viewer: Viewer; ip: string };

export async function getRequestContext(): Promise<RequestContext> {
  const h = await headers();
  const hops = Number.parseInt(process.env.TRUSTED_PROXY_HOPS ?? "0", 10);
  return { viewer: await getViewer(), ip: clientIp(h.get("x-forwarded-for"), Number.isFinite(hops) ? hops : 0) };
}
