/**
 * Stable, short ids for events that have no UID of their own. Synchronous and dependency
 * free (FNV-1a, 64 bits as two 32-bit halves), so the CLI, the widget and the extension
 * compute the same id for the same event.
 */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 7);
  }
  return (h1 >>> 0).toString(36).padStart(7, '0') + (h2 >>> 0).toString(36).padStart(7, '0');
}

/** An event id from the parts that identify it: source, title and start. */
export function eventId(sourceKey: string, title: string, start: string): string {
  const normalised = title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return `ev-${stableHash(`${sourceKey}\u0000${normalised}\u0000${start}`)}`;
}
