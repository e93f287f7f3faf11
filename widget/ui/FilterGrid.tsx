/**
 * The filter fields behind the "Filters" disclosure, in their own chunk: loaded when the
 * disclosure first opens (or when the page is idle), not needed for the first paint.
 */
import { translate } from '../../lib/i18n/index.ts';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { InclusionEvent } from '../../lib/model/event.ts';
import filtersCss from '../styles-filters.css?inline';
import { adoptCss } from '../styles.ts';
import { countryName, languageName, type Ui } from './context.ts';
import { filterChoices, type PartnerFilters } from './filter-choices.ts';
import type { FilterValues } from './Filters.tsx';
import { formatLocalDate, parseLocalDate } from './local-date.ts';

export interface FilterGridProps {
  ui: Ui;
  idPrefix: string;
  query: string;
  values: FilterValues;
  events: InclusionEvent[];
  partner: PartnerFilters;
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

/** A date typed in the widget's language (see local-date.ts), checked when the visitor leaves it or presses Enter. */
function DateField(props: { ui: Ui; id: string; label: string; value: string | undefined; onChange: (v: string | undefined) => void }) {
  const { ui } = props;
  const shown = props.value ? formatLocalDate(props.value, ui.locale) : '';
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(shown);
    setInvalid(false);
  }, [shown]);
  const example = formatLocalDate('2026-12-31', ui.locale);
  const commit = () => {
    const day = parseLocalDate(text, ui.locale);
    setInvalid(day === null);
    if (day === null) return;
    if ((day || undefined) !== props.value) props.onChange(day || undefined);
    else setText(shown);
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        class="date"
        placeholder={translate(ui.messages, 'dateExample', { date: example })}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${props.id}-error` : undefined}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onChange={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {invalid && <span class="field-error" id={`${props.id}-error`}>{translate(ui.messages, 'dateInvalid', { date: example })}</span>}
    </div>
  );
}

export function FilterGrid({ ui, idPrefix, query, values, events, partner, onChange, onClear }: FilterGridProps) {
  const m = ui.messages;
  const choices = useMemo(() => filterChoices(events, partner), [events, partner]);
  const set = <K extends keyof FilterValues>(key: K) => (value: string | undefined) => {
    const next = { ...values };
    if (value) next[key] = value as FilterValues[K];
    else delete next[key];
    onChange(next);
  };
  const active = Object.keys(values).length;
  const sortedLabels = (pairs: Array<[string, string]>) => pairs.sort((a, b) => a[1].localeCompare(b[1], ui.locale));
  // Its styles come with its chunk, into the shadow root (or page) that shows it, before it is painted.
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => void (box.current && adoptCss(box.current.getRootNode(), filtersCss)), []);
  return (
    <div class="filter-grid" ref={box}>
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
      <DateField ui={ui} id={`${idPrefix}from`} label={translate(m, 'from')} value={values.from} onChange={set('from')} />
      <DateField ui={ui} id={`${idPrefix}to`} label={translate(m, 'to')} value={values.to} onChange={set('to')} />
      {(active > 0 || query) && (
        <button type="button" class="button button-quiet clear" onClick={onClear}>{translate(m, 'clearFilters')}</button>
      )}
    </div>
  );
}
