import type { ReactNode } from "react";
import "./projection.css";

/**
 * A bare layout for the projected screen and for printing: no header, no
 * navigation, no footer; large type and high contrast, read from the back of
 * a room.
 */
export default function ProjectionLayout({ children }: { children: ReactNode }) {
  return (
    // Each page is one slide (SlideFrame): it holds the <main>, and never scrolls.
    <div className="projection-root bg-white text-lg text-black">{children}</div>
  );
}
