/**
 * A small element tree of an RSS or Atom feed, read through htmlparser2's tokenizer in XML mode
 * (an HTML parser would mangle RSS's <link>): names, attributes, the text directly inside each
 * element and where its content lies in the source. Depth is bounded, so hostile feeds cannot
 * blow it up; elements deeper than that hold their descendants' text.
 */
import { htmlToText } from './html-text.ts';
import { scanMarkup, type Attributes } from './markup.ts';

export interface XmlElement {
  /** Lower-case qualified name, e.g. 'item', 'content:encoded'. */
  name: string;
  attrs: Attributes;
  children: XmlElement[];
  /** Its own text: character references decoded, CDATA unwrapped. */
  text: string;
  /** Offsets of the element's content in the source text. */
  inner: [number, number];
}

export const MAX_XML_DEPTH = 64;
/** A feed of 500 items has a few thousand elements. */
export const MAX_XML_ELEMENTS = 100_000;

/**
 * The element tree of an XML text under a synthetic root named '#document'. Elements deeper
 * than MAX_XML_DEPTH, or beyond MAX_XML_ELEMENTS, are not built (`deep`, `many` say so).
 * @example parseXml('<rss><channel><title>News</title></channel></rss>').children[0]?.name // 'rss'
 */
export function parseXml(source: string): XmlElement & { deep?: true; many?: true } {
  const root: XmlElement & { deep?: true; many?: true } = { name: '#document', attrs: {}, children: [], text: '', inner: [0, source.length] };
  const stack: XmlElement[] = [root];
  let count = 0;
  scanMarkup(source, {
    open(name, attrs, selfClosing, end) {
      if (stack.length > MAX_XML_DEPTH) {
        root.deep = true;
        return;
      }
      if (++count > MAX_XML_ELEMENTS) {
        root.many = true;
        return;
      }
      const element: XmlElement = { name, attrs, children: [], text: '', inner: [end, selfClosing ? end : -1] };
      (stack[stack.length - 1] as XmlElement).children.push(element);
      if (!selfClosing) stack.push(element);
    },
    close(name, start) {
      // Bounded search: a stray closing tag costs at most MAX_XML_DEPTH steps.
      const at = stack.findLastIndex((e) => e.name === name);
      if (at <= 0) return;
      for (let k = stack.length - 1; k >= at; k--) (stack[k] as XmlElement).inner[1] = start;
      stack.length = at;
    },
    text(text) {
      const top = stack[stack.length - 1] as XmlElement;
      top.text += text;
    },
  }, { xml: true });
  for (const open of stack) if (open.inner[1] === -1) open.inner[1] = source.length;
  return root;
}

/**
 * The first direct child with one of the names, tried in order.
 * @example firstChild(item, 'content:encoded', 'description')
 */
export function firstChild(el: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const name of names) {
    const found = el.children.find((c) => c.name === name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Every descendant named `name`, depth first (not looking inside a match).
 * @example descendants(root, 'item').length
 */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.name === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

/**
 * The markup inside an element as HTML: escaped or CDATA-wrapped HTML is its text; HTML
 * written as elements (XHTML content, sloppy feeds) is its source as written.
 * @example innerHtml(source, el) // '<p>Atelier le 12 mai</p>'
 */
export function innerHtml(source: string, el: XmlElement | undefined): string {
  if (!el) return '';
  return el.children.length > 0 ? source.slice(el.inner[0], el.inner[1]) : el.text;
}

/**
 * The plain text inside an element.
 * @example innerText('<t>Caf&#233;</t>', parseXml('<t>Caf&#233;</t>').children[0]) // 'Café'
 */
export function innerText(source: string, el: XmlElement | undefined): string {
  return el ? htmlToText(innerHtml(source, el)).replace(/\s+/g, ' ').trim() : '';
}
