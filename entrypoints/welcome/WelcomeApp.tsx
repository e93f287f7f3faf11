/**
 * The page a fresh install opens (never an update): what Inclusio does, then the three things
 * that make it useful in its first minute, each saved as it is chosen: language, interests,
 * sources. Each source asks for access to its own site at the click that adds it.
 */
import { browser } from 'wxt/browser';
import { InterestsSection } from '../options/InterestsSection.tsx';
import { LanguageSection } from '../options/LanguageSection.tsx';
import { patchSettings } from '../options/OptionsApp.tsx';
import { SourcesSection } from '../options/SourcesSection.tsx';
import { updateSettings } from '../shared/storage.ts';
import { usePageSettings } from '../shared/use-page-settings.ts';

export function WelcomeApp() {
  const page = usePageSettings('welcomeTitle');
  if (!page) return <p class="empty">…</p>;
  const { settings, caches, pageUi } = page;
  const { ui, strings } = pageUi;
  const { t } = strings;
  return (
    <div class="root theme-auto page options-layout" key={strings.locale}>
      <header class="welcome-header">
        <img src="/icons/128.png" alt="" width="56" height="56" />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p class="lead">{t('welcomeIntro')}</p>
        </div>
      </header>
      <main>
        <ul class="welcome-points">
          <li>{t('welcomePointNotify')}</li>
          <li>{t('welcomePointRemind')}</li>
          <li>{t('welcomePointPage')}</li>
        </ul>
        <ol class="steps">
          <li>
            <LanguageSection strings={strings} value={settings.uiLanguage} onChange={(uiLanguage) => patchSettings({ uiLanguage })} />
          </li>
          <li>
            <InterestsSection ui={ui} strings={strings} interests={settings.interests} onSave={(interests) => patchSettings({ interests })} />
          </li>
          <li>
            <SourcesSection ui={ui} strings={strings} sources={settings.sources} caches={caches} onChange={(change) => updateSettings((s) => ({ ...s, sources: change(s.sources) })).then(() => undefined)} />
            <p class="hint">{t('welcomeSourcesHint')}</p>
          </li>
        </ol>
        <section class="card done" aria-labelledby="done-heading">
          <h2 id="done-heading">{t('welcomeDoneHeading')}</h2>
          <p>{t('welcomeDone')}</p>
          <button type="button" class="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openOptions')}
          </button>
        </section>
      </main>
    </div>
  );
}
