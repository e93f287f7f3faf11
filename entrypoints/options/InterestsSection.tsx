/** Topics, countries, cities, languages and formats the user cares about. */
import { useState } from 'preact/hooks';
import { MODES, TOPIC_IDS, type Mode, type TopicId } from '../../lib/model/event.ts';
import { countryName, languageName, type Ui } from '../../widget/ui/context.ts';
import type { Strings } from '../shared/i18n.ts';
import { CheckGroup } from './CheckGroup.tsx';
import type { Interests } from '../shared/types.ts';

const splitList = (text: string) => [...new Set(text.split(/[,;]/).map((s) => s.trim()).filter(Boolean))];

/** Countries offered as choices: Europe and its neighbours, where partners run events. */
export const COUNTRY_CHOICES = [
  'AL', 'AT', 'BA', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT',
  'LT', 'LU', 'LV', 'MD', 'ME', 'MK', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'RS', 'SE', 'SI', 'SK', 'TR', 'UA', 'XK',
];
/** Languages events are commonly held in, besides the UI languages. */
export const LANGUAGE_CHOICES = ['ar', 'de', 'el', 'en', 'es', 'fa', 'fr', 'it', 'nl', 'pl', 'ps', 'pt', 'ro', 'ru', 'so', 'ti', 'tr', 'uk'];

/** The choices plus any code already saved (from an import or an older version), by name. */
function choices(known: readonly string[], saved: readonly string[], name: (code: string) => string): Array<[string, string]> {
  return [...new Set([...known, ...saved])].map((code): [string, string] => [code, name(code)]).sort((a, b) => a[1].localeCompare(b[1]));
}

export interface InterestsSectionProps {
  ui: Ui;
  strings: Strings;
  interests: Interests;
  onSave: (interests: Interests) => Promise<void>;
}

export function InterestsSection({ ui, strings, interests, onSave }: InterestsSectionProps) {
  const { t } = strings;
  const [topics, setTopics] = useState<TopicId[]>(interests.topics);
  const [modes, setModes] = useState<Mode[]>(interests.modes);
  const [countries, setCountries] = useState<string[]>(interests.countries);
  const [cities, setCities] = useState(interests.cities.join(', '));
  const [languages, setLanguages] = useState<string[]>(interests.languages);
  const [status, setStatus] = useState('');

  const save = async (e: Event) => {
    e.preventDefault();
    setStatus('');
    try {
      await onSave({ topics, modes, countries, languages, cities: splitList(cities) });
      setStatus(t('settingsSaved'));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <form onSubmit={(e) => void save(e)} id="interests">
      <fieldset>
        <legend>{t('interestsHeading')}</legend>
        <p class="hint">{t('interestsHint')}</p>
        <CheckGroup legend={t('topicsLabel')} name="topic" checked={topics} onChange={setTopics}
          choices={TOPIC_IDS.filter((id) => id !== 'other').map((id) => [id, ui.messages.topics[id]] as const)} />
        <CheckGroup legend={t('countriesLabel')} name="country" checked={countries} onChange={setCountries}
          choices={choices(COUNTRY_CHOICES, interests.countries, (c) => countryName(c, ui.locale))} />
        <label class="field">
          {t('citiesLabel')}
          <input type="text" name="cities" value={cities} onInput={(e) => setCities(e.currentTarget.value)} />
        </label>
        <CheckGroup legend={t('languagesLabel')} name="language" checked={languages} onChange={setLanguages}
          choices={choices(LANGUAGE_CHOICES, interests.languages, (l) => languageName(l, ui.locale))} />
        <CheckGroup legend={t('modesLabel')} name="mode" checked={modes} onChange={setModes}
          choices={MODES.filter((m) => m !== 'unknown').map((m) => [m, ui.messages.modes[m]] as const)} />
        <div class="row">
          <button type="submit" class="button">{t('saveSettings')}</button>
          <span role="status" class="ok">{status}</span>
        </div>
      </fieldset>
    </form>
  );
}
