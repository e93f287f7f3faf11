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
