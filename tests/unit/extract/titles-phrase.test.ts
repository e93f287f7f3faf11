import { describe, expect, it } from 'vitest';
import { headingAbove, phraseTitle, quotedTitle, sentenceTitle } from '../../../lib/extract/title.ts';
import { readText } from '../../../lib/extract/text.ts';

// The noun phrase a long sentence gives its gathering: sentences written for these cases.
describe('the phrase of a sentence around a bare event word', () => {
  it.each([
    ['its adjectives after it (es)', 'El barrio organiza el sábado una fiesta solidaria en la plaza mayor con música y juegos para todas las familias.', 'Fiesta solidaria'],
    ['its adjectives after it (it)', 'Venerdì, presso la biblioteca comunale, si svolgerà la cena multietnica, aperta a tutte le famiglie del quartiere e alle associazioni.', 'Cena multietnica'],
    ['its adjectives after it (fr)', 'Les bénévoles ont préparé pour le 4 mai une soirée conviviale, ouverte à tous les habitants et aux familles nouvellement arrivées.', 'Soirée conviviale'],
    ['an elided preposition after its adjective (it)', 'Martedì alle 18, nella sala civica, si terrà l’incontro finale dell’anno associativo, dedicato ai volontari e alle famiglie.', 'Incontro finale dell’anno associativo'],
    ['a month closing the date before it (de)', 'In der Woche vom 8. bis 12. März drei offene Sprachkurse für alle Nachbarn im Stadtteilzentrum.', 'Drei offene Sprachkurse'],
    ['a verb closing the date before it (de)', 'Vom 8. bis 12. März finden drei offene Sprachkurse im Stadtteilzentrum statt.', 'Drei offene Sprachkurse'],
    ['a weekday closing the date before it (en)', 'From 3 to 5 June and again next Friday open workshops at the library, with tea.', 'Open workshops'],
    ['an elided preposition (fr)', 'Le réseau propose le 12 mars une journée d’échanges, suivie d’un repas partagé entre les familles et les bénévoles.', 'Journée d’échanges'],
  ])('%s', (_name, sentence, expected) => {
    expect(phraseTitle(sentence, 0)).toBe(expected);
  });

  it.each([
    ['a preposition after the event word (fr)', 'Le 12 mars, la soirée dans la salle des fêtes réunira les habitants du quartier et les familles arrivées cette année.', 'Soirée'],
    ['a preposition after the event word (it)', 'Giovedì 5 ottobre la serata presso il circolo riunirà volontari e famiglie arrivate quest’anno nel quartiere.', 'Serata'],
    ['a German noun then a lower-case word', 'Am Samstag öffnet die Ausstellung wieder, nachdem sie seit dem Frühjahr geschlossen war, und zeigt Bilder von Familien.', 'Ausstellung'],
    ['a verb of meeting names nothing (es)', 'Con motivo del Día de la Infancia, la parroquia de San Blas reunirá a las familias del barrio en el patio del colegio.', undefined],
    ['a verb of meeting names nothing (it)', 'Lunedì scorso i volontari della Caritas di Voghera si sono riuniti nella sede di via Roma per fare il punto.', undefined],
    ['a verb of taking part names nothing (de)', 'Am Sonntag nahmen Familien aus dem Stadtteil Nord teil, viele davon mit ihren Kindern.', undefined],
    ['a verb after the event word (es)', 'El sábado la jornada celebrada en el centro cívico reunió a medio centenar de vecinos y de familias migrantes.', undefined],
  ])('no adjectives: %s', (_name, sentence, expected) => {
    expect(phraseTitle(sentence, 0)).toBe(expected);
  });
});

const whole = (s: string) => sentenceTitle(s, { start: 0, end: s.length });

describe('a title without its own day at either end', () => {
  it.each([
    ['a day closing the name (fr)', 'Atelier cuisine partagée samedi 7 juin', 'Atelier cuisine partagée'],
    ['a day closing the name (en)', 'Community picnic, Sunday 8 June', 'Community picnic'],
    ['a day closing the name (es)', 'Taller de empleo el 12 de marzo', 'Taller de empleo'],
    ['a day and hour opening the rest of a sentence (de)', '14. Juni ab 15 Uhr Nachbarschaftsfest im Hof', 'Nachbarschaftsfest im Hof'],
    ['a day opening the rest of a sentence (it)', 'Sabato 3 maggio cena con le famiglie', 'Cena con le famiglie'],
  ])('%s', (_name, text, expected) => {
    expect(whole(text)).toBe(expected);
  });

  it.each([
    ['a day that is part of the name (fr)', 'Fête nationale du 14 juillet'],
    ['a day that is part of the name (it)', 'Festa della Liberazione del 25 aprile'],
    ['one word would be left (en)', 'Workshop on 3 May'],
    ['one word would be left (de)', 'Sprachcafé am 4. Mai'],
    ['a year alone is not a day (de)', 'Interkulturelle Woche 2025'],
  ])('keeps %s', (_name, text) => {
    expect(whole(text)).toBe(text);
  });
});

describe('a mid-length sentence gives its noun phrase', () => {
  it.each([
    ['es', 'El domingo se celebra la tercera edición del mercado solidario en el parque.', 'Tercera edición del mercado solidario'],
    ['it', 'Domenica si svolgerà la seconda edizione della festa dei popoli al parco.', 'Seconda edizione della festa dei popoli'],
  ])('%s', (_lang, text, expected) => {
    expect(whole(text)).toBe(expected);
  });

  it('keeps a short sentence without an event word whole', () => {
    expect(whole('Nos bénévoles accueilleront les familles au village.')).toBe('Nos bénévoles accueilleront les familles au village');
  });
});

