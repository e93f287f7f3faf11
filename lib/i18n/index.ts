/**
 * UI messages for the widget and the extension. English is bundled; every other locale is a
 * separate module loaded with import() so a page pays only for the language it shows.
 */
import { messages as en } from './messages/en.ts';
import type { Locale, Messages, PluralKey, TextKey } from './types.ts';

export type { Locale, Messages, PluralForms, PluralKey, TextKey } from './types.ts';

export const LOCALES: readonly Locale[] = ['en', 'fr', 'de', 'it', 'es', 'ar', 'uk'];

export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  es: 'Español',
  ar: 'العربية',
  uk: 'Українська',
};

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The supported locale for a BCP 47 tag ('fr-BE' -> 'fr'), else `fallback`.
 * @example resolveLocale('de-AT') // 'de'
 * @example resolveLocale('pt-BR', 'en') // 'en'
 */
export function resolveLocale(requested: string | undefined | null, fallback: Locale = 'en'): Locale {
  const base = (requested ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(base) ? base : fallback;
}

/**
 * The first supported locale among candidates in order of preference (the `lang` attribute,
 * the page's <html lang>, then the browser's languages), else English.
 * @example resolveLocaleFrom([undefined, 'it', 'fr-FR']) // 'it'
 */
export function resolveLocaleFrom(candidates: ReadonlyArray<string | undefined | null>): Locale {
  for (const candidate of candidates) {
    const base = (candidate ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLocale(base)) return base;
  }
  return 'en';
}

/**
 * Writing direction of a locale.
 * @example textDirection('ar') // 'rtl'
 */
export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ messages: Messages }>> = {
  fr: () => import('./messages/fr.ts'),
  de: () => import('./messages/de.ts'),
  it: () => import('./messages/it.ts'),
  es: () => import('./messages/es.ts'),
  ar: () => import('./messages/ar.ts'),
  uk: () => import('./messages/uk.ts'),
};

/** The bundled English messages, usable synchronously before another locale has loaded. */
export const englishMessages: Messages = en;

/**
 * The messages of a locale; English resolves at once, the others load their own chunk.
 * @example const m = await loadMessages('fr'); translate(m, 'retry') // 'Réessayer'
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'en') return en;
  return (await loaders[locale]()).messages;
}

function fill(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A UI string with `{name}` placeholders filled.
 * @example translate(englishMessages, 'registerBy', { date: '3 May' }) // 'Register by 3 May'
 */
export function translate(messages: Messages, key: TextKey, params?: Record<string, string | number>): string {
  return fill(messages.text[key] ?? en.text[key], params);
}

const pluralRules = new Map<string, { select: Intl.PluralRules; numbers: Intl.NumberFormat }>();

/**
 * A counted phrase in the grammar of the locale (Arabic has six forms, Ukrainian four).
 * An explicit `zero` form wins for 0 even where CLDR has no zero category.
 * @example plural(englishMessages, 'results', 3) // '3 events'
 */
export function plural(messages: Messages, key: PluralKey, n: number): string {
  const forms = messages.plural[key] ?? en.plural[key];
  let rules = pluralRules.get(messages.locale);
  if (!rules) {
    // Both made once per language: creating them is slow next to using them.
    rules = { select: new Intl.PluralRules(messages.locale), numbers: new Intl.NumberFormat(messages.locale) };
    pluralRules.set(messages.locale, rules);
  }
  const category = n === 0 && forms.zero ? 'zero' : rules.select.select(n);
  const numeral = rules.numbers.format(n);
  return fill(forms[category] ?? forms.other, { n: numeral });
}
