export declare const DEMO_EMAIL: string;
export declare const DEMO_PASSWORD: string;
export declare const DEMO_CODES: string[];
export declare const DEMO_ENGLISH_CODES: string[];
export declare function DEMO_BANNER(env: Record<string, string | undefined>): string;
