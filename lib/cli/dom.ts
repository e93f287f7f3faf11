/** The HTML parser the CLI hands to lib/sources: linkedom, a DOM without a browser. */
import { parseHTML } from 'linkedom';
import type { HtmlParser } from '../sources/index.ts';
import { capNesting } from '../sources/nesting.ts';

// linkedom's tree building is quadratic in nesting depth: absurdly deep pages are capped first.
export const parseHtml: HtmlParser = (html) => parseHTML(capNesting(html)).document as unknown as Document;
