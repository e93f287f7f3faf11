/** Export settings and saved events to a JSON file; import one back (all or nothing). */
import { useState } from 'preact/hooks';
import { describeError } from '../../lib/model/errors.ts';
import { downloadText } from '../../widget/download.ts';
import { importBackup } from '../shared/backup-apply.ts';
import { createBackup } from '../shared/backup.ts';
import type { Strings } from '../shared/i18n.ts';
import { readSaved, readSettings } from '../shared/storage.ts';
import { now } from '../shared/clock.ts';

export function BackupSection({ strings }: { strings: Strings }) {
  const { t } = strings;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const exportFile = async () => {
    const backup = createBackup(await readSettings(), await readSaved(), now());
    downloadText(document.body, `inclusio-backup-${backup.exportedAt.slice(0, 10)}.json`, JSON.stringify(backup, null, 2), 'application/json');
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const { savedCount } = await importBackup(await file.text());
      setMessage({ ok: true, text: t('importDone', savedCount) });
    } catch (error) {
      setMessage({ ok: false, text: t('importFailed', describeError(error)) });
    } finally {
      input.value = '';
    }
  };

  return (
    <section id="backup" class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <div class="row">
        <button type="button" class="button" onClick={() => void exportFile()}>
          {t('exportButton')}
        </button>
      </div>
      <label class="field">
        {t('importLabel')}
        <input type="file" name="import" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget)} />
      </label>
      {message && (
        <p role="status" class={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
