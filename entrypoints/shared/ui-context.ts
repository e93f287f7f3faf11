/**
 * Loads what every extension page needs to speak the user's language: the extension's own
 * strings and the widget's messages (topic and format names, add-to-calendar labels).
 */
import { loadMessages } from '../../lib/i18n/index.ts';
import type { Ui } from '../../widget/ui/context.ts';
import { loadStrings, type Strings } from './i18n.ts';
import { viewerZone } from './messages.ts';
import type { UiLanguage } from './types.ts';

export interface PageUi {
  ui: Ui;
  strings: Strings;
}

export async function loadPageUi(choice: UiLanguage | 'auto'): Promise<PageUi> {
  const strings = await loadStrings(choice);
  const messages = await loadMessages(strings.locale);
  return { strings, ui: { messages, locale: strings.locale, viewerZone: viewerZone() } };
}

/** Sets lang and dir on the page so Arabic reads right to left. */
export function applyDirection(strings: Strings): void {
  document.documentElement.lang = strings.locale;
  document.documentElement.dir = strings.dir;
}
