/**
 * The readers of a page without a DOM (its JSON-LD blocks, else its text), as one lazily loaded
 * entry: lib/sources/index.ts imports them on demand through this file, since html-text.ts is
 * also a static part of other readers and a direct dynamic import of it could not split it out.
 */
export { htmlToText } from './html-text.ts';
export { jsonLdSource, readJsonLdSource } from './jsonld-source.ts';