describe('a quoted name after words that introduce it, its event word said later', () => {
  it.each([
    ['de', 'Unter dem Motto „Gemeinsam am Tisch“ lädt der Nachbarschaftsverein am Freitag zu einem Kochabend ein.', 'Kochabend „Gemeinsam am Tisch“'],
    ['fr', 'Sous le thème « Vivre ensemble » se tiendra samedi une soirée-débat à la maison des associations.', 'Soirée-débat « Vivre ensemble »'],
    ['it', 'Sul tema “Lavoro e accoglienza” si terrà lunedì un convegno nella sala consiliare.', 'Convegno “Lavoro e accoglienza”'],
    ['a theme named before its event word (de)', 'Ein Vortrag zum Thema „Wohnen in der Stadt“ beginnt um 19 Uhr.', 'Vortrag „Wohnen in der Stadt“'],
  ])('%s', (_name, sentence, expected) => {
    expect(quotedTitle(sentence)).toBe(expected);
  });

  it.each([
    ['no event word in the sentence (de)', 'Unter dem Motto „Gemeinsam am Tisch“ sammelt der Verein seit Jahren Spenden für Familien.'],
    ['the German verb, not the noun (de)', 'Unter dem Motto „Gemeinsam am Tisch“ wollen sich Nachbarn öfter treffen.'],
    ['the event word too far after the name (en)', 'Under the theme “Open doors” the volunteers of the association have for many years welcomed families from many countries to a festival.'],
  ])('not when %s', (_name, sentence) => {
    expect(quotedTitle(sentence)).toBeUndefined();
  });
});

// German only: the other four languages do not decline an adjective after its article.
describe('a German name cut after its article, said in the nominative', () => {
  it.each([
    ['a feminine noun', 'Interkulturellen Woche im Landkreis', 'Interkulturelle Woche im Landkreis'],
    ['a feminine compound', 'Langen Lesenacht in der Stadtbibliothek', 'Lange Lesenacht in der Stadtbibliothek'],
    ['a masculine noun', 'Internationalen Begegnungsabend im Gemeindehaus', 'Internationaler Begegnungsabend im Gemeindehaus'],
    ['a neuter noun', 'Bunten Sommerfest der Nachbarschaft', 'Buntes Sommerfest der Nachbarschaft'],
    ['an ordinal', 'Dritten Fachtag Migration', 'Dritter Fachtag Migration'],
  ])('%s', (_name, text, expected) => {
    expect(sentenceTitle(text, { start: 0, end: text.length })).toBe(expected);
  });

  it.each([
    ['a noun in -en before the event word', 'Frauen Café am Markt'],
    ['a noun of unknown gender', 'Interkulturellen Gärten der Stadt'],
    ['a name already in the nominative', 'Interkulturelle Woche im Landkreis'],
    ['a French name', 'Rencontre Citoyen du quartier'],
  ])('keeps %s', (_name, text) => {
    expect(sentenceTitle(text, { start: 0, end: text.length })).toBe(text);
  });
});

describe('a quoted name starts at its article', () => {
  it.each([
    ['an elided article (fr)', 'Le maire a pris la parole à l’occasion d’une conférence « Emploi et asile » samedi.', 'Conférence « Emploi et asile »'],
    ['an article (es)', 'La alcaldesa habló con motivo de una charla «Empleo y asilo» el sábado.', 'Charla «Empleo y asilo»'],
  ])('%s', (_name, sentence, expected) => {
    expect(quotedTitle(sentence)).toBe(expected);
  });

  it('not without an event word before the name (fr)', () => {
    expect(quotedTitle('Le maire a pris la parole à l’occasion d’une lettre « Emploi et asile » samedi.')).toBeUndefined();
  });
});

describe('the heading above a date is no site furniture', () => {
  const above = (text: string) => {
    const page = readText(text);
    const index = page.lineStarts.length - 1;
    const start = page.lineStarts[index]!;
    return headingAbove(page, { start, end: page.text.length, index });
  };
  it.each([
    ['a list of the most read (en)', 'Nachbarschaftsfest im Park\n\nMost Viewed\n\n12 June 2025, 15:00'],
    ['a list of the most read (de)', 'Nachbarschaftsfest im Park\n\nMeistgelesene Artikel\n\n12. Juni 2025, 15 Uhr'],
    ['a picture file name (it)', 'Festa dei popoli in piazza\n\nfesta2024 3\n\n12 giugno 2025, ore 15'],
  ])('%s', (_name, text) => {
    expect(above(text)).toBe(text.split('\n')[0]);
  });

  it('keeps a heading that only mentions reading (fr)', () => {
    expect(above('Lectures partagées en famille\n\n12 juin 2025 à 15h')).toBe('Lectures partagées en famille');
  });
});

describe('a phrase does not end on the verb it ran into', () => {
  it.each([
    ['it', 'La tradizionale festa interculturale delle associazioni del quartiere prenderà il via domenica nel parco.', 'Tradizionale festa interculturale delle associazioni del quartiere'],
    ['es', 'La primera feria de empleo para personas refugiadas del barrio reunirá a veinte empresas el martes.', 'Primera feria de empleo para personas refugiadas del barrio'],
  ])('%s', (_lang, sentence, expected) => {
    expect(phraseTitle(sentence, 0)).toBe(expected);
  });

  it('keeps a noun in -tà at the end (it)', () => {
    expect(phraseTitle('Domenica si terrà la festa della comunità, aperta a tutti i vicini.', 0)).toBe('Festa della comunità');
  });
});
