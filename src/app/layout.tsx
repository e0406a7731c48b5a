import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Regards croisés", template: "%s — Regards croisés" },
  description: "Démarche réflexive intra-organisme sur les pratiques d'autonomie des organismes communautaires.",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr-CA">
      <body className="min-h-screen">
        {/* Only the shared namespaces here; pages add theirs (see ClientMessages). */}
        <ClientMessages>{children}</ClientMessages>
      </body>
    </html>
  );
}
