/**
 * HTML to readable plain text without a DOM, for calendar descriptions (X-ALT-DESC, Google's
 * HTML DESCRIPTION), feed items and anywhere a parser is not at hand. Block elements become
 * line breaks so dates and times stay on the lines a reader saw; nothing is ever rendered.
 */
import { scanMarkup } from './markup.ts';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'pre', 'section', 'summary', 'details',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'title', 'body', 'html',
]);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose content is not text for a reader. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'math', 'select']);
const CELL = new Set(['td', 'th']);

/** Collapses runs of spaces and trims each line; at most one empty line in a row; no control characters. */
function tidy(raw: string): string {
  // Control characters are never text a reader should get (and some break calendars).
  const lines = raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').split('\n').map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/**
 * Readable text of an HTML fragment or document: tags dropped, scripts and styles skipped,
 * block elements and `<br>` turned into line breaks, list items marked, entities decoded.
 * @example htmlToText('<p>Atelier&nbsp;CV</p><ul><li>12 mai, 14h00</li></ul>') // 'Atelier CV\n\n- 12 mai, 14h00'
 */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return tidy(html.replace(/\s+/g, ' '));
  const parts: string[] = [];
  // Line breaks owed before the next text: 1 after a block, 2 after a paragraph; <br>s add up.
  let owed = 0;
  let breaks = 0;
  let skipping: string | undefined;
  let skipDepth = 0;
  let pre = 0;
  const write = (text: string) => {
    if (owed > 0 || breaks > 0) {
      if (parts.length > 0) parts.push(Math.min(2, Math.max(owed, breaks)) === 2 ? '\n\n' : '\n');
      owed = 0;
      breaks = 0;
    }
    parts.push(text);
  };
  scanMarkup(html, {
    text(raw) {
      if (skipping !== undefined) return;
      // Outside <pre> a line break in the source is a space; tidy() collapses runs of spaces.
      const text = pre > 0 || !raw.includes('\n') ? raw : raw.replaceAll('\n', ' ');
      // Spaces between blocks are layout, not text.
      if ((owed > 0 || breaks > 0) && text.trim() === '') return;
      write(text);
    },
    open(name, _attrs, selfClosing) {
      if (skipping !== undefined) {
        if (name === skipping && !selfClosing) skipDepth++;
        return;
      }
      if (SKIP.has(name)) {
        if (!selfClosing) [skipping, skipDepth] = [name, 1];
        return;
      }
      if (name === 'pre' && !selfClosing) pre++;
      if (name === 'br') breaks++;
      else if (name === 'li') {
        owed = Math.max(owed, 1);
        write('- ');
      } else if (PARAGRAPH.has(name)) owed = 2;
      else if (BLOCK.has(name)) owed = Math.max(owed, 1);
      else if (CELL.has(name)) write(' ');
    },
    close(name) {
      if (skipping !== undefined) {
        if (name === skipping && --skipDepth === 0) skipping = undefined;
        return;
      }
      if (name === 'pre') pre = Math.max(0, pre - 1);
      if (name === 'br') breaks++;
      else if (PARAGRAPH.has(name)) owed = 2;
      else if (BLOCK.has(name)) owed = Math.max(owed, 1);
    },
  }, { attributes: false });
  return tidy(parts.join(''));
}
