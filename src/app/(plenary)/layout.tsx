import type { ReactNode } from "react";

/**
 * Projection mode for the mise en commun: no header, no footer, no menus;
 * large type and strong contrast, to be read from the back of a room.
 */
export default function PlenaryLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-screen bg-white text-black">{children}</div>;
}
