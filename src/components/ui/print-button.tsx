"use client";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (the page's print styles hide the rest of the site). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="primary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
