import { describe, expect, it } from 'vitest';
import { createSearchIndex, foldText } from '../../../lib/query/index.ts';
import { ev } from './events.ts';

describe('foldText', () => {
  it.each([
    ['Égalité des chances', 'egalite des chances'],
    ['Straße der Integration', 'strasse der integration'],
    ['ŒUVRE Cœur', 'oeuvre coeur'],
    ['Æsir', 'aesir'],
    ['Kırıkkale İstanbul', 'kirikkale istanbul'],
    ['Integración laboral — Niños', 'integracion laboral — ninos'],
    ['Київ: мовні курси', 'киів: мовні курси'],
    ['دورة اللغة', 'دورة اللغة'],
  ])('%s -> %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });
  it('keeps Cyrillic and Arabic letters', () => {
    expect(foldText('Йод ЁЖ')).toMatch(/^[\p{Script=Cyrillic} ]+$/u);
    expect(foldText('مُهاجِر')).toBe('مهاجر');
  });
});

const events = [
  ev({ id: 'a', title: 'Job fair for refugees', start: '2026-12-03', location: { city: 'Bruxelles', country: 'BE' } }),
  ev({ id: 'b', title: 'Atelier: reconnaissance des diplômes', start: '2026-12-04', description: 'Pour les réfugiés et demandeurs d’asile.' }),
  ev({ id: 'c', title: 'Sprachkurs Deutsch A1', start: '2026-12-05', organizer: { name: 'Volkshochschule Köln' }, topics: ['language'] }),
  ev({ id: 'd', title: 'Вебінар: працевлаштування', start: '2026-12-06', location: { city: 'Київ', country: 'UA' } }),
  ev({ id: 'e', title: 'Arbeitsmigration und Fachkräfte', start: '2026-12-07' }),
  ev({ id: 'f', title: 'ورشة عمل حول اللغة', start: '2026-12-08' }),
];

describe('createSearchIndex', () => {
  const search = createSearchIndex(events);
  const ids = (q: string) => search(q).map((e) => e.id);
  it.each([
    ['', ['a', 'b', 'c', 'd', 'e', 'f']],
    ['   ', ['a', 'b', 'c', 'd', 'e', 'f']],
    ['REFUGIES', ['b']],
    ['réfugiés', ['b']],
    ['refugee', ['a']],
    ['job bruxelles', ['a']],
    ['job berlin', []],
    ['dipl', ['b']],
    ['koln', ['c']],
    ['köln sprach', ['c']],
    ['language', ['c']],
    ['migration', ['e']],
    ['fachkrafte', ['e']],
    ['київ', ['d']],
    ['вебінар', ['d']],
    ['اللغة', ['f']],
    ['a1', ['c']],
    ['j', ['a']],
  ])('%j finds %j', (q, expected) => {
    expect(ids(q)).toEqual(expected);
  });
  it('gives the same answers while narrowing as from scratch', () => {
    const typed = ['r', 're', 'ref', 'refu', 'refug', 'refugi', 'refugie'].map(ids);
    const fresh = ['r', 're', 'ref', 'refu', 'refug', 'refugi', 'refugie'].map((q) => createSearchIndex(events)(q).map((e) => e.id));
    expect(typed).toEqual(fresh);
    expect(ids('jo')).toEqual(['a']);
    expect(ids('job')).toEqual(['a']);
    expect(ids('ob')).toEqual([]);
  });
});
