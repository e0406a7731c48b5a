import "server-only";

/** A file name safe everywhere: « Démarche réflexive 2026-2027 » → "demarche-reflexive-2026-2027". */
export function fileSlug(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "demarche";
}

/** Content-Disposition for a download, with an ASCII name (no quoting issues). */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
