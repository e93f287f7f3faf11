/**
 * The part of a page too large for a DOM that holds its schema.org microdata items: from the
 * tag of the first `itemscope` to a little after the last one, at most `max` characters, cut at
 * tag starts, behind the page's own <html> tag (for its language). A browser builds a DOM of
 * that part alone, so events written only as microdata on a long page are still read, at the
 * cost of a page of `max` characters.
 */

/** Characters kept after the last item's opening tag: room for its properties. */
const ITEM_TAIL = 16_384;

/**
 * The items' part of `html`, or undefined when it has no itemscope; `cut` when the items go on
 * past `max` characters.
 * @example microdataRegion(`<html lang="de">${'<p>x</p>'.repeat(1e5)}<div itemscope itemtype="https://schema.org/Event">…</div>`, 500_000)
 */
export function microdataRegion(html: string, max: number): { html: string; cut: boolean } | undefined {
  const scope = /\bitemscope\b/gi;
  const first = scope.exec(html);
  if (!first) return undefined;
  const start = Math.max(0, html.lastIndexOf('<', first.index));
  let last = first.index;
  // Linear: each search goes on from the last match.
  for (let m = scope.exec(html); m && m.index - start < max; m = scope.exec(html)) last = m.index;
  let end = Math.min(html.length, last + ITEM_TAIL, start + max);
  const cut = end < html.length && /\bitemscope\b/i.test(html.slice(end, end + max));
  // End before a tag, never inside one.
  if (end < html.length) {
    const tag = html.lastIndexOf('<', end);
    if (tag > start) end = tag;
  }
  const root = /<html\b[^>]{0,500}>/i.exec(html.slice(0, Math.min(start, 65_536)))?.[0] ?? '';
  return { html: `${root}${html.slice(start, end)}`, cut };
}
