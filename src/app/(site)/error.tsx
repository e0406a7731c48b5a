"use client";
import { ErrorView } from "@/components/layout/error-view";

/** A page of the site failed: the French error page inside the site's header and footer. */
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorView digest={error.digest} reset={reset} />;
}
