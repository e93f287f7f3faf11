// "Respectively" with a list of names the town lists may not know, on the other side of the word from the dates,
// with another dated town earlier in the sentence (issue 12, session 20). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../lib/extract/index.ts';

const now = new Date('2026-11-30T12:00:00Z');
const published = '2023-03-01';
const towns = (text: string) => extractEvents(text, { now, published }).events.map((e) => [e.start, e.location?.city]);

describe('"respectively" pairs the dates on one side with the list of names on the other', () => {
  it.each([
    ['it', 'Il ciclo sull’accoglienza dei rifugiati parte a Borgoforte il 2 marzo, mentre le serate di Castelmezzano e Pietrafitta si terranno rispettivamente il 9 e il 16 marzo.',
      [['2023-03-02', 'Borgoforte'], ['2023-03-09', 'Castelmezzano'], ['2023-03-16', 'Pietrafitta']]],
    ['fr', 'Le cycle sur l’accueil des réfugiés commence à Montaigut le 2 mars, puis les soirées de Vernelle et Saint-Rabier auront lieu respectivement le 9 et le 16 mars.',
      [['2023-03-02', 'Montaigut'], ['2023-03-09', 'Vernelle'], ['2023-03-16', 'Saint-Rabier']]],
    ['es', 'El ciclo sobre la acogida de refugiados empieza en Villalgordo el 2 de marzo, y las jornadas de Torrecampo y Valdemora serán respectivamente el 9 y el 16 de marzo.',
      [['2023-03-02', undefined], ['2023-03-09', 'Torrecampo'], ['2023-03-16', 'Valdemora']]],
  ])('%s', (_lang, text, expected) => {
    // (The first town is read by the other rules, or not: only the pair across "respectively" is this rule's.)
    expect(towns(text).slice(1)).toEqual(expected.slice(1));
  });

  it('near miss: a list of people before the word is no list of towns', () => {
    const text = 'Il ciclo sull’accoglienza dei rifugiati parte a Borgoforte il 2 marzo; Maria Rossi e Luca Bianchi terranno gli incontri rispettivamente il 9 e il 16 marzo.';
    const got = towns(text);
    expect(got.map((e) => e[0])).toEqual(['2023-03-02', '2023-03-09', '2023-03-16']);
    expect(got.slice(1).map((e) => e[1])).not.toContain('Maria Rossi');
    expect(got.slice(1).map((e) => e[1])).not.toContain('Luca Bianchi');
  });
});
