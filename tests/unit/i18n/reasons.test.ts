import { describe, expect, it } from 'vitest';
import { englishMessages, LOCALES, loadMessages } from '../../../lib/i18n/index.ts';
import { renderReason } from '../../../lib/i18n/reasons.ts';
import { REASON_KINDS, type RelevanceReason } from '../../../lib/relevance/index.ts';

const FSI = '\u2068';
const PDI = '\u2069';
const reason = (kind: RelevanceReason['kind']): RelevanceReason => ({
  kind,
  who: kind === 'none' || kind === 'legal-only' ? [] : ['refugees', 'migrants'],
  angle: kind === 'relevant' ? ['labour market'] : [],
  legal: kind === 'legal-only' ? ['work permit'] : [],
  topics: [],
});

describe('renderReason', () => {
  it.each([
    ['relevant', 'Mentions “refugees”, “migrants” and “labour market”'],
    ['passing', 'Only a passing mention of “refugees”, “migrants”'],
    ['none', 'No mention of migrants, refugees or newcomers'],
    ['legal-only', 'About legal migration (“work permit”), with no inclusion angle'],
    ['no-angle', 'Mentions “refugees”, “migrants” but no inclusion topic'],
  ] as const)('en %s', (kind, text) => expect(renderReason(englishMessages, reason(kind))).toBe(text));

  it.each([
    ['fr', 'Mentionne «\u202frefugees\u202f», «\u202fmigrants\u202f» et «\u202flabour market\u202f»'],
    ['de', 'Nennt „refugees“, „migrants“ und „labour market“'],
    ['es', 'Menciona «refugees», «migrants» y «labour market»'],
    ['uk', 'Згадує «refugees», «migrants» та «labour market»'],
  ] as const)('%s quotes the words as the language does', async (locale, text) => {
    expect(renderReason(await loadMessages(locale), reason('relevant'))).toBe(text);
  });

  // One name that says both the group and the angle ("Refugee Week", "Integrationskurs") is quoted once.
  it.each([
    ['en', { who: ['Refugee Week'], angle: ['Refugee Week'] }, 'Mentions “Refugee Week”'],
    ['de', { who: ['Integrationskurs', 'Neuzugewanderte'], angle: ['integrationskurs'] }, 'Nennt „Integrationskurs“, „Neuzugewanderte“'],
    ['es', { who: ['derecho a migrar'], angle: ['derecho a migrar', 'derechos'] }, 'Menciona «derecho a migrar» y «derechos»'],
  ] as const)('%s quotes a name that says both once', async (locale, words, text) => {
    expect(renderReason(await loadMessages(locale), { ...reason('relevant'), who: [...words.who], angle: [...words.angle] })).toBe(text);
  });

  it('Arabic isolates each quoted word so quotes and commas stay in place', async () => {
    const text = renderReason(await loadMessages('ar'), reason('relevant'));
    expect(text).toBe(`يذكر «${FSI}refugees${PDI}»، «${FSI}migrants${PDI}» و«${FSI}labour market${PDI}»`);
  });

  it('isolates right-to-left words inside a left-to-right sentence', () => {
    const text = renderReason(englishMessages, { ...reason('passing'), who: ['لاجئين'] });
    expect(text).toBe(`Only a passing mention of “${FSI}لاجئين${PDI}”`);
  });

  it('strips bidi controls and control characters from quoted words', async () => {
    const hostile = { ...reason('passing'), who: ['\u202eevil\u202c\u0007 word\n'] };
    expect(renderReason(englishMessages, hostile)).toBe('Only a passing mention of “evil word”');
    const ar = renderReason(await loadMessages('ar'), hostile);
    expect(ar).not.toMatch(/[\u202a-\u202e\u0007\n]/);
  });

  it('has a sentence for every kind in every locale, never with a leftover placeholder', async () => {
    for (const locale of LOCALES) {
      const m = await loadMessages(locale);
      for (const kind of REASON_KINDS) {
        const text = renderReason(m, reason(kind));
        expect(text, `${locale} ${kind}`).not.toMatch(/[{}]/);
        if (kind !== 'none') expect(text, `${locale} ${kind}`).toMatch(/refugees|work permit/);
        if (locale !== 'en') expect(text, `${locale} ${kind}`).not.toBe(renderReason(englishMessages, reason(kind)));
      }
    }
  });
});
