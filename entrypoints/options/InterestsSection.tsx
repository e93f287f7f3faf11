/** Topics, countries, cities, languages and formats the user cares about. */
import { useState } from 'preact/hooks';
import { MODES, TOPIC_IDS, type Mode, type TopicId } from '../../lib/model/event.ts';
import type { Ui } from '../../widget/ui/context.ts';
import type { Strings } from '../shared/i18n.ts';
import type { Interests } from '../shared/types.ts';

const splitList = (text: string) => [...new Set(text.split(/[,;]/).map((s) => s.trim()).filter(Boolean))];

/** Turns the text fields into lists; codes are normalised, anything malformed is dropped. */
export function readInterestFields(fields: { countries: string; cities: string; languages: string }) {
  return {
    countries: splitList(fields.countries).map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)),
    cities: splitList(fields.cities),
    languages: splitList(fields.languages).map((l) => l.toLowerCase()).filter((l) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(l)),
  };
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
  const [countries, setCountries] = useState(interests.countries.join(', '));
  const [cities, setCities] = useState(interests.cities.join(', '));
  const [languages, setLanguages] = useState(interests.languages.join(', '));
  const [status, setStatus] = useState('');
  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

  const save = async (e: Event) => {
    e.preventDefault();
    setStatus('');
    try {
      await onSave({ topics, modes, ...readInterestFields({ countries, cities, languages }) });
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
        <fieldset>
          <legend>{t('topicsLabel')}</legend>
          <div class="checks">
            {TOPIC_IDS.filter((id) => id !== 'other').map((id) => (
              <label key={id}>
                <input type="checkbox" name="topic" value={id} checked={topics.includes(id)} onChange={(e) => setTopics(toggle(topics, id, e.currentTarget.checked))} />{' '}
                {ui.messages.topics[id]}
              </label>
            ))}
          </div>
        </fieldset>
        <label class="field">
          {t('countriesLabel')}
          <input type="text" name="countries" value={countries} onInput={(e) => setCountries(e.currentTarget.value)} autocomplete="off" />
        </label>
        <label class="field">
          {t('citiesLabel')}
          <input type="text" name="cities" value={cities} onInput={(e) => setCities(e.currentTarget.value)} />
        </label>
        <label class="field">
          {t('languagesLabel')}
          <input type="text" name="languages" value={languages} onInput={(e) => setLanguages(e.currentTarget.value)} autocomplete="off" />
        </label>
        <fieldset>
          <legend>{t('modesLabel')}</legend>
          <div class="checks">
            {MODES.filter((m) => m !== 'unknown').map((m) => (
              <label key={m}>
                <input type="checkbox" name="mode" value={m} checked={modes.includes(m)} onChange={(e) => setModes(toggle(modes, m, e.currentTarget.checked))} /> {ui.messages.modes[m]}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="row">
          <button type="submit" class="button">{t('saveSettings')}</button>
          <span role="status" class="ok">{status}</span>
        </div>
      </fieldset>
    </form>
  );
}
