import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { isLocale, LANGUAGE_TAG } from "@/i18n/locales";
import { ClientMessages } from "@/components/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return {
    title: { default: "Regards croisés", template: "%s — Regards croisés" },
    description: t("description"),
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={isLocale(locale) ? LANGUAGE_TAG[locale] : LANGUAGE_TAG.fr}>
      <body className="min-h-screen">
        {/* Only the shared namespaces here; pages add theirs (see ClientMessages). */}
        <ClientMessages>{children}</ClientMessages>
      </body>
    </html>
  );
}
