import { describe, expect, it } from 'vitest';
import { scanMarkup } from '../../../lib/sources/markup.ts';
import { MAX_DOM_TOKENS, prepareForDom } from '../../../lib/sources/nesting.ts';
import { innerHtml, innerText, parseXml } from '../../../lib/sources/xml.ts';

/** The events of a text as short strings: `<name attr=value>`, `</name>`, `"text"`. */
function events(source: string, xml = false): string[] {
  const out: string[] = [];
  scanMarkup(source, {
    open: (name, attrs, selfClosing) => out.push(`<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}=${v}`).join('')}${selfClosing ? '/' : ''}>`),
    close: (name) => out.push(`</${name}>`),
    text: (text) => {
      // Pieces of one run of text are joined, as readers do.
      const last = out.at(-1);
      if (last?.startsWith('"')) out[out.length - 1] = `${last.slice(0, -1)}${text}"`;
      else out.push(`"${text}"`);
    },
  }, { xml });
  return out;
}

describe('scanMarkup', () => {
  it.each<[string, string, boolean, string[]]>([
    ['names lower-cased, attributes decoded, first of a repeated name kept', '<A HREF="/x?a=1&amp;b=2" href="/y" data-X=\'&eacute;\'>Caf&eacute;</A>', false,
      ['<a href=/x?a=1&b=2 data-x=é>', '"Café"', '</a>']],
    ['script content is raw text', '<script>if (a<b) x = "&amp;";</script>', false, ['<script>', '"if (a<b) x = "&amp;";"', '</script>']],
    ['CDATA is text in XML', '<d><![CDATA[<p>A & B</p>]]></d>', true, ['<d>', '"<p>A & B</p>"', '</d>']],
    ['self-closing honoured in HTML too', '<br/><img src=a.png />x', false, ['<br/>', '<img src=a.png/>', '"x"']],
    ['comments, doctype and instructions are not text', '<?xml version="1.0"?><!DOCTYPE html><!-- c -->t', false, ['"t"']],
    ['a lone < is text', 'a < b', false, ['"a < b"']],
    ['unfinished tag at the end dropped', 'x <a href="y', false, ['"x "']],
    ['__proto__ attributes are plain keys', '<a __proto__="x" constructor="y">', false, ['<a __proto__=x constructor=y>']],
  ])('%s', (_label, source, xml, expected) => {
    expect(events(source, xml)).toEqual(expected);
  });
});

describe('parseXml', () => {
  it('gives raw HTML written as elements, and escaped or CDATA HTML as text', () => {
    const xml = '<item><a>&lt;p&gt;x&lt;/p&gt;</a><b><![CDATA[<p>y</p>]]></b><c><p>z <br/>w</p></c></item>';
    const item = parseXml(xml).children[0];
    const [a, b, c] = item?.children ?? [];
    expect([innerHtml(xml, a), innerHtml(xml, b), innerHtml(xml, c)]).toEqual(['<p>x</p>', '<p>y</p>', '<p>z <br/>w</p>']);
    expect(innerText(xml, c)).toBe('z w');
  });
});

describe('prepareForDom', () => {
  it.each<[string, string, string]>([
    ['an ordinary page is unchanged', '<html><body><ul><li>a<li>b</ul><p>x<p>y<div><span>z</span></div></body></html>', 'same'],
    ['sibling list items and paragraphs without end tags do not count as depth', `<ul>${'<li>item '.repeat(1000)}</ul>${'<p>text '.repeat(1000)}`, 'same'],
  ])('%s', (_label, html) => {
    expect(prepareForDom(html)).toEqual({ html, tooLarge: false });
  });

  it('drops tags beyond the depth cap and keeps their text', () => {
    const html = `${'<div>'.repeat(300)}Atelier le 12 mai${'</div>'.repeat(300)}`;
    const prepared = prepareForDom(html, 256);
    expect(prepared.html).toBe(`${'<div>'.repeat(256)}Atelier le 12 mai${'</div>'.repeat(256)}`);
  });

  it('counts self-closed HTML elements as open, as HTML parsers do', () => {
    expect(prepareForDom('<div/>'.repeat(300), 256).html).toBe('<div/>'.repeat(256));
  });

  it('says when a page has more tokens than a JavaScript DOM reads quickly', () => {
    expect(prepareForDom('<b>x</b>'.repeat(MAX_DOM_TOKENS / 3 + 1)).tooLarge).toBe(true);
    expect(prepareForDom('<b>x</b>'.repeat(MAX_DOM_TOKENS / 4)).tooLarge).toBe(false);
  });
});
