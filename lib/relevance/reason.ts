/**
 * Why a text is (not) relevant, as data: the kind of verdict and the words that led to it.
 * Interfaces render it in the reader's language (lib/i18n/reasons.ts); feed v1 keeps an
 * English sentence beside it (legacyReasonText) for readers that know only `reasons`.
 */
import { TOPIC_IDS, type ReasonKind, type RelevanceReason, type TopicId } from '../model/event.ts';

export type { ReasonKind, RelevanceReason };

export const REASON_KINDS: readonly ReasonKind[] = ['relevant', 'passing', 'none', 'legal-only', 'no-angle'];

const MAX_WORDS = 2;
const MAX_WORD_CHARS = 80;

const quote = (words: string[]) => words.map((w) => `'${w}'`).join(', ');

/**
 * The English sentence feed v1 publishes in `relevance.reasons`.
 * @example legacyReasonText({ kind: 'relevant', who: ['refugees'], angle: ['job fair'], legal: [], topics: [] }) // "mentions 'refugees' and 'job fair'"
 */
export function legacyReasonText(r: RelevanceReason): string {
  switch (r.kind) {
    case 'relevant': {
      const angle = distinctAngle(r);
      return angle.length ? `mentions ${quote(r.who)} and ${quote(angle)}` : `mentions ${quote(r.who)}`;
    }
    case 'passing': return `only a passing mention of ${quote(r.who)}`;
    case 'none': return 'no mention of migrants, refugees or newcomers';
    case 'legal-only': return `about legal migration (${quote(r.legal)}) with no inclusion angle`;
    case 'no-angle': return `mentions ${quote(r.who)} but no inclusion topic`;
  }
}

/**
 * The inclusion words not already quoted as the group: one name can say both ("Refugee Week").
 * @example distinctAngle({ kind: 'relevant', who: ['Refugee Week'], angle: ['Refugee Week'], legal: [], topics: [] }) // []
 */
export function distinctAngle(r: RelevanceReason): string[] {
  const who = new Set(r.who.map((w) => w.toLowerCase()));
  return r.angle.filter((w) => !who.has(w.toLowerCase()));
}

const words = (v: unknown): string[] | undefined => {
  if (!Array.isArray(v)) return undefined;
  const out = v.filter((w): w is string => typeof w === 'string' && w.trim() !== '').slice(0, MAX_WORDS);
  return out.map((w) => w.replace(/\s+/g, ' ').trim().slice(0, MAX_WORD_CHARS));
};

/**
 * A reason read from untrusted data (a stored event, a feed), or undefined when it is not one.
 * Words are capped in number and length so a hostile feed cannot flood the interface.
 * @example readReason({ kind: 'none', who: [], angle: [], legal: [], topics: [] })?.kind // 'none'
 */
export function readReason(value: unknown): RelevanceReason | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!REASON_KINDS.includes(v.kind as ReasonKind)) return undefined;
  const who = words(v.who) ?? [];
  const angle = words(v.angle) ?? [];
  const legal = words(v.legal) ?? [];
  // A verdict without the words it quotes would render as a broken sentence.
  const missing =
    (v.kind === 'relevant' && (!who.length || !angle.length))
    || ((v.kind === 'passing' || v.kind === 'no-angle') && !who.length)
    || (v.kind === 'legal-only' && !legal.length);
  if (missing) return undefined;
  const topics = Array.isArray(v.topics) ? (v.topics.filter((t) => TOPIC_IDS.includes(t as TopicId)).slice(0, 5) as TopicId[]) : [];
  return { kind: v.kind as ReasonKind, who, angle, legal, topics };
}
