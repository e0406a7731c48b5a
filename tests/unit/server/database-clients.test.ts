import { describe, expect, it } from "vitest";
import { Prisma as SqlitePrisma } from "@/generated/prisma/client";
import { Prisma as PostgresPrisma } from "@/generated/prisma-postgresql/client";

// The app runs one code base on either generated client (src/server/db-client.ts
// checks the types); here the generated runtime objects are compared too.
function scalarFields(namespace: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(namespace)
      .filter(([name]) => name.endsWith("ScalarFieldEnum"))
      .map(([name, value]) => [name, value]),
  );
}

describe("the SQLite and PostgreSQL clients", () => {
  it("know the same models", () => {
    expect(Object.keys(PostgresPrisma.ModelName).length).toBeGreaterThan(0);
    expect(PostgresPrisma.ModelName).toEqual(SqlitePrisma.ModelName);
  });

  it("know the same fields for every model", () => {
    const sqlite = scalarFields(SqlitePrisma as unknown as Record<string, unknown>);
    expect(Object.keys(sqlite)).toContain("FacilitatorScalarFieldEnum");
    expect(scalarFields(PostgresPrisma as unknown as Record<string, unknown>)).toEqual(sqlite);
  });
});
