/**
 * Topics, countries, cities, languages and formats the user cares about. Every change is saved
 * as it is made (like the other sections): there is no Save button to forget.
 */
import { useRef, useState } from 'preact/hooks';
import { MODES, TOPIC_IDS, type Mode, type TopicId } from '../../lib/model/event.ts';
import { languageName, type Ui } from '../../widget/ui/context.ts';
import type { Strings } from '../shared/i18n.ts';
import type { Interests } from '../shared/types.ts';
import { CheckGroup } from './CheckGroup.tsx';
import { CountryPicker } from './CountryPicker.tsx';
import { SaveStatus, useSaveStatus } from './SaveStatus.tsx';

// Latin and Arabic commas and semicolons: an Arabic keyboard's comma key types U+060C.
const splitList = (text: string) => [...new Set(text.split(/[,;\u060c\u061b]/).map((s) => s.trim()).filter(Boolean))];

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
  // The draft is the truth while the page is open; each change is written at once.
  const [draft, setDraft] = useState<Interests>(interests);
  const [cities, setCities] = useState(interests.cities.join(', '));
  const latest = useRef(draft);
  const status = useSaveStatus(strings);
  const change = (patch: Partial<Interests>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setDraft(next);
    status.track(onSave(next));
  };

  return (
    <section id="interests" class="card" aria-labelledby="interests-heading">
      <h2 id="interests-heading">{t('interestsHeading')}</h2>
      <p class="hint">{t('interestsHint')}</p>
      <CheckGroup legend={t('topicsLabel')} name="topic" checked={draft.topics} onChange={(topics: TopicId[]) => change({ topics })}
        choices={TOPIC_IDS.filter((id) => id !== 'other').map((id) => [id, ui.messages.topics[id]] as const)} />
      <CountryPicker ui={ui} strings={strings} codes={COUNTRY_CHOICES} chosen={draft.countries} onChange={(countries) => change({ countries })} />
      <label class="field">
        {t('citiesLabel')}
        <input type="text" name="cities" value={cities} onInput={(e) => setCities(e.currentTarget.value)}
          onChange={(e) => change({ cities: splitList(e.currentTarget.value) })} />
      </label>
      <CheckGroup legend={t('languagesLabel')} name="language" checked={draft.languages} onChange={(languages: string[]) => change({ languages })}
        choices={choices(LANGUAGE_CHOICES, draft.languages, (l) => languageName(l, ui.locale))} />
      <CheckGroup legend={t('modesLabel')} name="mode" checked={draft.modes} onChange={(modes: Mode[]) => change({ modes })}
        choices={MODES.filter((m) => m !== 'unknown').map((m) => [m, ui.messages.modes[m]] as const)} />
      <SaveStatus status={status} />
    </section>
  );
}
