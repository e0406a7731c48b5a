export declare const BARE_DIR: string;
export declare function ensureBareApp(options?: { log?: (message: string) => void }): Promise<string>;
