/**
 * The participant's positioning requests as a browser sends them: the two
 * server actions of /atelier/positionnement (autosave and confirmation),
 * called over HTTP by the ids the build gave them. Shared by the load
 * benchmark (bench/load.ts) and the kill test (tests/durability/).
 */
import fs from "node:fs";
import path from "node:path";
import { actionResult, type Outcome, type Reply } from "./http";

export const PAGE = "/atelier/positionnement";

/** The ids the build gave the two positioning actions (the browser reads them from the page's JavaScript). */
export function positioningActionIds(appDir: string): { draft: string; submit: string } {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(appDir, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const find = (name: string) => {
    const entry = Object.entries(manifest.node).find(
      // Relative to Turbopack's root: a copy under .tmp/ has a longer path.
      ([, v]) => v.filename.endsWith("src/app/(site)/atelier/positionnement/actions.ts") && v.exportedName === name,
    );
    if (!entry) throw new Error(`${name} not in the server reference manifest`);
    return entry[0];
  };
  return { draft: find("saveMyPositionDraftAction"), submit: find("submitMyPositionAction") };
}

/**
 * What Chromium sends with an action from /atelier/positionnement under
 * Next.js 16.4 (captured from a real browser): the router state names the
 * segments the browser holds, so a revalidating action re-renders the page
 * exactly as it does for a person.
 */
export const ROUTER_STATE = encodeURIComponent(
  JSON.stringify([
    "",
    {
      children: [
        "(site)",
        {
          children: [
            "atelier",
            { children: ["positionnement", { children: ["__PAGE__", {}, null, null, 0] }, null, null, 0] },
            null,
            null,
            0,
          ],
        },
        null,
        null,
        0,
      ],
    },
    null,
    null,
    16,
  ]),
);

export function actionHeaders(
  actionId: string,
  cookie: string,
  port: number,
  routerState = ROUTER_STATE,
): Record<string, string> {
  return {
    host: `localhost:${port}`,
    origin: `http://localhost:${port}`,
    accept: "text/x-component",
    "accept-encoding": "gzip, deflate, br",
    "content-type": "text/plain;charset=UTF-8",
    "next-action": actionId,
    "next-router-state-tree": routerState,
    "user-agent": "regards-croises-bench",
    cookie,
  };
}

type ActionReply = { ok: boolean; code?: string; data?: { status?: string } };

type Status = "draft" | "submitted";

/**
 * A reply acknowledges the action only with HTTP 200, `ok: true` and the
 * expected status (either of several: an autosave identical to a confirmed
 * position leaves it confirmed).
 */
export function checkAction(reply: Reply, expected: Status | readonly Status[]): Outcome {
  if (reply.status !== 200) return { ok: false, error: `HTTP ${reply.status}` };
  let result: ActionReply;
  try {
    result = actionResult(reply.body) as ActionReply;
  } catch (error) {
    return { ok: false, error: `unreadable reply: ${(error as Error).message}` };
  }
  if (!result.ok) return { ok: false, error: `action failed: ${result.code ?? "?"}` };
  const statuses: readonly string[] = typeof expected === "string" ? [expected] : expected;
  if (!statuses.includes(result.data?.status ?? "")) return { ok: false, error: `status ${result.data?.status}` };
  return { ok: true };
}
