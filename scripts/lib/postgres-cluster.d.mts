export declare class PostgresUnavailableError extends Error {}
export declare function findPostgresBinDir(): string | null;
export declare function ensurePostgresBinaries(options?: { log?: (message: string) => void }): string;
export declare function freePort(): Promise<number>;
export declare function startPostgresCluster(options?: { log?: (message: string) => void }): Promise<{
  port: number;
  url: (database: string) => string;
  adminUrl: string;
  stop: () => void;
}>;
