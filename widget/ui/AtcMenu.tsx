/**
 * The open "Add to calendar" menu: the .ics file and the calendar sites' links, built only when
 * the menu opens. In its own chunk (with the link builders), loaded on first use or when idle.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { translate } from '../../lib/i18n/index.ts';
import menuCss from '../styles-menu.css?inline';
import { adoptCss } from '../styles.ts';
import { CALENDAR_TARGETS, calendarLink, type CalendarTarget } from '../../lib/calendar/links.ts';
import type { InclusionEvent } from '../../lib/model/event.ts';
import type { Ui } from './context.ts';
import { withIsolatedCodes } from './isolate.tsx';
import { safeHref } from './safe-url.ts';

/** Moves focus among the menu's items for an arrow, Home or End key; true when it handled the key. */
export function moveFocus(details: HTMLDetailsElement, key: string, from: Element | null): boolean {
  const items = [...details.querySelectorAll<HTMLElement>('.menu-item')];
  if (!items.length) return false;
  const at = items.indexOf(from as HTMLElement);
  let next: number;
  if (key === 'ArrowDown') next = at < 0 ? 0 : (at + 1) % items.length;
  else if (key === 'ArrowUp') next = at < 0 ? items.length - 1 : (at - 1 + items.length) % items.length;
  else if (key === 'Home') next = 0;
  else if (key === 'End') next = items.length - 1;
  else return false;
  items[next]?.focus();
  return true;
}

const TARGETS: readonly CalendarTarget[] = CALENDAR_TARGETS;

export function AtcMenu({ ui, event, onDownload, close }: { ui: Ui; event: InclusionEvent; onDownload: (events: InclusionEvent[]) => void; close: () => void }) {
  const m = ui.messages;
  const list = useRef<HTMLUListElement>(null);
  // Before the menu's first paint, so it never shows unstyled.
  useLayoutEffect(() => void (list.current && adoptCss(list.current.getRootNode(), menuCss)), []);
  return (
    <ul class="atc-menu" part="menu" ref={list}>
      <li>
        <button type="button" class="menu-item" onClick={() => { onDownload([event]); close(); }}>
          {withIsolatedCodes(translate(m, 'icsFile'))}
        </button>
      </li>
      {TARGETS.map((target) => {
        let href: string | undefined;
        try {
          href = safeHref(calendarLink(event, target, m));
        } catch {
          // An event the target cannot express (e.g. a bad date): leave that link out.
          href = undefined;
        }
        return href ? (
          <li key={target}>
            <a class="menu-item" href={href} target="_blank" rel="noopener noreferrer">
              {translate(m, target)}
              <span class="sr-only"> {translate(m, 'opensNewTab')}</span>
            </a>
          </li>
        ) : null;
      })}
    </ul>
  );
}
