/**
 * Messages extension pages send to the background. Only pages of this extension may send them.
 */
export type BackgroundRequest =
  | { type: 'refresh' }
  | { type: 'deliver' }
  | { type: 'sync-reminders' }
  | { type: 'update-badge' };

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'refresh' || type === 'deliver' || type === 'sync-reminders' || type === 'update-badge';
}

/** The viewer's zone, as the browser knows it. */
export const viewerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
