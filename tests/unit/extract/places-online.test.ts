// Online and hybrid wording (issue 12, session 20): a way to join online added to a venue ("and online via Zoom",
// "et en visio", "y por streaming"), video calls in French ("en visio") and remote meetings in Spanish ("en remoto").
// Sentences are written for these tests; none is copied from a page.
import { describe, expect, it } from 'vitest';
import { decideMode, modeCues } from '../../../lib/extract/mode.ts';
import { foldKeepLength } from '../../../lib/relevance/fold.ts';

const modeOf = (text: string, hasVenue: boolean) => decideMode(modeCues(foldKeepLength(text)), hasVenue);

describe('a venue and a way to join online added to it: hybrid', () => {
  it.each([
    ['The forum takes place at the Town Hall and online via Zoom.'],
    ['La réunion aura lieu à la Maison des Associations et en visio.'],
    ['Die Tagung findet im Rathaus und zusätzlich über Zoom statt.'],
    ["L'incontro si terrà nella Sala Verdi e anche su Zoom."],
    ['La jornada será en el Centro Cívico y por Zoom.'],
  ])('%s', (text) => {
    expect(modeOf(text, true)).toBe('hybrid');
  });

  it.each([
    // Near misses: the same words with no venue are online; working "in teams" is no platform.
    ['The forum takes place online and via Zoom.', false, 'online'],
    ['Participants at the Town Hall work in small groups and in teams.', true, 'in-person'],
    ['The workshop at the Riverside Centre is about digital skills.', true, 'in-person'],
  ])('%s', (text, hasVenue, mode) => {
    expect(modeOf(text, hasVenue)).toBe(mode);
  });
});

describe('video calls and remote meetings in French and Spanish: online', () => {
  it.each([
    ['La réunion du comité se tiendra en visio.'],
    ['Point mensuel par visio avec les bénévoles.'],
    ['Formation en visio-conférence pour les tuteurs.'],
    ['La reunión de coordinación se celebrará en remoto.'],
    ['El curso se impartirá de forma remota.'],
  ])('%s', (text) => {
    expect(modeOf(text, false)).toBe('online');
  });

  it.each([
    // Near misses: a vision is no video call, a remote place is no remote meeting.
    ['Une vision partagée de l’accueil, au centre social.'],
    ['Visitamos un pueblo remoto de la sierra.'],
  ])('%s', (text) => {
    expect(modeOf(text, true)).toBe('in-person');
  });
});

describe('joining from afar offered besides the room: hybrid; a document to read online: no way to attend', () => {
  it.each([
    ['Der Fachtag findet im Rathaus statt; eine Teilnahme per Zoom ist ebenfalls möglich.', true, 'hybrid'],
    ['The conference will be held at the Guildhall, with the option to join remotely.', true, 'hybrid'],
    ["La partecipazione online è possibile anche per chi non può venire in Sala Verdi.", true, 'hybrid'],
    ['El encuentro se celebró en el Centro Cívico. Puedes descargar el informe online.', true, 'in-person'],
    ['La réunion a eu lieu à la mairie ; le compte rendu est à consulter en ligne.', true, 'in-person'],
  ])('%s', (text, hasVenue, mode) => {
    expect(modeOf(text, hasVenue)).toBe(mode);
  });

  it.each([
    // Near misses: taking part only online is online; watching online is a way to attend.
    ['Die Teilnahme ist nur online möglich.', false, 'online'],
    ['Participation exclusively online via Zoom.', false, 'online'],
  ])('%s', (text, hasVenue, mode) => {
    expect(modeOf(text, hasVenue)).toBe(mode);
  });
});

describe('an in-person plan given up is no in-person cue', () => {
  it.each([
    ['The partners met online. Initially planned as an in-person meeting in Perugia, it was organised virtually.', 'online'],
    ['La réunion s’est tenue en visio, au lieu de se retrouver en présentiel à Lyon.', 'online'],
    ["L'incontro, inizialmente previsto in presenza, si è svolto online.", 'online'],
    ['Das Treffen fand online statt, ursprünglich als Präsenzveranstaltung geplant.', 'online'],
    ['La reunión, inicialmente prevista de forma presencial, se celebró online.', 'online'],
  ])('%s', (text, mode) => {
    expect(modeOf(text, false)).toBe(mode);
  });

  it.each([
    // Near misses: "statt" of "findet ... statt" is no "instead"; both ways offered stay hybrid.
    ['Die Tagung findet statt, vor Ort im Rathaus und online.', 'hybrid'],
    ['Participants can join in person or online.', 'hybrid'],
  ])('%s', (text, mode) => {
    expect(modeOf(text, false)).toBe(mode);
  });
});

describe('both ways offered in one phrase: hybrid', () => {
  it.each([
    ['Las jornadas se podrán seguir tanto presencialmente como a través de internet.'],
    ["L'incontro si potrà seguire sia in presenza che online."],
    ['Die Tagung kann sowohl vor Ort als auch online verfolgt werden.'],
    ['La conférence est accessible à la fois en présentiel et à distance.'],
    ['The talk can be followed both in person and online.'],
  ])('%s', (text) => {
    expect(modeOf(text, false)).toBe('hybrid');
  });

  it('near miss: "tanto ... como" of two places is no hybrid', () => {
    expect(modeOf('La feria se celebra tanto en la plaza como en el parque.', true)).toBe('in-person');
  });
});
