/**
 * Why a source could not be read, said to people in their language: the kind of failure is
 * kept with the source (lib's typed errors name it), and the sentence is picked when it is
 * shown. lib's own messages are English and carry the full address: right for a log or the
 * command line, not for a French or Arabic user reading the popup.
 */
import type { Strings } from './i18n.ts';

export type FailureKind = 'network' | 'timeout' | 'not-found' | 'http' | 'not-a-feed' | 'too-large' | 'unreadable';

export interface FailureReason {
  kind: FailureKind;
  /** The HTTP status, for 'http'. */
  status?: number;
}

const BY_NAME: Record<string, FailureKind> = {
  NetworkError: 'network',
  TimeoutError: 'timeout',
  TooLargeError: 'too-large',
  NotAFeedError: 'not-a-feed',
  ParseError: 'unreadable',
  UnsupportedFormatError: 'unreadable',
  ValidationError: 'unreadable',
};

/** The kind of a thrown value from lib (by its class name, which survives bundling), if known. */
export function failureReason(error: unknown): FailureReason | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'HttpStatusError') {
    const status = (error as Error & { status?: unknown }).status;
    if (typeof status !== 'number') return undefined;
    return status === 404 || status === 410 ? { kind: 'not-found', status } : { kind: 'http', status };
  }
  const kind = BY_NAME[error.name];
  return kind ? { kind } : undefined;
}

/** The short reason in the user's language; `fallback` (lib's message) for a failure of no known kind. */
export function reasonText({ t }: Strings, reason: FailureReason | undefined, fallback: string): string {
  switch (reason?.kind) {
    case 'network': return t('reasonNetwork');
    case 'timeout': return t('reasonTimeout');
    case 'not-found': return t('reasonNotFound');
    case 'http': return t('reasonHttp', String(reason.status ?? ''));
    case 'not-a-feed': return t('reasonNotFeed');
    case 'too-large': return t('reasonTooLarge');
    case 'unreadable': return t('reasonUnreadable');
    default: return fallback;
  }
}
