import type { IncomingMessage, ServerResponse } from "node:http";

export const ACTIONS_AT_ONCE: number;
export const BODY_GRACE_MS: number;
export function isServerAction(req: Pick<IncomingMessage, "method" | "headers">): boolean;
export function queueActions<Req extends IncomingMessage, Res extends ServerResponse>(
  handler: (req: Req, res: Res) => unknown,
  limit?: number,
): (req: Req, res: Res) => unknown;
