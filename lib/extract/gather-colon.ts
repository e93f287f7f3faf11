/**
 * A colon after the day's own place opens that gathering's programme in its sentence: "... at the Central Library: in the
 * morning, talks; in the afternoon, workshops in Room 2", "le colloque a lieu ... à l'Université de Lille : à 9h, accueil dans le
 * hall ; à 10h, conférence dans l'amphithéâtre Archimède". The rooms and hours after it are that gathering's (gather-clauses.ts,
 * later-gathering.ts).
 */
import type { Draft } from './draft.ts';
import type { PageText, Span } from './text.ts';

/** Where a colon after the day's own place opens its programme in its sentence, else the sentence's end. */
export function programmeColon(page: PageText, own: Span, at: number, d: Draft): number {
  // (A colon inside an hour, "19:00", is none.)
  const found = /:(?!\d)/u.exec(page.text.slice(at, own.end));
  if (!found) return own.end;
  const colon = at + found.index;
  const place = d.location?.name ?? d.location?.address;
  if (!place) return own.end;
  const head = page.text.slice(Math.max(own.start, at - 200), colon);
  return head.includes(place) ? colon : own.end;
}
