import "server-only";
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  randomInt,
} from "node:crypto";
import { SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH, shortCodeFromIndexes } from "@/domain/short-code";

/** A URL-safe random token: 32 bytes = 256 bits from the CSPRNG. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Tokens, codes and session ids are stored only as this digest. */
export function sha256(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

export function randomShortCode(): string {
  const indexes = Array.from({ length: SHORT_CODE_LENGTH }, () => randomInt(SHORT_CODE_ALPHABET.length));
  return shortCodeFromIndexes(indexes);
}

function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error("AUTH_SECRET is missing or shorter than 32 characters (see .env.example)");
  }
  return secret;
}

const derivedKeys = new Map<string, Buffer>();
function derivedKey(purpose: "seal:v1" | "code:v1" | "rate-limit:v1"): Buffer {
  let k = derivedKeys.get(purpose);
  if (!k) {
    k = Buffer.from(hkdfSync("sha256", authSecret(), "regards-croises", purpose, 32));
    derivedKeys.set(purpose, k);
  }
  return k;
}
const key = () => derivedKey("seal:v1");

/**
 * Short codes have only ~40 bits: a plain hash of one could be reversed by
 * trying them all. A keyed hash (HMAC under a key derived from AUTH_SECRET)
 * means a copy of the database alone does not give the codes away.
 */
export function codeDigest(normalizedCode: string): string {
  return createHmac("sha256", derivedKey("code:v1")).update(normalizedCode, "utf8").digest("hex");
}

/**
 * The key of a failure budget, which holds a client address (and for
 * sign-in an email): keyed like the codes, so the table does not list who
 * tried from where.
 */
export function budgetKeyDigest(value: string): string {
  return createHmac("sha256", derivedKey("rate-limit:v1")).update(value, "utf8").digest("hex");
}

/**
 * Seals a secret the facilitator must be able to show again (an invitation
 * link or code, a report link): AES-256-GCM under a key derived from
 * AUTH_SECRET, so a copy of the database alone reveals nothing.
 */
export function seal(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(
    ".",
  );
}

export function unseal(sealed: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) throw new Error("Unknown sealed format");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
