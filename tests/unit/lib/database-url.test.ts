import { describe, expect, it } from "vitest";
import { databaseProvider, databaseUrl, redactDatabaseUrl, sqliteFilePath } from "@/lib/database-url";

const env = (vars: Record<string, string>) => ({ NODE_ENV: "test", ...vars }) as NodeJS.ProcessEnv;

describe("DATABASE_URL", () => {
  it("defaults to the embedded SQLite file", () => {
    expect(databaseUrl(env({}))).toBe("file:./data/regards-croises.db");
    expect(databaseUrl(env({ DATABASE_URL: "  " }))).toBe("file:./data/regards-croises.db");
  });

  it("selects PostgreSQL for postgres:// and postgresql://, SQLite for file:, and refuses anything else", () => {
    expect(databaseProvider("postgresql://app@db.example.org:5432/regards")).toBe("postgresql");
    expect(databaseProvider("postgres://app@db.example.org/regards")).toBe("postgresql");
    expect(databaseProvider("file:./data/regards-croises.db")).toBe("sqlite");
    expect(() => databaseProvider("mysql://root:secret@db/regards")).toThrow(/file:.*postgresql:\/\//);
  });

  it("never repeats a password in messages", () => {
    expect(redactDatabaseUrl("postgresql://app:s3cr%40t@db.example.org:5432/regards")).toBe(
      "postgresql://app:***@db.example.org:5432/regards",
    );
    expect(() => databaseProvider("mysql://root:secret@db/regards")).toThrow(/^(?!.*secret)/);
  });

  it("resolves a relative SQLite path from the project folder", () => {
    expect(sqliteFilePath("file:./data/x.db", "/srv/app")).toBe("/srv/app/data/x.db");
    expect(sqliteFilePath("file:/var/lib/x.db", "/srv/app")).toBe("/var/lib/x.db");
  });
});
