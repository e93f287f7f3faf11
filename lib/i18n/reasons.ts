/**
 * "Why listed" in the reader's language, from the structured reason lib/relevance gives.
 * The quoted words stay as the event wrote them (often another language, even another
 * script), so each is isolated for the bidi algorithm: in Arabic the quotes, commas and
 * brackets stay where the sentence puts them, whatever the words inside are.
 */
import { distinctAngle, type RelevanceReason } from '../relevance/reason.ts';
import { textDirection, translate } from './index.ts';
import type { Messages, TextKey } from './types.ts';

const KEYS: Record<RelevanceReason['kind'], TextKey> = {
  relevant: 'reasonRelevant',
  passing: 'reasonPassing',
  none: 'reasonNone',
  'legal-only': 'reasonLegalOnly',
  'no-angle': 'reasonNoAngle',
};

// Bidi controls and other invisible formatting in a quoted word could reorder the sentence
// around it; C0/C1 controls have no place in a label.
const UNSAFE_RE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const RTL_RE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const FSI = '\u2068';
const PDI = '\u2069';

function quoteWord(messages: Messages, word: string, rtl: boolean): string {
  const clean = word.replace(UNSAFE_RE, '').replace(/\s+/g, ' ').trim();
  // Isolation only where it matters, so English text copied elsewhere stays plain.
  const text = rtl || RTL_RE.test(clean) ? `${FSI}${clean}${PDI}` : clean;
  return translate(messages, 'quoted', { text });
}

function quoteList(messages: Messages, words: string[], rtl: boolean): string {
  const separator = messages.locale === 'ar' ? '، ' : ', ';
  return words.map((w) => quoteWord(messages, w, rtl)).join(separator);
}

/**
 * One short sentence, no final full stop (it sits in a list or after a label).
 * @example renderReason(englishMessages, { kind: 'relevant', who: ['refugees'], angle: ['job fair'], legal: [], topics: [] }) // 'Mentions “refugees” and “job fair”'
 */
export function renderReason(messages: Messages, reason: RelevanceReason): string {
  const rtl = textDirection(messages.locale) === 'rtl';
  // A name that says both ("Refugee Week", "Integrationskurs") is quoted once.
  const angle = distinctAngle(reason);
  return translate(messages, reason.kind === 'relevant' && angle.length === 0 ? 'reasonRelevantOne' : KEYS[reason.kind], {
    who: quoteList(messages, reason.who, rtl),
    angle: quoteList(messages, angle, rtl),
    legal: quoteList(messages, reason.legal, rtl),
  });
}
