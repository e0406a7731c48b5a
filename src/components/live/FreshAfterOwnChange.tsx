"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { renderedBeforeOwnChange } from "./own-changes";

/** How long a newer render may take before the person is told it did not come. */
export const FRESH_RENDER_PATIENCE_MS = 8_000;

/**
 * Around a form that takes its state from the server once, on mount (the
 * positioning form): when the router restores the page from its cache
 * (Forward, Back) and that render predates the person's last acknowledged
 * change, the form would start from the old answers and status. It is then
 * shown only once LiveRefresh has brought a newer render (own-changes.ts), so
 * it mounts with what is stored. Decided once, on mount: a live refresh later
 * never unmounts the form nor loses what is being typed.
 *
 * Meanwhile the place of the form says what is happening; if the newer
 * render does not come (no connection), it says so and offers a reload,
 * rather than leaving an empty page.
 */
export function FreshAfterOwnChange({ renderedAt, children }: { renderedAt: number; children: ReactNode }) {
  const t = useTranslations("positioning");
  const [mounted] = useState(() => ({ renderedAt, stale: renderedBeforeOwnChange(renderedAt) }));
  const waiting = mounted.stale && renderedAt === mounted.renderedAt;
  const [tooLong, setTooLong] = useState(false);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setTooLong(true), FRESH_RENDER_PATIENCE_MS);
    return () => clearTimeout(timer);
  }, [waiting]);
  if (!waiting) return children;
  if (!tooLong) return <Alert tone="info">{t("refreshing")}</Alert>;
  return (
    <Alert tone="error">
      <p>{t("refreshFailed")}</p>
      <Button className="mt-3" onClick={() => window.location.reload()}>
        {t("reloadPage")}
      </Button>
    </Alert>
  );
}
