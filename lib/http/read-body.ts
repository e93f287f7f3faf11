/**
 * Reads a response body as text while counting bytes, so a huge or endless answer is cut off
 * at the cap instead of filling memory, and a stalled one times out.
 */
import { NetworkError, TimeoutError, TooLargeError } from '../model/errors.ts';

export interface ReadLimits {
  url: string;
  maxBytes: number;
  timeoutMs: number;
  contentType: string;
  /**
   * Hears each piece of text as it arrives (a reader may start on the beginning of a long
   * body); reading goes on once the promise it may return settles.
   */
  onText?: (text: string) => Promise<void> | void;
  /**
   * Called after each piece; reading waits for the promise it may return. A body already
   * downloaded comes back piece after piece with no task in between (each read settles at
   * once), so a page passes a pause that lets it have the main thread now and then.
   */
  pause?: () => Promise<void> | undefined;
}

function decoderFor(contentType: string): TextDecoder {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  if (charset) {
    try {
      return new TextDecoder(charset);
    } catch {
      // An unknown charset label: UTF-8 is the best guess for feeds.
    }
  }
  return new TextDecoder('utf-8');
}

/**
 * The body of `response` as text, at most `maxBytes` long.
 * @throws TooLargeError past the cap, TimeoutError when the body stalls, NetworkError when the connection drops.
 * @example const text = await readCapped(response, { url, maxBytes: 1e7, timeoutMs: 15000, contentType: 'text/calendar' });
 */
export async function readCapped(response: Response, limits: ReadLimits): Promise<string> {
  const decoder = decoderFor(limits.contentType);
  if (!response.body) return '';
  const reader = response.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(limits.url, limits.timeoutMs)), limits.timeoutMs);
  });
  timedOut.catch(() => undefined);
  const parts: string[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), timedOut]);
      if (done) break;
      received += value.byteLength;
      if (received > limits.maxBytes) throw new TooLargeError(limits.url, limits.maxBytes);
      const text = decoder.decode(value, { stream: true });
      parts.push(text);
      const heard = limits.onText?.(text);
      if (heard) await heard;
      const paused = limits.pause?.();
      if (paused) await paused;
    }
    parts.push(decoder.decode());
    return parts.join('');
  } catch (error) {
    reader.cancel().catch(() => undefined);
    if (error instanceof TooLargeError || error instanceof TimeoutError) throw error;
    throw new NetworkError(limits.url, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
