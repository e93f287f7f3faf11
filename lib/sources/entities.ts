/**
 * HTML character references, decoded without a DOM. The named table covers what feeds and
 * calendar descriptions in European languages actually use; unknown names are left as written.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', deg: '°',
  plusmn: '±', times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³',
  ordf: 'ª', ordm: 'º', iexcl: '¡', iquest: '¿', dagger: '†', rarr: '→', larr: '←', harr: '↔', uarr: '↑', darr: '↓',
  check: '✓', minus: '−', prime: '′', Prime: '″', micro: 'µ', acute: '´', cedil: '¸', uml: '¨', macr: '¯',
  szlig: 'ß', AElig: 'Æ', aelig: 'æ', OElig: 'Œ', oelig: 'œ', Oslash: 'Ø', oslash: 'ø', Aring: 'Å', aring: 'å',
  ETH: 'Ð', eth: 'ð', THORN: 'Þ', thorn: 'þ', Scaron: 'Š', scaron: 'š', Zcaron: 'Ž', zcaron: 'ž', Yuml: 'Ÿ', yuml: 'ÿ',
  Ccedil: 'Ç', ccedil: 'ç', Ntilde: 'Ñ', ntilde: 'ñ', Atilde: 'Ã', atilde: 'ã', Otilde: 'Õ', otilde: 'õ',
};

// The accented vowels follow one pattern (&eacute; &Ograve; ...), so they are generated.
const MARKS: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308' };
for (const base of ['a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y']) {
  for (const [name, mark] of Object.entries(MARKS)) {
    const composed = (base + mark).normalize('NFC');
    if (composed.length === 1) NAMED[`${base}${name}`] = composed;
  }
}

const REF_RE = /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g;

function fromCodePoint(code: number): string {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/**
 * Decodes `&amp;`, `&eacute;`, `&#233;` and `&#xE9;` style references.
 * @example decodeEntities('Caf&eacute; &amp; r&#xE9;union') // 'Café & réunion'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REF_RE, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      return fromCodePoint(Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    const named = Object.hasOwn(NAMED, ref) ? NAMED[ref] : undefined;
    return named ?? whole;
  });
}
