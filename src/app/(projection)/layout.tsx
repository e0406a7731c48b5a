import type { ReactNode } from "react";
import "./projection.css";

/**
 * A bare layout for the projected screen and for printing: no header, no
 * navigation, no footer; large type and high contrast, read from the back of
 * a room.
 */
export default function ProjectionLayout({ children }: { children: ReactNode }) {
  return (
    <main id="contenu" className="projection-root min-h-screen bg-white px-6 py-6 text-lg text-black lg:px-12">
      {children}
    </main>
  );
}
