/**
 * Countries as a searchable list: the chosen ones first as removable chips, then a search box
 * over every country in the user's language. Forty checkboxes in a row are hard to scan.
 */
import { useState } from 'preact/hooks';
import { countryName, type Ui } from '../../widget/ui/context.ts';
import { foldTerm } from '../../lib/relevance/fold.ts';
import type { Strings } from '../shared/i18n.ts';

export interface CountryPickerProps {
  ui: Ui;
  strings: Strings;
  /** Codes offered (any saved code not in it is offered too). */
  codes: readonly string[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

export function CountryPicker({ ui, strings, codes, chosen, onChange }: CountryPickerProps) {
  const { t } = strings;
  const [query, setQuery] = useState('');
  const named = [...new Set([...codes, ...chosen])]
    .map((code) => ({ code, name: countryName(code, ui.locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, ui.locale));
  const q = foldTerm(query.trim());
  const matches = named.filter((c) => !q || foldTerm(c.name).includes(q) || c.code.toLowerCase() === q);
  const toggle = (code: string, on: boolean) => onChange(on ? [...chosen, code] : chosen.filter((c) => c !== code));
  return (
    <fieldset class="country-picker">
      <legend>{t('countriesLabel')}</legend>
      {chosen.length > 0 && (
        <ul class="chips" aria-label={t('countriesChosen')}>
          {named.filter((c) => chosen.includes(c.code)).map((c) => (
            <li key={c.code}>
              <button type="button" class="chip" onClick={() => toggle(c.code, false)}>
                {c.name} <span aria-hidden="true">×</span>
                <span class="sr-only">{t('removeChoice', c.name)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="field">
        {t('countrySearch')}
        <input type="search" name="country-search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autocomplete="off" />
      </label>
      <div class="check-scroll" role="group" aria-label={t('countriesLabel')}>
        {matches.length === 0 ? (
          <p class="hint">{t('noCountryMatch')}</p>
        ) : (
          matches.map((c) => (
            <label key={c.code}>
              <input type="checkbox" name="country" value={c.code} checked={chosen.includes(c.code)} onChange={(e) => toggle(c.code, e.currentTarget.checked)} /> {c.name}
            </label>
          ))
        )}
      </div>
    </fieldset>
  );
}
