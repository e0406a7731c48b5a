// Server actions (every POST, see isServerAction) run a few at a time
// in a process; the others wait their turn, in order of arrival. Reads (the
// live stamp a projector polls, pages) never wait here.
//
// Why (decision 015, addendum): one Node process shares its one thread
// between every request it has started. When 100 people confirm at the same
// instant, a projector's stamp request got about 1/100 of the thread and
// took seconds, though it costs a few milliseconds; the page render that
// follows, the same. Running more actions at once gains nothing: on SQLite
// their writes take turns on one connection anyway, and the thread is busy.
// With at most ACTIONS_AT_ONCE actions running, a read shares the thread
// with a handful of requests, and the actions finish in about the same total
// time, in order of arrival. An action still sending its body after a
// second gives its place back until the body is in (slow uploads).

/** How many server actions a process runs at once. */
export const ACTIONS_AT_ONCE = 8;

/** How long an action may take to send its body while holding a place. */
export const BODY_GRACE_MS = 1000;

/**
 * True for a request that may run a server action: every POST (or other
 * write), not only those naming a `Next-Action`. Next.js also runs an action
 * posted as a plain form (the no-JavaScript path, its id in the form's
 * fields), which would otherwise skip the line.
 */
export function isServerAction(req) {
  return req.method !== "GET" && req.method !== "HEAD" && req.method !== "OPTIONS";
}

/**
 * Wraps a node:http handler: server actions beyond `limit` running wait,
 * first come first served; anything else goes straight through. A request
 * whose client left while it waited is dropped without running; one whose
 * client left while it ran keeps its place until its handler's promise
 * settles (scripts/server.mjs passes Next.js's, which settles once the
 * action has run).
 */
export function queueActions(handler, limit = ACTIONS_AT_ONCE) {
  let running = 0;
  const waiting = [];
  const next = () => {
    while (running < limit && waiting.length > 0) {
      const { req, res } = waiting.shift();
      if (res.destroyed || req.destroyed) continue;
      start(req, res);
    }
  };
  const start = (req, res) => {
    let holding = true;
    let done = false;
    running++;
    const release = () => {
      if (!holding) return;
      holding = false;
      running--;
      next();
    };
    // A client still sending its body after BODY_GRACE_MS gives its place
    // back until the body is in: a few slow (or malicious) uploads must not
    // hold every place while the thread has nothing to do for them.
    const grace = setTimeout(() => {
      if (!req.readableEnded) release();
    }, BODY_GRACE_MS);
    grace.unref?.();
    // Its body in, the action takes a place again even when all are taken
    // (running goes over `limit` until one finishes; no waiting action starts
    // meanwhile): its handler has started and reads the body itself, so it
    // cannot be held back here without buffering bodies in this wrapper.
    req.once("end", () => {
      clearTimeout(grace);
      if (!holding && !done) {
        holding = true;
        running++;
      }
    });
    // The place is held until the reply is over AND the handler is done: a
    // client that leaves (closing the connection) does not stop the action,
    // whose transaction still runs on this thread, so leaving must not let
    // another action start beside it. A handler that returns no promise is
    // done when it returns.
    let replied = false;
    let handled = false;
    const finish = () => {
      if (done || !replied || !handled) return;
      done = true;
      clearTimeout(grace);
      release();
    };
    const replyOver = () => {
      replied = true;
      finish();
    };
    const handlerDone = () => {
      handled = true;
      finish();
    };
    res.once("finish", replyOver);
    res.once("close", replyOver);
    let result;
    try {
      result = handler(req, res);
    } catch (error) {
      handlerDone();
      throw error;
    }
    if (result && typeof result.then === "function") result.then(handlerDone, handlerDone);
    else handlerDone();
  };
  return (req, res) => {
    if (!isServerAction(req)) return handler(req, res);
    if (running < limit) return start(req, res);
    waiting.push({ req, res });
  };
}
