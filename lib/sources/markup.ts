/**
 * HTML and XML read as a stream of tags and text by htmlparser2's tokenizer, which also decodes
 * character references. No tree is built here: each reader keeps only what it needs (at most a
 * bounded stack). htmlparser2's own Parser keeps an unbounded stack it searches per tag, which
 * is quadratic on pages nested 100,000 deep; the tokenizer alone is linear.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

export type Attributes = Record<string, string>;

/** Just after the `>` ending a closing tag whose name ends at `nameEnd` (the tokenizer skips to it too). */
function closeEnd(source: string, nameEnd: number): number {
  const gt = source.indexOf('>', nameEnd);
  return gt === -1 ? source.length : gt + 1;
}

export interface MarkupHandler {
  /** An opening tag: lower-case name, decoded attributes (the first of a repeated name wins), offsets of its `<` and just after its `>`. */
  open?(name: string, attrs: Attributes, selfClosing: boolean, end: number, start: number): void;
  /** A closing tag: lower-case name, offsets of its `<` and just after its `>`. */
  close?(name: string, start: number, end: number): void;
  /** Text with character references decoded; CDATA sections are text too. Called piece by piece. */
  text?(text: string): void;
  /** `<!DOCTYPE ...>` and other declarations, as written between `<!` and `>`. */
  declaration?(text: string): void;
}

/**
 * Reads `source` as HTML (default) or XML, calling `handler` for each tag and piece of text.
 * Unfinished markup at the end is dropped, as browsers do.
 * @example scanMarkup('<p>Caf&eacute;</p>', { text: (t) => out.push(t) }) // out: ['Caf', 'é']
 */
export function scanMarkup(source: string, handler: MarkupHandler, options: { xml?: boolean; attributes?: boolean } = {}): void {
  // Readers that only want names and text skip building attributes (most of a page's bytes).
  const withAttributes = options.attributes !== false;
  let name = '';
  let tagStart = 0;
  let attrs: Attributes = Object.create(null);
  let attrName = '';
  let attrValue = '';
  const text = handler.text;
  const callbacks: TokenizerCallbacks = {
    ontext: text ? (start, end) => text(source.slice(start, end)) : () => {},
    ontextentity: text ? (cp) => text(String.fromCodePoint(cp)) : () => {},
    oncdata: text ? (start, end, offset) => text(source.slice(start, end - offset)) : () => {},
    onopentagname(start, end) {
      name = source.slice(start, end).toLowerCase();
      tagStart = start - 1;
      if (withAttributes) attrs = Object.create(null);
    },
    onattribname(start, end) {
      if (withAttributes) attrName = source.slice(start, end).toLowerCase();
    },
    onattribdata(start, end) {
      if (withAttributes) attrValue += source.slice(start, end);
    },
    onattribentity(cp) {
      if (withAttributes) attrValue += String.fromCodePoint(cp);
    },
    onattribend() {
      if (withAttributes && !(attrName in attrs)) attrs[attrName] = attrValue;
      attrValue = '';
    },
    onopentagend: (end) => handler.open?.(name, attrs, false, end + 1, tagStart),
    onselfclosingtag: (end) => handler.open?.(name, attrs, true, end + 1, tagStart),
    onclosetag: (start, end) => handler.close?.(source.slice(start, end).toLowerCase(), source.lastIndexOf('<', start), closeEnd(source, end)),
    ondeclaration: (start, end) => handler.declaration?.(source.slice(start, end)),
    oncomment() {},
    onprocessinginstruction() {},
    onend() {},
  };
  // Self-closing syntax is honoured in HTML too, so `<script/>` does not swallow the page.
  const tokenizer = new Tokenizer({ xmlMode: options.xml === true, decodeEntities: true, recognizeSelfClosing: true }, callbacks);
  tokenizer.write(source);
  tokenizer.end();
}
