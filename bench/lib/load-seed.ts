/**
 * The load benchmark's démarche: one facilitator, one démarche in its
 * ateliers with the three default groups, and people who joined through the
 * real invitation (tests/support/factories.ts, the same server functions as
 * the app), each with a real server-side session and the Auth.js cookie the
 * browser would hold after signing in.
 *
 * Import only after DATABASE_URL and AUTH_SECRET are set: the database client
 * reads them when it loads.
 */
import { encode } from "next-auth/jwt";
import { SESSION_LIFETIME_MS } from "../../src/server/auth/session-records";
import { advanceTo, joinAs, makeDemarche, makeFacilitatorViewer } from "../../tests/support/factories";

/** The session cookie's name over plain http (Auth.js prefixes it with __Secure- over https). */
export const SESSION_COOKIE = "authjs.session-token";

/** `sid`: the raw session id, for calling the server functions in-process. */
export type LoadPerson = { participantId: string; groupId: string; sid: string; cookie: string };

/** The cookie Auth.js issues at sign-in: an encrypted JWT holding only the session id (src/server/auth/next-auth.ts). */
export async function sessionCookie(sid: string, secret: string): Promise<string> {
  const maxAge = Math.ceil(SESSION_LIFETIME_MS.participant / 1000);
  const token = await encode({ token: { sid }, secret, salt: SESSION_COOKIE, maxAge });
  return `${SESSION_COOKIE}=${token}`;
}

export async function seedLoadDemarche(count: number, secret: string) {
  const facilitator = await makeFacilitatorViewer();
  const demarche = await makeDemarche(facilitator, "Démarche de charge");
  await advanceTo(facilitator, demarche.demarcheId, "ateliers");
  const people: LoadPerson[] = [];
  for (let i = 0; i < count; i++) {
    // Round-robin over the groups, as the three groups fill up in parallel.
    const invitation = demarche.invitations[i % demarche.invitations.length]!;
    const viewer = await joinAs(invitation.token, demarche.demarcheId, `Personne ${i + 1}`);
    people.push({
      participantId: viewer.participantId,
      groupId: viewer.groupId,
      sid: viewer.sessionId,
      cookie: await sessionCookie(viewer.sessionId, secret),
    });
  }
  return { demarcheId: demarche.demarcheId, people };
}
