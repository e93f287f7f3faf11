import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/sources/html-text.ts';

describe('htmlToText', () => {
  it.each([
    ['paragraphs and a list', '<p>Atelier&nbsp;CV</p><ul><li>12 mai, 14h00</li><li>19 mai</li></ul>', 'Atelier CV\n\n- 12 mai, 14h00\n- 19 mai'],
    ['line breaks', 'Montag<br>17.00 Uhr<br/>Raum 2', 'Montag\n17.00 Uhr\nRaum 2'],
    ['inline tags join words as written', 'Job<b>fair</b> in <a href="https://x.org?a=1&amp;b=2">Gent</a>', 'Jobfair in Gent'],
    ['scripts, styles and comments dropped', '<style>p{color:red}</style><script>var s = "</p>";</script><!-- hidden -->Text', 'Text'],
    ['head skipped in a document', '<html><head><title>T</title></head><body><h1>Titre</h1><p>Corps</p></body></html>', 'Titre\n\nCorps'],
    ['a lone < is text', 'Age < 18 & over', 'Age < 18 & over'],
    ['attributes with >', '<a title="a > b" href="#">link</a> after', 'link after'],
    ['whitespace collapsed', '  Salle   B \n\n\n\n  2e étage ', 'Salle B 2e étage'],
    ['table cells', '<table><tr><td>Date</td><td>12/05</td></tr><tr><td>Lieu</td><td>Gand</td></tr></table>', 'Date 12/05\nLieu Gand'],
    ['pre keeps lines', '<pre>a\n  b</pre>', 'a\nb'],
    ['CDATA kept as text', '<![CDATA[Ciao <3]]>', 'Ciao <3'],
    ['unfinished tag at the end dropped, as browsers do', 'Text <a href="x', 'Text'],
    ['entities of every kind', 'R&eacute;union &agrave; Li&egrave;ge &#233;t&#xE9; &#x1F600; Stra&szlig;e &amp &#0;', 'Réunion à Liège été 😀 Straße & \ufffd'],
    ['unknown entities left as written', '&unknown; &lt;b&gt; stays text', '&unknown; <b> stays text'],
    ['br after a block adds no empty line', 'a<br><div>b</div>', 'a\nb'],
    ['two br make an empty line', 'a<br><br>b', 'a\n\nb'],
    ['no markup', 'caf&eacute; &amp; more', 'café & more'],
    ['Outlook X-ALT-DESC style', '<html><body><div class=WordSection1><p class=MsoNormal>Liebe Kolleg*innen,<o:p></o:p></p><p class=MsoNormal>&nbsp;<o:p></o:p></p><p class=MsoNormal>Einladung zum Fachaustausch<o:p></o:p></p></div></body></html>', 'Liebe Kolleg*innen,\n\nEinladung zum Fachaustausch'],
  ])('%s', (_label, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
