/**
 * How sure we are that a date read from free text is an event with the right day: a
 * labelled date, an explicit year, an event word next to it and a time all add up.
 */
import type { Draft } from './draft.ts';

/**
 * @example confidence({ labelled: true, explicitYear: true, score: 5, startTime: 570, ... }) // 0.95
 */
export function confidence(d: Pick<Draft, 'labelled' | 'explicitYear' | 'score' | 'startTime' | 'location' | 'ownTitle'>): number {
  let c = 0.45;
  if (d.labelled) c += 0.2;
  if (d.explicitYear) c += 0.1;
  c += Math.min(0.2, (d.score - 2) * 0.05);
  if (d.startTime !== undefined) c += 0.1;
  if (d.location) c += 0.05;
  if (d.ownTitle) c += 0.05;
  return Math.round(Math.max(0.1, Math.min(0.98, c)) * 100) / 100;
}
