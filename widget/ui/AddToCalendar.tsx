/**
 * "Add to calendar" for one event: an .ics file (for Apple Calendar and desktop Outlook) and
 * links to Google, Outlook.com, Office 365 and Yahoo. A native <details> disclosure, so it
 * works with keyboard and screen readers without a custom menu widget; the links are built
 * only when it is opened. It closes when a click or the focus lands anywhere else, and the
 * arrow keys (Home, End) move through its items.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { translate } from '../../lib/i18n/index.ts';
import type { Ui } from './context.ts';
import { clampText } from './clamp.ts';
import { loadAtcMenu, useLazy } from './use-lazy.ts';

export interface AddToCalendarProps {
  ui: Ui;
  event: InclusionEvent;
  onDownload: (events: InclusionEvent[]) => void;
}

const MENU_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

export function AddToCalendar({ ui, event, onDownload }: AddToCalendarProps) {
  const [open, setOpen] = useState(false);
  // The menu and its links are their own chunk, prefetched when the page is idle.
  const Menu = useLazy(loadAtcMenu, open);
  const ref = useRef<HTMLDetailsElement>(null);
  /** An arrow, Home or End pressed while the menu's chunk was still on its way: applied once it is drawn. */
  const pendingKey = useRef<string | undefined>(undefined);
  const m = ui.messages;
  const close = (refocus = true) => {
    const details = ref.current;
    if (!details) return;
    details.open = false;
    if (refocus) details.querySelector('summary')?.focus();
  };
  useEffect(() => {
    const key = pendingKey.current;
    if (!open) pendingKey.current = undefined;
    if (!open || !Menu || !key || !ref.current) return;
    pendingKey.current = undefined;
    Menu.moveFocus(ref.current, key, (ref.current.getRootNode() as Document | ShadowRoot).activeElement);
  }, [open, Menu]);
  useEffect(() => {
    if (!open) return;
    // A click anywhere else closes the menu (composedPath sees through shadow roots).
    const onPointer = (e: PointerEvent) => {
      if (ref.current && !e.composedPath().includes(ref.current)) close(false);
    };
    // So does the focus moving anywhere else (Tab past the last item, a click on the page).
    const onFocus = (e: FocusEvent) => {
      if (ref.current && !e.composedPath().includes(ref.current)) close(false);
    };
    // Focus moving inside the widget's shadow root does not reach the document: listen on both.
    const root = ref.current?.getRootNode() ?? document;
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('focusin', onFocus, true);
    if (root !== document) root.addEventListener('focusin', onFocus as EventListener, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('focusin', onFocus, true);
      if (root !== document) root.removeEventListener('focusin', onFocus as EventListener, true);
    };
  }, [open]);
  return (
    <details
      class="atc"
      part="add-to-calendar"
      ref={ref}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      onKeyDown={(e) => {
        // The element says whether it is open: its toggle event, and so `open`, comes a task later.
        const details = ref.current;
        if (!details?.open) return;
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
          return;
        }
        // Opened before its chunk came (a slow network) or before its toggle event was handled
        // (a quick keyboard): the key waits until the menu is drawn.
        if (!Menu || !open) {
          if (MENU_KEYS.has(e.key)) {
            pendingKey.current = e.key;
            e.preventDefault();
          }
          return;
        }
        const active = (details.getRootNode() as Document | ShadowRoot).activeElement;
        if (Menu.moveFocus(details, e.key, active)) e.preventDefault();
      }}
    >
      <summary class="button button-small">
        <svg class="icon" aria-hidden="true" viewBox="0 0 16 16"><path d="M4 1v2H2v12h12V3h-2V1h-1.5v2h-5V1zm-.5 5h9v7.5h-9zM7.25 7v2h-2v1.5h2v2h1.5v-2h2V9h-2V7z" /></svg>
        {translate(m, 'addToCalendar')}
        <span class="sr-only">: <bdi>{clampText(event.title)}</bdi></span>
      </summary>
      {open && Menu && <Menu.AtcMenu ui={ui} event={event} onDownload={onDownload} close={close} />}
    </details>
  );
}
