/** The HTML parser the CLI hands to lib/sources: linkedom, a DOM without a browser. */
import { parseHTML } from 'linkedom';
import type { HtmlParser } from '../sources/index.ts';
import { prepareForDom } from '../sources/nesting.ts';

// linkedom's tree building is quadratic in nesting depth: absurdly deep pages are capped first.
export const parseHtml: HtmlParser = (html) => parseHTML(prepareForDom(html).html).document as unknown as Document;
