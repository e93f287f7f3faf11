/**
 * HTML to readable plain text without a DOM, for calendar descriptions (X-ALT-DESC, Google's
 * HTML DESCRIPTION), feed items and anywhere a parser is not at hand. Block elements become
 * line breaks so dates and times stay on the lines a reader saw; nothing is ever rendered.
 */
import { decodeEntities } from './entities.ts';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'details', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'title', 'body', 'html',
]);
/** Elements whose content is not text for a reader. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'math', 'select']);
const CELL = new Set(['td', 'th']);
const SOFT = '\u0001';
const PARA = '\u0002';

const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/y;

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
  if (!html.includes('<')) return tidy(decodeEntities(html.replace(/\s+/g, ' ')));
  const parts: string[] = [];
  let i = 0;
  let skipUntil: string | undefined;
  let inPre = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i && skipUntil === undefined) {
      const chunk = decodeEntities(html.slice(i, textEnd)).replace(/[\u0001\u0002]/g, '');
      parts.push(inPre > 0 ? chunk : chunk.replace(/\s+/g, ' '));
    }
    if (lt === -1) break;
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', i)) {
      const end = html.indexOf(']]>', i + 9);
      if (skipUntil === undefined) parts.push(html.slice(i + 9, end === -1 ? n : end));
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i);
      i = end === -1 ? n : end + 1;
      continue;
    }
    TAG_RE.lastIndex = i;
    const tag = TAG_RE.exec(html);
    if (!tag) {
      // A lone '<' (e.g. "age < 18") is text.
      if (skipUntil === undefined) parts.push('<');
      i += 1;
      continue;
    }
    i = TAG_RE.lastIndex;
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    if (skipUntil !== undefined) {
      if (closing && name === skipUntil) skipUntil = undefined;
      continue;
    }
    if (SKIP.has(name) && !closing && tag[3] !== '/') {
      skipUntil = name;
      continue;
    }
    if (name === 'pre') inPre = Math.max(0, inPre + (closing ? -1 : 1));
    if (name === 'br') parts.push('\n');
    else if (name === 'li' && !closing) parts.push(`${SOFT}- `);
    else if (name === 'p' || /^h[1-6]$/.test(name)) parts.push(PARA);
    else if (BLOCK.has(name)) parts.push(SOFT);
    else if (CELL.has(name) && !closing) parts.push(' ');
  }
  // Runs of block boundaries make one line break, or one empty line when a paragraph is among them.
  const joined = parts.join('').replace(/[ \t]*[\u0001\u0002][\s\u0001\u0002]*/g, (run) => (run.includes(PARA) ? '\n\n' : '\n'));
  return tidy(joined);
}
