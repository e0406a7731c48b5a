import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BODY_GRACE_MS, queueActions } from "../../../scripts/lib/action-queue.mjs";

/** A stand-in request and response: `end()` finishes the response as Next.js would. */
function request(method: string, headers: Record<string, string> = {}) {
  const req = Object.assign(new EventEmitter(), {
    method,
    headers,
    destroyed: false,
    readableEnded: false,
    /** The whole body has arrived and been read. */
    bodyIn: () => {
      req.readableEnded = true;
      req.emit("end");
    },
  });
  const res = Object.assign(new EventEmitter(), {
    destroyed: false,
    end: () => res.emit("finish"),
    leave: () => {
      res.destroyed = true;
      res.emit("close");
    },
  });
  return {
    req: req as unknown as IncomingMessage & { bodyIn: () => void },
    res: res as unknown as ServerResponse & { leave: () => void },
  };
}
const action = () => request("POST", { "next-action": "abc123" });

function server(limit: number) {
  const started: ReturnType<typeof request>[] = [];
  const handle = queueActions((req: IncomingMessage, res: ServerResponse) => {
    started.push({ req, res } as ReturnType<typeof request>);
  }, limit);
  const send = (r: ReturnType<typeof request>) => (handle(r.req, r.res), r);
  return { started, send };
}

describe("server actions run a few at a time in a process", () => {
  afterEach(() => vi.useRealTimers());

  it("lets reads through at once while the actions wait their turn", () => {
    const { started, send } = server(2);
    const [a, b, c] = [send(action()), send(action()), send(action())];
    const stamp = send(request("GET"));
    const page = send(request("HEAD"));
    expect(started).toEqual([a, b, stamp, page]);
    expect(started).not.toContain(c);
  });

  it("puts an action posted as a plain form, with no Next-Action header, in the same line", () => {
    const { started, send } = server(1);
    const a = send(action());
    // Next.js runs an action posted by a form without JavaScript: its id is in the form's fields.
    const form = send(request("POST", { "content-type": "multipart/form-data; boundary=x" }));
    expect(started).toEqual([a]);
    a.res.end();
    expect(started).toEqual([a, form]);
  });

  it("starts the waiting actions in order of arrival as the running ones finish", () => {
    const { started, send } = server(1);
    const [a, b, c] = [send(action()), send(action()), send(action())];
    expect(started).toEqual([a]);
    a.res.end();
    expect(started).toEqual([a, b]);
    b.res.end();
    expect(started).toEqual([a, b, c]);
  });

  it("drops an action whose client left while it waited, and frees the place of one that left while running once its handler is done", () => {
    const { started, send } = server(1);
    const [a, b, c] = [send(action()), send(action()), send(action())];
    b.res.leave();
    a.res.leave();
    expect(started).toEqual([a, c]);
  });

  it("gives back the place of an action still sending its body, and takes one again once it is in", () => {
    vi.useFakeTimers();
    const { started, send } = server(1);
    const slow = send(action());
    const [b, c] = [send(action()), send(action())];
    expect(started).toEqual([slow]);
    vi.advanceTimersByTime(BODY_GRACE_MS);
    expect(started).toEqual([slow, b]);
    // The slow body arrives: it runs beside b, and c waits for both.
    slow.req.bodyIn();
    b.res.end();
    expect(started).toEqual([slow, b]);
    slow.res.end();
    expect(started).toEqual([slow, b, c]);
  });

  it("keeps the place of an action whose body is in, however long it runs", () => {
    vi.useFakeTimers();
    const { started, send } = server(1);
    const a = send(action());
    a.req.bodyIn();
    const b = send(action());
    vi.advanceTimersByTime(BODY_GRACE_MS * 10);
    expect(started).toEqual([a]);
    a.res.end();
    expect(started).toEqual([a, b]);
  });

  it("keeps the place of an action whose client left until its handler is done, as the work goes on", async () => {
    const started: ReturnType<typeof request>[] = [];
    const finishWork: (() => void)[] = [];
    // Like Next.js's handler: a promise that settles once the action has run, whether or not
    // anyone is still there to read the reply.
    const handle = queueActions(
      (req: IncomingMessage, res: ServerResponse) => {
        started.push({ req, res } as ReturnType<typeof request>);
        return new Promise<void>((resolve) => finishWork.push(resolve));
      },
      1,
    );
    const [a, b] = [action(), action()];
    handle(a.req, a.res);
    handle(b.req, b.res);
    a.req.bodyIn();
    a.res.leave();
    await Promise.resolve();
    expect(started).toEqual([a]);
    finishWork[0]!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([a, b]);
  });
});
