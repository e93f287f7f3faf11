import { describe, expect, it } from 'vitest';
import { decideMode, modeCues } from '../../../lib/extract/mode.ts';
import { foldKeepLength } from '../../../lib/relevance/fold.ts';

const modeOf = (text: string, hasVenue = false) => decideMode(modeCues(foldKeepLength(text)), hasVenue);

describe('mode of an event from its words', () => {
  it.each([
    // A form or a sign-up that is online says nothing about the event.
    ['Bitte melden Sie sich über das Online-Formular an.', true, 'in-person'],
    ['Inscription obligatoire via le formulaire en ligne.', true, 'in-person'],
    ["Iscrizione entro l'8 marzo tramite il modulo online.", true, 'in-person'],
    ['Rellena el formulario de inscripción en línea.', true, 'in-person'],
    ['Register online by 3 May; the workshop is held at the town hall.', true, 'in-person'],
    ['Inscriptions en ligne ouvertes jusqu’au 2 juin.', false, undefined],
    // The event itself online.
    ['The webinar takes place on Zoom.', false, 'online'],
    ['Ort: online (Zoom)', false, 'online'],
    ['Sign up for the online workshop on CV writing.', false, 'online'],
    ['Séance en ligne, lien envoyé après inscription.', false, 'online'],
    // A stream of an event at a venue: both ways to attend.
    ['Il convegno si terrà presso la Sala Polivalente e sarà trasmesso in diretta streaming su YouTube.', true, 'hybrid'],
    ['Nantes, Hôtel de Région – également diffusée en direct sur YouTube', true, 'hybrid'],
    ['The talk will be live streamed.', false, 'online'],
    ['Hybrid event: join us in Vienna or online.', true, 'hybrid'],
    ['Retomamos los talleres presenciales.', false, 'in-person'],
    ['Rencontre en présentiel et à distance.', false, 'hybrid'],
    ['Meeting at the community centre.', true, 'in-person'],
    ['Meeting about housing.', false, undefined],
    // Online things that are not the event: a community, a publication, the sign-up.
    ['The project builds an online community of integration practitioners.', true, 'in-person'],
    ['Les actes feront l’objet d’une publication en ligne.', true, 'in-person'],
    ['Le iscrizioni sono esclusivamente online e si chiudono il 10 dicembre.', true, 'in-person'],
    ['Iscrizioni in negozio oppure online tramite il sito della gara.', true, 'in-person'],
    ['The website is a virtual platform for practitioners.', false, undefined],
    // A text put online on a day: the page, not the gathering ("mis en ligne le 4 septembre").
    ['Réunion d’information en mairie (compte rendu mis en ligne le 4 septembre).', true, 'in-person'],
    ['Incontro in biblioteca; il programma è stato pubblicato online ieri.', true, 'in-person'],
    ['Charla en el centro cívico; el vídeo será publicado en línea después.', true, 'in-person'],
    ['Treffen im Rathaus; das Protokoll wird online gestellt.', true, 'in-person'],
    // Near miss: the gathering itself online after a posting word elsewhere.
    ['Programme mis à jour : la réunion se tiendra en ligne.', false, 'online'],
    // "zoom in on" is looking closer, not the platform.
    ['The first session will zoom in on access to employment.', true, 'in-person'],
    ['The first session will zoom in on access to employment; join via Zoom.', false, 'online'],
    // "Integration vor Ort" is local integration, not a place to attend.
    ['Online-Austausch zur Integration vor Ort, Zoom-Link folgt.', false, 'online'],
    ['Die Tagung findet vor Ort statt und wird online übertragen.', true, 'hybrid'],
  ])('%s', (text, hasVenue, expected) => {
    expect(modeOf(text, hasVenue)).toBe(expected);
  });
});

describe('live words that are not a stream', () => {
  it.each([
    ['Encuentro en formato online, a través de Zoom, con subtitulado en directo.', true, 'online'],
    ['Traduction en direct en anglais. Salle des fêtes de Lille.', true, 'in-person'],
    ["L'evento sarà trasmesso anche in diretta sul canale della rete. Sala Europa, Roma.", true, 'hybrid'],
  ])('%s', (text, hasVenue, expected) => {
    expect(modeOf(text, hasVenue)).toBe(expected);
  });
});
