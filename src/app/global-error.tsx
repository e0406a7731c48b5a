"use client";
import Link from "next/link";

/**
 * The root layout itself failed: no messages are loaded here, so the French
 * text is written in place. Same content as ErrorView.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="fr-CA">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem", lineHeight: 1.5 }}>
        <main>
          <h1>Cette page n&apos;a pas pu s&apos;afficher</h1>
          <p>Une erreur inattendue est survenue. Réessayez dans un instant.</p>
          {error.digest ? (
            <p>
              Référence à donner à votre accompagnateur.trice : <code>{error.digest}</code>
            </p>
          ) : null}
          <p>
            <Link href="/">Retour à l&apos;accueil</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
