/**
 * The first events of a feed.json while it is still downloading: a 10,000-event feed is
 * megabytes, and a visitor should not wait for all of it (nor for JSON.parse of all of it)
 * to see the first screen. The text is scanned once, as it arrives (linear, strings and
 * escapes respected); each complete element of the top-level `events` array is parsed on its
 * own. What it finds is only a preview: the full read of the whole text decides.
 */

/**
 * The first day a first screen lists: the day before today in UTC, so every zone's today is
 * inside (zones run from 12 hours behind UTC to 14 ahead). Not further back: a busy feed's
 * events of the days before would fill the first screen with past events the list hides.
 */
export function previewFromDay(now: Date): string {
  return new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
}

export interface PrefixEvents {
  /** The top-level `version` value, when it came before the events. */
  version?: unknown;
  /** Events starting on or after the day asked for, in feed order. */
  events: unknown[];
}

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/**
 * Feeds text pieces in with `push`; once `count` events from `fromDay` on are complete, calls
 * `found` once. Gives up (calls nothing) when the events are not in day order, an element is
 * not valid JSON, or the text is not a feed object: the full read then does the preview.
 * @example const scan = scanFeedPrefix('2026-11-20', 100, (first) => show(first)); scan.push(piece);
 */
export function scanFeedPrefix(fromDay: string, count: number, found: (first: PrefixEvents) => void): { push(text: string): void; readonly done: boolean } {
  let buf = '';
  let pos = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** Start (in buf) of the string being read, of the element being read, of the version value. */
  let stringStart = -1;
  let elementStart = -1;
  let valueStart = -1;
  let key: string | undefined;
  let valueOf: string | undefined;
  let inEvents = false;
  let done = false;
  let previousDay = '';
  const out: PrefixEvents = { events: [] };

  const stop = () => {
    done = true;
    buf = '';
  };

  /** One complete element of `events`: false when scanning must stop. */
  const take = (json: string): boolean => {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return false;
    }
    const start = typeof value === 'object' && value !== null ? (value as { start?: unknown }).start : undefined;
    if (typeof start !== 'string') return false;
    const day = start.slice(0, 10);
    if (day < previousDay) return false;
    previousDay = day;
    if (day >= fromDay) out.events.push(value);
    if (out.events.length >= count) {
      found(out);
      return false;
    }
    return true;
  };

  const push = (text: string): void => {
    if (done) return;
    buf += text;
    for (; pos < buf.length; pos++) {
      const c = buf.charCodeAt(pos);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          if (depth === 1 && valueOf === undefined) key = buf.slice(stringStart + 1, pos);
        }
        continue;
      }
      if (depth === 0 && c !== OPEN_BRACE && c !== 0xfeff && !isSpace(c)) return stop();
      if (c === QUOTE) {
        inString = true;
        stringStart = pos;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth === 1 && c === OPEN_BRACKET && valueOf === 'events') inEvents = true;
        else if (inEvents && depth === 2 && elementStart < 0) elementStart = pos;
        depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (inEvents && depth === 2 && elementStart >= 0) {
          if (!take(buf.slice(elementStart, pos + 1))) return stop();
          elementStart = -1;
        } else if (depth <= 1 && inEvents) {
          // The events array ended before `count` events: the whole text is read by now, or nearly.
          return stop();
        } else if (depth === 0 && valueOf === 'version') out.version = readValue(buf.slice(valueStart, pos));
      } else if (depth === 1 && c === COLON) {
        valueOf = key;
        valueStart = pos + 1;
      } else if (depth === 1 && c === COMMA) {
        if (valueOf === 'version') out.version = readValue(buf.slice(valueStart, pos));
        valueOf = undefined;
        key = undefined;
      }
    }
    // Keep only what an unfinished string, element or value still needs: memory stays one element.
    const keep = Math.min(...[inString ? stringStart : pos, elementStart, valueOf === 'version' ? valueStart : -1].filter((i) => i >= 0));
    if (keep > 0) {
      buf = buf.slice(keep);
      pos -= keep;
      if (stringStart >= 0) stringStart -= keep;
      if (elementStart >= 0) elementStart -= keep;
      if (valueStart >= 0) valueStart -= keep;
    }
  };

  return {
    push,
    get done() {
      return done;
    },
  };
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function readValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text.trim();
  }
}
