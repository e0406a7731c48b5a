/**
 * Colours of the triangle chart.
 *
 * Series colours come from the Okabe–Ito palette, chosen to stay distinct for
 * the common forms of colour blindness. Colour is never the only cue (each
 * series also has its own marker shape and dash pattern), and light colours
 * such as yellow get a dark outline so they keep their contrast on white.
 */

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = Object.freeze({
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
});

/**
 * Order in which series take colours: highest contrast on white first, so the
 * usual three to five groups avoid the pale colours.
 */
export const SERIES_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.black,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
];

/** Neutral colours of the drawing itself (greys print well in black and white). */
export const CHART_INK = Object.freeze({
  /** Text and marker outlines. */
  text: "#1A1A1A",
  /** Triangle edges. */
  edge: "#4B4B4B",
  /** Equal-weight grid lines. */
  grid: "#D0D0D0",
  /** The grid's percentage marks: light, but readable printed. */
  gridMark: "#767676",
  /** Inside of hollow markers. */
  paper: "#FFFFFF",
});
