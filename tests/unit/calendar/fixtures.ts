import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InclusionEvent } from '../../../lib/model/event.ts';

const all = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/calendar/events.json'), 'utf8')) as InclusionEvent[];

export const fixtureEvents: readonly InclusionEvent[] = all;

/** One fixture event by id (a fresh copy). */
export function fixture(id: string): InclusionEvent {
  const e = all.find((x) => x.id === id);
  if (!e) throw new Error(`no fixture ${id}`);
  return structuredClone(e);
}
