export declare function sourceHash(): string;
export declare const BUILD_STAMP: string;
export declare function buildIsCurrent(): boolean;
export declare function stampBuild(): void;
