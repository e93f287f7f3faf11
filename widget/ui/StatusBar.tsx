/**
 * Loading, stale and error states in words, never a blank box: what happened, when the shown
 * events were last updated, and a way to try again.
 */
import { formatDateTime } from '../../lib/i18n/format.ts';
import { translate, type TextKey } from '../../lib/i18n/index.ts';
import type { Ui } from './context.ts';

export type StatusKind = 'idle' | 'loading' | 'ready' | 'refreshing' | 'stale' | 'partial' | 'error' | 'no-source';

export interface StatusBarProps {
  ui: Ui;
  status: StatusKind;
  /** ISO time the shown events were fetched. */
  updated?: string;
  /** What the partner can fix, said after the error message. */
  reason?: 'cors' | 'not-found' | 'not-a-feed';
  onRetry: (event: Event) => void;
  /**
   * Said inside the status line above a list already drawn (one line kept for it from the first
   * paint), instead of a block that would push the list down.
   */
  inline?: boolean;
}

const REASON: Record<NonNullable<StatusBarProps['reason']>, TextKey> = {
  cors: 'errorCors',
  'not-found': 'errorNotFound',
  'not-a-feed': 'errorNotFeed',
};

const MESSAGE: Partial<Record<StatusKind, TextKey>> = {
  stale: 'staleMessage',
  partial: 'partialMessage',
  error: 'errorMessage',
  'no-source': 'noSource',
};

export function StatusBar({ ui, status, updated, reason, onRetry, inline }: StatusBarProps) {
  const m = ui.messages;
  if (status === 'loading') {
    return (
      <div class="notice notice-loading" part="notice">
        <span class="spinner" aria-hidden="true" />
        {translate(m, 'loading')}
      </div>
    );
  }
  const key = MESSAGE[status];
  if (!key) return null;
  const canRetry = status !== 'no-source';
  const message = translate(m, key);
  const because = reason && status === 'error' ? translate(m, REASON[reason]) : '';
  const when = updated && status !== 'error' ? translate(m, 'lastUpdated', { time: formatDateTime(new Date(updated), ui.locale, ui.viewerZone) }) : '';
  return (
    <div class={`notice notice-${status}${inline ? ' notice-inline' : ''}`} part="notice" role={status === 'error' ? 'alert' : 'status'}>
      {/* In the status line the text is one line, cut with an ellipsis where it does not fit: the
          whole of it is the tooltip, and screen readers read it all. */}
      <p title={inline ? [message, because, when].filter(Boolean).join(' ') : undefined}>
        {message}
        {because && <span class="reason"> {because}</span>}
        {when && <span class="updated"> {when}</span>}
      </p>
      {canRetry && (
        <button type="button" class="button button-small" onClick={onRetry}>
          {translate(m, 'retry')}
        </button>
      )}
    </div>
  );
}
