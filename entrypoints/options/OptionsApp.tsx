/** The options page: language, interests, sources, notifications and backup, each saved as it changes. */
import { updateSettings } from '../shared/storage.ts';
import type { Settings } from '../shared/types.ts';
import { usePageSettings } from '../shared/use-page-settings.ts';
import { BackupSection } from './BackupSection.tsx';
import { InterestsSection } from './InterestsSection.tsx';
import { LanguageSection } from './LanguageSection.tsx';
import { NotificationsSection } from './NotificationsSection.tsx';
import { SourcesSection } from './SourcesSection.tsx';

/** Writes one part of the settings on top of the latest stored ones (another page may have changed the rest). */
export async function patchSettings(patch: Partial<Settings>): Promise<void> {
  await updateSettings((current) => ({ ...current, ...patch }));
}

export function OptionsApp() {
  const page = usePageSettings('optionsTitle');
  if (!page) return <p class="empty">…</p>;
  const { settings, caches, pageUi } = page;
  const { ui, strings } = pageUi;
  const { t } = strings;
  const sections: Array<[string, string]> = [
    ['interests', t('interestsHeading')],
    ['sources', t('sourcesHeading')],
    ['notifications', t('notificationsHeading')],
    ['language', t('languageHeading')],
    ['backup', t('backupHeading')],
  ];
  return (
    <div class="root theme-auto page options-layout" key={strings.locale}>
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('sectionsNav')}>
          <ul>
            {sections.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <InterestsSection ui={ui} strings={strings} interests={settings.interests} onSave={(interests) => patchSettings({ interests })} />
        <SourcesSection ui={ui} strings={strings} sources={settings.sources} caches={caches} onChange={(change) => updateSettings((s) => ({ ...s, sources: change(s.sources) })).then(() => undefined)} />
        <NotificationsSection strings={strings} notifications={settings.notifications} onSave={(notifications) => patchSettings({ notifications })} />
        <LanguageSection strings={strings} value={settings.uiLanguage} onChange={(uiLanguage) => patchSettings({ uiLanguage })} />
        <BackupSection strings={strings} />
      </main>
    </div>
  );
}
