/**
 * Save and unsave from any extension page. The click says what it wants (save or unsave), so
 * a double click never flips twice; each change is applied to the latest stored list, one at
 * a time (updateSaved), so seven quick saves keep seven events.
 */
import type { InclusionEvent } from '../../lib/model/event.ts';
import { updateSaved } from './storage.ts';

export async function setSaved(event: InclusionEvent, save: boolean, now: Date): Promise<void> {
  await updateSaved((saved) => {
    if (save && !(event.id in saved)) return { ...saved, [event.id]: { event, savedAt: now.toISOString() } };
    if (!save && event.id in saved) {
      const { [event.id]: _removed, ...rest } = saved;
      return rest;
    }
    return saved;
  });
}
