import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_MAX_BYTES } from "./src/lib/request-limits";

/**
 * The messages (messages/fr/*.json, messages/en/*.json) are compiled at build time
 * (`precompile`): the browser then formats them with next-intl's small
 * format-only runtime instead of intl-messageformat's parser, and the server
 * skips parsing too. `t.raw()` is not available with it; build objects of
 * labels with `t()` (e.g. chartLabelsFrom). Tests and scripts, which load the
 * JSON files without the bundler, use the full formatter: the same texts.
 */
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  // Every language's folder: a JSON file outside these paths is not compiled and shows « {name} » raw.
  experimental: {
    messages: { path: ["./messages/fr", "./messages/en"], format: "json", locales: "infer", precompile: true },
  },
});

/**
 * Headers for every route, prefetches included. The Content-Security-Policy
 * (with a nonce) and HSTS are set in src/proxy.ts, at run time: HSTS follows
 * BASE_URL, which may be set after the build.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Invitation and report links carry tokens in the path: never send them to another site.
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Native modules stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pino", "@react-pdf/renderer"],
  experimental: {
    // The proxy refuses a larger action body first, with a French 413 (decision 014);
    // Next.js's own limit is the same, so no body it would accept is refused earlier.
    serverActions: { bodySizeLimit: ACTION_BODY_MAX_BYTES },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
