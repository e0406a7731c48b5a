export declare function summariseProfile(file: string): {
  busyMs: number;
  parts: { category: string; ms: number; share: number }[];
};
