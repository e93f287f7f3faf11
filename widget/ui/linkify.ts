/**
 * Links in feed text, for the event detail (its chunk: the list never shows them). Only what
 * safeHref accepts becomes a link.
 */
import { safeHref } from './safe-url.ts';

export type TextPart = { text: string } | { text: string; href: string };

const URL_RE = /\bhttps?:\/\/[^\s<>"'()[\]{}]+[^\s<>"'()[\]{}.,;:!?]/gi;

/** Splits plain text into text and http(s) link parts, for rendering without innerHTML. */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    const href = safeHref(m[0]);
    if (!href) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[0], href });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
