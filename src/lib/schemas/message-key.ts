/**
 * A schema's message is a key into the "validation" messages. Some messages
 * name a limit (« maximum {max} caractères »): the limit travels with the key,
 * `validation.tooLong?max=254`, so whoever shows the message (a form in the
 * browser, the server's answer to an action) says the field's own limit
 * without having to know it. The schema stays the one place the limit is set.
 */
export function withParams(key: string, params: Record<string, number>): string {
  return `${key}?${new URLSearchParams(Object.entries(params).map(([name, value]) => [name, String(value)]))}`;
}

/** The key and the parameters a message carries (numbers stay numbers, for ICU's plural and number formats). */
export function parseMessageKey(message: string): { key: string; params: Record<string, string | number> } {
  const at = message.indexOf("?");
  if (at < 0) return { key: message, params: {} };
  const params: Record<string, string | number> = {};
  for (const [name, value] of new URLSearchParams(message.slice(at + 1))) {
    params[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return { key: message.slice(0, at), params };
}

/** « Ce texte est trop long (maximum {max} caractères). », with the field's own maximum. */
export function tooLong(max: number): string {
  return withParams("validation.tooLong", { max });
}
