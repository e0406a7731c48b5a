import "server-only";
import pino from "pino";

/**
 * Structured logs on stdout. Never log a password, a token, a code, a session
 * id or a participant's answers: log ids and error messages only.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  redact: {
    paths: ["password", "*.password", "token", "*.token", "code", "*.code", "ticket", "*.ticket"],
    censor: "[caché]",
  },
});
