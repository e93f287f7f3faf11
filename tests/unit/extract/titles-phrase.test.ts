import { describe, expect, it } from 'vitest';
import { phraseTitle } from '../../../lib/extract/title.ts';

// The noun phrase a long sentence gives its gathering: sentences written for these cases.
describe('the phrase of a sentence around a bare event word', () => {
  it.each([
    ['its adjectives after it (es)', 'El barrio organiza el sábado una fiesta solidaria en la plaza mayor con música y juegos para todas las familias.', 'Fiesta solidaria'],
    ['its adjectives after it (it)', 'Venerdì, presso la biblioteca comunale, si svolgerà la cena multietnica, aperta a tutte le famiglie del quartiere e alle associazioni.', 'Cena multietnica'],
    ['its adjectives after it (fr)', 'Les bénévoles ont préparé pour le 4 mai une soirée conviviale, ouverte à tous les habitants et aux familles nouvellement arrivées.', 'Soirée conviviale'],
    ['an elided preposition after its adjective (it)', 'Martedì alle 18, nella sala civica, si terrà l’incontro finale dell’anno associativo, dedicato ai volontari e alle famiglie.', 'Incontro finale dell’anno associativo'],
    ['an elided preposition (fr)', 'Le réseau propose le 12 mars une journée d’échanges, suivie d’un repas partagé entre les familles et les bénévoles.', 'Journée d’échanges'],
  ])('%s', (_name, sentence, expected) => {
    expect(phraseTitle(sentence, 0)).toBe(expected);
  });

  it.each([
    ['a preposition after the event word (fr)', 'Le 12 mars, la soirée dans la salle des fêtes réunira les habitants du quartier et les familles arrivées cette année.', 'Soirée'],
    ['a preposition after the event word (it)', 'Giovedì 5 ottobre la serata presso il circolo riunirà volontari e famiglie arrivate quest’anno nel quartiere.', 'Serata'],
    ['a German noun then a lower-case word', 'Am Samstag öffnet die Ausstellung wieder, nachdem sie seit dem Frühjahr geschlossen war, und zeigt Bilder von Familien.', 'Ausstellung'],
    ['a verb after the event word (es)', 'El sábado la jornada celebrada en el centro cívico reunió a medio centenar de vecinos y de familias migrantes.', undefined],
  ])('no adjectives: %s', (_name, sentence, expected) => {
    expect(phraseTitle(sentence, 0)).toBe(expected);
  });
});
