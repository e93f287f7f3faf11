/**
 * Applies a checked import: saved events (merged with the ones already saved, so an import never
 * loses one) and then settings. If the settings cannot be written, the saved events are put
 * back as they were: all or nothing.
 */
import { parseBackup } from './backup.ts';
import { readSaved, writeSaved, writeSettings } from './storage.ts';

export async function importBackup(text: string): Promise<{ savedCount: number }> {
  const backup = parseBackup(text);
  const before = await readSaved();
  await writeSaved({ ...before, ...backup.savedEvents });
  try {
    await writeSettings(backup.settings);
  } catch (error) {
    await writeSaved(before);
    throw error;
  }
  return { savedCount: Object.keys(backup.savedEvents).length };
}
