/**
 * The filter fields behind the "Filters" disclosure, in their own chunk: loaded when the
 * disclosure first opens (or when the page is idle), not needed for the first paint.
 */
import { translate } from '../../lib/i18n/index.ts';
import { countryName, languageName, type Ui } from './context.ts';
import type { FilterChoices, FilterValues } from './Filters.tsx';

export interface FilterGridProps {
  ui: Ui;
  idPrefix: string;
  query: string;
  values: FilterValues;
  choices: FilterChoices;
  onChange: (values: FilterValues) => void;
  onClear: () => void;
}

function Select(props: { id: string; label: string; all: string; value: string | undefined; options: Array<[string, string]>; onChange: (v: string | undefined) => void }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ''} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value || undefined)}>
        <option value="">{props.all}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>{label}</option>
        ))}
      </select>
    </div>
  );
}

export function FilterGrid({ ui, idPrefix, query, values, choices, onChange, onClear }: FilterGridProps) {
  const m = ui.messages;
  const set = <K extends keyof FilterValues>(key: K) => (value: string | undefined) => {
    const next = { ...values };
    if (value) next[key] = value as FilterValues[K];
    else delete next[key];
    onChange(next);
  };
  const active = Object.keys(values).length;
  const sortedLabels = (pairs: Array<[string, string]>) => pairs.sort((a, b) => a[1].localeCompare(b[1], ui.locale));
  return (
    <div class="filter-grid">
      {choices.topics.length > 1 && (
        <Select id={`${idPrefix}topic`} label={translate(m, 'topic')} all={translate(m, 'allTopics')} value={values.topic}
          options={sortedLabels(choices.topics.map((t) => [t, m.topics[t]]))} onChange={set('topic')} />
      )}
      {choices.countries.length > 1 && (
        <Select id={`${idPrefix}country`} label={translate(m, 'country')} all={translate(m, 'allCountries')} value={values.country}
          options={sortedLabels(choices.countries.map((c) => [c, countryName(c, ui.locale)]))} onChange={set('country')} />
      )}
      {choices.modes.length > 1 && (
        <Select id={`${idPrefix}mode`} label={translate(m, 'mode')} all={translate(m, 'allModes')} value={values.mode}
          options={choices.modes.map((x) => [x, m.modes[x]])} onChange={set('mode')} />
      )}
      {choices.languages.length > 1 && (
        <Select id={`${idPrefix}lang`} label={translate(m, 'language')} all={translate(m, 'allLanguages')} value={values.language}
          options={sortedLabels(choices.languages.map((l) => [l, languageName(l, ui.locale)]))} onChange={set('language')} />
      )}
      <div class="field">
        <label for={`${idPrefix}from`}>{translate(m, 'from')}</label>
        <input id={`${idPrefix}from`} type="date" value={values.from ?? ''} max={values.to} onChange={(e) => set('from')((e.currentTarget as HTMLInputElement).value || undefined)} />
      </div>
      <div class="field">
        <label for={`${idPrefix}to`}>{translate(m, 'to')}</label>
        <input id={`${idPrefix}to`} type="date" value={values.to ?? ''} min={values.from} onChange={(e) => set('to')((e.currentTarget as HTMLInputElement).value || undefined)} />
      </div>
      {(active > 0 || query) && (
        <button type="button" class="button button-quiet clear" onClick={onClear}>{translate(m, 'clearFilters')}</button>
      )}
    </div>
  );
}
