/** What every component needs to speak the viewer's language and time: passed as a prop. */
import type { Messages } from '../../lib/i18n/index.ts';

export interface Ui {
  messages: Messages;
  /** BCP 47 tag for Intl, usually messages.locale. */
  locale: string;
  /** The viewer's IANA zone. */
  viewerZone: string;
  /** The current instant, for "is this event over?"; absent means every event counts as upcoming. */
  now?: Date;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

function names(locale: string, type: 'region' | 'language'): Intl.DisplayNames | null {
  const key = `${locale}|${type}`;
  if (!displayNames.has(key)) {
    try {
      displayNames.set(key, new Intl.DisplayNames([locale], { type }));
    } catch {
      displayNames.set(key, null);
    }
  }
  return displayNames.get(key) ?? null;
}

/** 'BE' -> 'Belgium' / 'Belgique' / 'بلجيكا'. */
export function countryName(code: string, locale: string): string {
  try {
    return names(locale, 'region')?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** 'fr' -> 'French' / 'français'. */
export function languageName(tag: string, locale: string): string {
  try {
    return names(locale, 'language')?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
