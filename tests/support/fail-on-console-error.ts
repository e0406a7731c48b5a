import { afterEach, beforeEach, vi } from "vitest";

// An unexpected console.error during a test usually hides a real failure
// (a React warning, a swallowed exception): make it fail the test instead.
let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (errors.length > 0) {
    const first = errors[0]?.map(String).join(" ") ?? "";
    throw new Error(`console.error was called during the test: ${first}`);
  }
});
