/** The HTML parser the CLI hands to lib/sources: linkedom, a DOM without a browser. */
import { parseHTML } from 'linkedom';
import type { HtmlParser } from '../sources/index.ts';

export const parseHtml: HtmlParser = (html) => parseHTML(html).document as unknown as Document;
