import type { IncomingMessage, ServerResponse } from "node:http";

export declare const CLIENT_ADDRESS_HEADER: "x-rc-client-address";
export declare const UNKNOWN_ADDRESS: "unknown";
export declare function parseTrustedHops(value: string | undefined): number;
export declare function normaliseAddress(value: unknown): string | null;
export declare function clientAddress(input: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined | null;
  trustedHops: number;
}): string;
export declare function withClientAddress(
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
  options: { trustedHops: number },
): (req: IncomingMessage, res: ServerResponse) => unknown;
