import { vi } from "vitest";
import { describeFuzzShard } from "./fuzz-actions";

// The real actions run with Next's request replaced by the caller under test.
vi.mock("@/server/auth/request-context", () => import("../support/acting-as"));
vi.mock("@/server/auth/current-viewer", () => import("../support/acting-as"));
vi.mock("@/server/auth/next-auth", () => ({
  signIn: async () => undefined,
  signOut: async () => undefined,
  auth: async () => null,
  handlers: {},
}));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
}));

// Half of the actions; the other file takes the rest, so both cores work.
await describeFuzzShard(0, 2);
