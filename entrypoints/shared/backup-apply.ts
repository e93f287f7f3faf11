/**
 * Applies a checked import: saved events (merged with the ones already saved, so an import never
 * loses one) and then settings. If the settings cannot be written, the saved events are put
 * back as they were: all or nothing. Imported saved events count as seen (they are not news).
 * The sources come without their sites' permissions: the options page lists them with one
 * button that asks for all, and the background reads none of them before that.
 */
import { parseBackup } from './backup.ts';
import { exclusive } from './exclusive.ts';
import { markSeen } from './badge.ts';
import { readSaved, writeSaved, writeSettings } from './storage.ts';

export async function importBackup(text: string): Promise<{ savedCount: number }> {
  const backup = parseBackup(text);
  // Same lock order everywhere (saved events, then settings), so two writers never wait on each other.
  await exclusive('savedEvents', () =>
    exclusive('settings', async () => {
      const before = await readSaved();
      await writeSaved({ ...before, ...backup.savedEvents });
      try {
        await writeSettings(backup.settings);
      } catch (error) {
        await writeSaved(before);
        throw error;
      }
    }),
  );
  await markSeen(Object.keys(backup.savedEvents));
  return { savedCount: Object.keys(backup.savedEvents).length };
}
