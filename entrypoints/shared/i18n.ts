/**
 * The extension's own UI strings, from public/_locales (the same files the browser reads for
 * the name and description). Loaded by hand rather than through browser.i18n so the user can
 * choose a UI language other than the browser's.
 */
import { browser } from 'wxt/browser';
import { resolveLocale, textDirection, type Locale } from '../../lib/i18n/index.ts';
import en from '../../public/_locales/en/messages.json';
import type { UiLanguage } from './types.ts';

export type StringKey = keyof typeof en;
type Catalog = Record<string, { message: string }>;

export interface Strings {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  /** The string for `key`, with $1, $2... replaced by `subs`. */
  t(key: StringKey, ...subs: Array<string | number>): string;
}

/** Fills Chrome-style $1..$9 substitutions. */
export function fillSubs(message: string, subs: Array<string | number>): string {
  return message.replace(/\$([1-9])/g, (whole, n: string) => (subs[Number(n) - 1] === undefined ? whole : String(subs[Number(n) - 1])));
}

const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A value put into a sentence (a source name, an error, a site), isolated for the bidi
 * algorithm where directions can mix: in an Arabic sentence, or when the value itself is
 * right to left. Then "Welcome Gent: News" keeps its colon, and the sentence its full stop.
 */
export function isolateValue(value: string | number, dir: 'ltr' | 'rtl'): string | number {
  if (typeof value !== 'string' || value === '') return value;
  return dir === 'rtl' || RTL_CHARS.test(value) ? `\u2068${value}\u2069` : value;
}

export function createStrings(locale: Locale, catalog: Catalog): Strings {
  const english = en as Catalog;
  const dir = textDirection(locale);
  return {
    locale,
    dir,
    t: (key, ...subs) => fillSubs(catalog[key]?.message ?? english[key]?.message ?? key, subs.map((v) => isolateValue(v, dir))),
  };
}

/** The locale to use: the user's choice, else the browser's UI language, else English. */
export function pickLocale(choice: UiLanguage | 'auto'): Locale {
  if (choice !== 'auto') return choice;
  let uiLanguage: string | undefined;
  try {
    uiLanguage = browser.i18n.getUILanguage();
  } catch {
    uiLanguage = globalThis.navigator?.language;
  }
  return resolveLocale(uiLanguage);
}

/** A URL inside the extension (any path: the generated PublicPath type only knows files present at the last `wxt prepare`). */
export const extensionUrl = (path: string): string => (browser.runtime.getURL as (p: string) => string)(path);

/** Loads the strings of `choice`; English if its file cannot be read. */
export async function loadStrings(choice: UiLanguage | 'auto'): Promise<Strings> {
  const locale = pickLocale(choice);
  if (locale === 'en') return createStrings('en', en as Catalog);
  try {
    const response = await fetch(extensionUrl(`/_locales/${locale}/messages.json`));
    return createStrings(locale, (await response.json()) as Catalog);
  } catch {
    return createStrings('en', en as Catalog);
  }
}
