import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { redeemLoginTicket } from "@/server/auth/login-tickets";
import { createSessionRecord, SESSION_LIFETIME_MS } from "@/server/auth/session-records";

/**
 * Auth.js carries the session in an encrypted, httpOnly JWT cookie. The JWT
 * holds only a random session id (`sid`); the AuthSession row decides whether
 * it is still valid (see getViewer). Credentials are checked by the server
 * layer before sign-in (password, invitation, personal code), which hands
 * Auth.js a one-time ticket: one provider, one path, no secret in the token.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: Math.ceil(SESSION_LIFETIME_MS.participant / 1000) },
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    Credentials({
      id: "ticket",
      name: "ticket",
      credentials: { ticket: {} },
      authorize: async (credentials) => {
        const ticket = typeof credentials?.ticket === "string" ? credentials.ticket : "";
        const subject = ticket ? await redeemLoginTicket(ticket) : null;
        if (!subject) return null;
        const sid =
          subject.kind === "facilitator"
            ? await createSessionRecord("facilitator", subject.facilitatorId)
            : await createSessionRecord("participant", subject.participantId);
        return { id: sid };
      },
    }),
  ],
  callbacks: {
    // A fresh token at each sign-in, carrying the session id and nothing else.
    jwt: ({ token, user }) => (user?.id ? { sid: user.id } : token),
    session: ({ session, token }) => ({
      expires: session.expires,
      sid: typeof token.sid === "string" ? token.sid : "",
    }),
  },
});

declare module "next-auth" {
  interface Session {
    sid: string;
  }
}
