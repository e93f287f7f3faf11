/**
 * schema.org microdata (itemscope/itemtype/itemprop) read into the same node shape as
 * JSON-LD, so the JSON-LD mapping serves both.
 */
import type { Node } from './jsonld-walk.ts';

const MAX_NODES = 2_000;

function valueOf(el: Element, budget: { left: number }): unknown {
  if (el.hasAttribute('itemscope')) return nodeOf(el, budget);
  const tag = el.tagName.toLowerCase();
  if (tag === 'meta') return el.getAttribute('content') ?? '';
  if (tag === 'time') return el.getAttribute('datetime') ?? el.textContent ?? '';
  if (tag === 'a' || tag === 'link' || tag === 'area') return el.getAttribute('href') ?? '';
  if (tag === 'img' || tag === 'source' || tag === 'iframe' || tag === 'embed' || tag === 'audio' || tag === 'video') return el.getAttribute('src') ?? '';
  if (tag === 'data' || tag === 'meter') return el.getAttribute('value') ?? '';
  return el.getAttribute('content') ?? (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The properties of one item: its itemprop descendants that are not inside a nested item. */
function nodeOf(scope: Element, budget: { left: number }): Node {
  const node: Node = {};
  const type = scope.getAttribute('itemtype');
  if (type) node['@type'] = type.trim().split(/\s+/);
  if (--budget.left < 0) return node;
  // Document order without recursion: a page may nest thousands of elements inside an item.
  const pending: Element[] = Array.from(scope.children).reverse();
  for (let child = pending.pop(); child; child = pending.pop()) {
    const props = child.getAttribute('itemprop');
    if (props) {
      const value = valueOf(child, budget);
      for (const prop of props.trim().split(/\s+/)) {
        const existing = node[prop];
        if (Array.isArray(existing)) existing.push(value);
        else node[prop] = existing === undefined ? value : [existing, value];
      }
    }
    // A nested item owns the properties inside it.
    if (!child.hasAttribute('itemscope')) for (let i = child.children.length - 1; i >= 0; i--) pending.push(child.children[i] as Element);
  }
  return node;
}

/**
 * Top-level microdata items of a document (items that are not a property of another item).
 * @example microdataItems(doc).filter((n) => String(n['@type']).includes('Event'))
 */
export function microdataItems(root: Document | Element): Node[] {
  const budget = { left: MAX_NODES };
  return Array.from(root.querySelectorAll('[itemscope]'))
    .filter((el) => !el.hasAttribute('itemprop'))
    .map((el) => nodeOf(el, budget));
}
