/**
 * Search and filters. The search box is always there; the rest sits in a disclosure so the
 * widget stays compact on a partner's page and on phones. Every control has a visible label.
 */
import { useState } from 'preact/hooks';
import { translate } from '../../lib/i18n/index.ts';
import type { InclusionEvent, Mode, TopicId } from '../../lib/model/event.ts';
import type { Ui } from './context.ts';
import type { PartnerFilters } from './filter-choices.ts';
import { loadFilterGrid, useLazy } from './use-lazy.ts';

export interface FilterValues {
  topic?: TopicId;
  country?: string;
  mode?: Mode;
  language?: string;
  from?: string;
  to?: string;
}

export interface FilterChoices {
  topics: TopicId[];
  countries: string[];
  modes: Mode[];
  languages: string[];
}

export interface FiltersProps {
  ui: Ui;
  /** Prefix for element ids, unique per widget instance on a page without shadow DOM. */
  idPrefix: string;
  query: string;
  values: FilterValues;
  /** The events the fields offer choices from (listed only once they are shown: it walks every event). */
  events: InclusionEvent[];
  partner: PartnerFilters;
  onQuery: (query: string) => void;
  onChange: (values: FilterValues) => void;
  onClear: () => void;
}

export function Filters({ ui, idPrefix, query, values, events, partner, onQuery, onChange, onClear }: FiltersProps) {
  const m = ui.messages;
  const active = Object.keys(values).length;
  const [open, setOpen] = useState(active > 0);
  const Grid = useLazy(loadFilterGrid, open)?.FilterGrid;
  return (
    <div class="filters" part="filters">
      <div class="field search">
        <label for={`${idPrefix}q`} class="sr-only">{translate(m, 'search')}</label>
        <svg class="icon search-icon" aria-hidden="true" viewBox="0 0 16 16"><path d="M6.5 1a5.5 5.5 0 0 1 4.4 8.8l3.9 3.9-1.1 1.1-3.9-3.9A5.5 5.5 0 1 1 6.5 1zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8z" /></svg>
        <input
          id={`${idPrefix}q`}
          type="search"
          part="search"
          placeholder={translate(m, 'searchPlaceholder')}
          value={query}
          autoComplete="off"
          onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <details class="more-filters" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary class="button button-small">
          {translate(m, 'filters')}
          {active > 0 && <span class="count"> ({active})</span>}
        </summary>
        {open && Grid ? (
          <Grid ui={ui} idPrefix={idPrefix} query={query} values={values} events={events} partner={partner} onChange={onChange} onClear={onClear} />
        ) : null}
      </details>
    </div>
  );
}
