/** The options page: interests, sources, notifications, export/import and UI language. */
import { useEffect, useState } from 'preact/hooks';
import { LOCALE_NAMES } from '../../lib/i18n/index.ts';
import { readSettings, settingsItem, writeSettings } from '../shared/storage.ts';
import { UI_LANGUAGES, type Settings, type UiLanguage } from '../shared/types.ts';
import { applyDirection, loadPageUi, type PageUi } from '../shared/ui-context.ts';
import { useStored } from '../shared/use-stored.ts';
import { BackupSection } from './BackupSection.tsx';
import { InterestsSection } from './InterestsSection.tsx';
import { NotificationsSection } from './NotificationsSection.tsx';
import { SourcesSection } from './SourcesSection.tsx';

/** Writes one part of the settings on top of the latest stored ones (another page may have changed the rest). */
async function patchSettings(patch: Partial<Settings>): Promise<void> {
  await writeSettings({ ...(await readSettings()), ...patch });
}

export function OptionsApp() {
  const settings = useStored(settingsItem);
  const [pageUi, setPageUi] = useState<PageUi | null>(null);

  useEffect(() => {
    if (!settings) return;
    void loadPageUi(settings.uiLanguage).then((loaded) => {
      applyDirection(loaded.strings);
      document.title = loaded.strings.t('optionsTitle');
      setPageUi(loaded);
    });
  }, [settings?.uiLanguage]);

  if (!settings || !pageUi) return <p class="empty">…</p>;
  const { ui, strings } = pageUi;
  const { t } = strings;
  return (
    <main class="root theme-auto page" key={strings.locale}>
      <h1>{t('optionsTitle')}</h1>
      <fieldset id="language">
        <legend>{t('languageHeading')}</legend>
        <select
          name="ui-language"
          aria-label={t('languageHeading')}
          value={settings.uiLanguage}
          onChange={(e) => void patchSettings({ uiLanguage: e.currentTarget.value as UiLanguage | 'auto' })}
        >
          <option value="auto">{t('languageAuto')}</option>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </fieldset>
      <InterestsSection ui={ui} strings={strings} interests={settings.interests} onSave={(interests) => patchSettings({ interests })} />
      <SourcesSection strings={strings} sources={settings.sources} onChange={(sources) => patchSettings({ sources })} />
      <NotificationsSection strings={strings} notifications={settings.notifications} onSave={(notifications) => patchSettings({ notifications })} />
      <BackupSection strings={strings} />
    </main>
  );
}
