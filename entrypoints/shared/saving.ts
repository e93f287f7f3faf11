/**
 * Save and unsave from any extension page. Saved events are written on their own, before any
 * cache, and a failure leaves what was saved before.
 */
import type { InclusionEvent } from '../../lib/model/event.ts';
import { readSaved, writeSaved } from './storage.ts';

export async function toggleSaved(event: InclusionEvent, now: Date): Promise<boolean> {
  const saved = await readSaved();
  const nowSaved = !(event.id in saved);
  if (nowSaved) saved[event.id] = { event, savedAt: now.toISOString() };
  else delete saved[event.id];
  await writeSaved(saved);
  return nowSaved;
}
