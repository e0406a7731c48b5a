// Module resolution hook for scripts run outside Next.js: `server-only`
// throws unless imported by React Server Components, and the seed legitimately
// runs server code from the command line.
const EMPTY = "data:text/javascript,export {};";

export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: EMPTY, shortCircuit: true };
  return next(specifier, context);
}
