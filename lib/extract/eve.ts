/**
 * The eve of a gathering of several days: a programme often dates the day before it for the
 * participants' arrival, registration and a welcome dinner. That day is logistics for those
 * who travel, not a gathering of its own, unless its own words name one.
 */
import type { Draft } from './draft.ts';
import { daysBetween } from './year.ts';

/**
 * Arriving, signing in and the welcome meal, in en, de, fr, it, es (folded text). Only the
 * participants' arrival: "accueil", "accoglienza", "llegada" alone are the project's own topic.
 */
const LOGISTICS = /(?<![\p{L}])(?:participants?['’]? (?:arrival|registration|check[- ]?in)|(?:arrival|registration) of (?:the )?participants|check[- ]?in|registration|welcome (?:dinner|drinks?|cocktail)|anreise|ankunft der teilnehm\p{L}*|registrierung|akkreditierung|begrussungsabend\p{L}*|willkommensabend|arrivee des participants|accueil des participants|enregistrement|diner de bienvenue|cocktail de bienvenue|arrivo dei partecipanti|accoglienza dei partecipanti|registrazione(?: dei partecipanti)?|accredito|cena di benvenuto|llegada de (?:los )?participantes|acreditacion(?:es)?|registro de participantes|cena de bienvenida)(?![\p{L}])/u;

/** Words that make the day a gathering after all: a talk, a session, a visit, a screening. */
const GATHERING = /(?<![\p{L}])(?:conference|workshop|seminar|session|panel|lecture|talk|keynote|opening|screening|concert|visit|tour|meeting|debate|round ?table|konferenz|tagung|vortrag|podium|eroffnung|fuhrung|besuch|sitzung|conference|atelier|seance|table ronde|ouverture|projection|visite|reunion|rencontre|convegno|laboratorio|sessione|incontro|apertura|proiezione|visita|tavola rotonda|conferencia|taller|sesion|mesa redonda|inauguracion|proyeccion|encuentro)s?(?![\p{L}])/u;

/**
 * The drafts without the eves of multi-day gatherings: a single day right before another
 * draft's span of several days, whose own words are only arrival, registration or dinner.
 * `folded` is the page's folded text; a draft's `pos` is where its date stands in it; `dateStarts`
 * are where the page's dates stand, sorted.
 * @example isEveOfSpan(eve, [eve, symposium], page.folded, dateStarts) // true under 'Tuesday 3 May: arrival, welcome dinner'
 */
export function isEveOfSpan(d: Draft, all: readonly Draft[], folded: string, dateStarts: readonly number[]): boolean {
  if (d.endDay && daysBetween(d.startDay, d.endDay) > 0) return false;
  const opensNextDay = all.some((o) => o !== d && o.endDay && daysBetween(o.startDay, o.endDay) > 0 && daysBetween(d.startDay, o.startDay) === 1);
  if (!opensNextDay) return false;
  // The day's words: from its date up to the next date (a programme's next day), at most a few lines.
  const next = Math.min(dateStarts.find((p) => p > d.pos) ?? Infinity, d.pos + EVE_WINDOW);
  const words = folded.slice(d.pos, next);
  return LOGISTICS.test(words) && !GATHERING.test(words);
}

/** How far a day's words reach when no dated draft follows: a few short programme lines. */
const EVE_WINDOW = 300;
