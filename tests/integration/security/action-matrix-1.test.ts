import "../../support/mock-next";
import { vi } from "vitest";
import { describeActionMatrix } from "../../support/action-matrix";

// The real actions run with Next's request replaced by the caller under test.
vi.mock("@/server/auth/request-context", () => import("../../support/acting-as"));

// Shard 1 of the security matrix (tests/support/action-matrix.ts says why it is split).
await describeActionMatrix({ index: 1, count: 4 });
