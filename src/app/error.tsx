"use client";
import { ErrorView } from "@/components/layout/error-view";

/** A page outside the site's layout failed (projection, report link): the same French page, on its own. */
export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="contenu" className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
      <ErrorView digest={error.digest} reset={reset} />
    </main>
  );
}
