import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/**
 * A page's `generateMetadata`: its title (`pageTitles.<key>`) in the
 * request's language (decision 024), plus any other fixed metadata.
 * Usage: `export const generateMetadata = pageMetadata("settings");`.
 */
export function pageMetadata(key: string, extra: Metadata = {}): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations("pageTitles");
    return { ...extra, title: t(key as never) };
  };
}
