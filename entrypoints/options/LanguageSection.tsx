/** The interface language: the browser's, or one of the seven. */
import { LOCALE_NAMES } from '../../lib/i18n/index.ts';
import type { Strings } from '../shared/i18n.ts';
import { UI_LANGUAGES, type UiLanguage } from '../shared/types.ts';

export interface LanguageSectionProps {
  strings: Strings;
  value: UiLanguage | 'auto';
  onChange: (value: UiLanguage | 'auto') => Promise<void>;
  headingLevel?: 2 | 3;
}

export function LanguageSection({ strings, value, onChange, headingLevel = 2 }: LanguageSectionProps) {
  const { t } = strings;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section id="language" class="card" aria-labelledby="language-heading">
      <Heading id="language-heading">{t('languageHeading')}</Heading>
      <select name="ui-language" aria-labelledby="language-heading" value={value} onChange={(e) => void onChange(e.currentTarget.value as UiLanguage | 'auto')}>
        <option value="auto">{t('languageAuto')}</option>
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </section>
  );
}
