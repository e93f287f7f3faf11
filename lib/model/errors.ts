/**
 * Typed errors. Every failure Inclusio reports is one of these, so callers can tell a
 * broken feed from a network problem and show a short, clear message.
 */

export type ErrorCode =
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'parse'
  | 'unsupported-format'
  | 'validation'
  | 'storage'
  | 'usage';

export class InclusioError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InclusioError';
    this.code = code;
  }
}

/** The request never got an HTTP answer (DNS, refused connection, reset). */
export class NetworkError extends InclusioError {
  readonly url: string;
  constructor(url: string, options?: { cause?: unknown }) {
    super('network', `Could not reach ${url}`, options);
    this.name = 'NetworkError';
    this.url = url;
  }
}

export class TimeoutError extends InclusioError {
  readonly url: string;
  constructor(url: string, timeoutMs: number, options?: { cause?: unknown }) {
    super('timeout', `No answer from ${url} within ${Math.round(timeoutMs / 1000)} s`, options);
    this.name = 'TimeoutError';
    this.url = url;
  }
}

export class HttpStatusError extends InclusioError {
  readonly url: string;
  readonly status: number;
  constructor(url: string, status: number, options?: { cause?: unknown }) {
    super('http', `${url} answered HTTP ${status}`, options);
    this.name = 'HttpStatusError';
    this.url = url;
    this.status = status;
  }
}

export class TooLargeError extends InclusioError {
  readonly url: string;
  readonly limitBytes: number;
  constructor(url: string, limitBytes: number, options?: { cause?: unknown }) {
    super('too-large', `${url} is larger than ${Math.round(limitBytes / 1_000_000)} MB`, options);
    this.name = 'TooLargeError';
    this.url = url;
    this.limitBytes = limitBytes;
  }
}

/** Input that could not be read as the format it claims (or was sniffed) to be. */
export class ParseError extends InclusioError {
  readonly format: string;
  /** 1-based line, where the parser knows it. */
  readonly line?: number;
  constructor(format: string, message: string, options?: { cause?: unknown; line?: number }) {
    super('parse', message, options);
    this.name = 'ParseError';
    this.format = format;
    if (options?.line !== undefined) this.line = options.line;
  }
}

/** A web page (a login or error page, say) where a calendar feed was expected, with no events in it. */
export class NotAFeedError extends ParseError {
  readonly url: string;
  constructor(url: string) {
    super('html', `${url} returned a web page, not a calendar feed`);
    this.name = 'NotAFeedError';
    this.url = url;
  }
}

export class UnsupportedFormatError extends InclusioError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('unsupported-format', message, options);
    this.name = 'UnsupportedFormatError';
  }
}

/**
 * What a problem costs when the feed is read: the whole feed ('feed'), one event, which is
 * skipped ('event'), or one field, which is dropped or given its default ('field').
 */
export type ProblemEffect = 'feed' | 'event' | 'field';

export interface Problem {
  /** Where: a JSON path like `events[3].start`, or `line 12` for ICS. */
  path: string;
  message: string;
  /** Set by the tolerant feed reader; absent where every problem is fatal. */
  effect?: ProblemEffect;
}

export type FeedProblem = Problem & { effect: ProblemEffect };

export class ValidationError extends InclusioError {
  readonly problems: Problem[];
  constructor(problems: Problem[], options?: { cause?: unknown }) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super('validation', first ? `${first.path}: ${first.message}${more}` : 'Invalid data', options);
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

export class StorageError extends InclusioError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('storage', message, options);
    this.name = 'StorageError';
  }
}

export class UsageError extends InclusioError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}

/** A short message for any thrown value, for people (no stack). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
