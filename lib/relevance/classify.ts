/**
 * A transparent relevance score: a text is relevant when it talks about the target group
 * (migrants, refugees, third-country nationals...) AND takes an inclusion angle. Each side
 * adds up the weights of the distinct terms it meets; the reasons quote the words found.
 */
import type { TopicId } from '../model/event.ts';
import { foldKeepLength } from './fold.ts';
import { compileTerms, type TermHit, type TermMatcher } from './matcher.ts';
import { audienceActivity } from './audience.ts';
import { legacyReasonText, type ReasonKind, type RelevanceReason } from './reason.ts';
import { ANGLE_TERMS, EXCHANGE_TERMS, LEGAL_MIGRATION_TERMS, TARGET_TERMS, type Term } from './taxonomy.ts';

export interface Classification {
  relevant: boolean;
  score: number;
  topics: TopicId[];
  /** English sentences (feed v1 `relevance.reasons`); interfaces render `why` instead. */
  reasons: string[];
  /** The verdict and the words behind it, for rendering in any language (lib/i18n/reasons.ts). */
  why: RelevanceReason;
}

/** Longer texts are classified on their first part: enough to know what a page is about. */
export const MAX_CLASSIFY_CHARS = 60_000;

type Group = 'target' | 'angle' | 'legal' | 'exchange';
/** How close a word for the group and an inclusion word stand to be one phrase ("migrantes y empleo", "lavoro dei rifugiati"). */
const PAIR_GAP = 12;
/** The weight of the group's mentions (counted each time) that makes them a text's subject. */
const SUBJECT_WEIGHT = 3;
/** In a short text (a post's first screen, an event notice) two mentions of the group are already its subject. */
const SHORT_TEXT = 2500;
const SHORT_SUBJECT_WEIGHT = 2;
/** How much of the group a text must name when its angle is integration or inclusion itself (a 0.7 word, twice). */
const CORE_GROUP_WEIGHT = 0.8;
/** What a term weighs as a word for the group (an angle term that also names it may weigh less there). */
const groupWeight = (e: Term) => e.targetWeight ?? e.weight;
// One matcher for the three lists: the text is cut into words once.
let compiled: { all: TermMatcher; group: Map<Term, Group> } | undefined;
const matchers = () => {
  if (!compiled) {
    const group = new Map<Term, Group>();
    for (const t of TARGET_TERMS) group.set(t, 'target');
    for (const t of ANGLE_TERMS) group.set(t, 'angle');
    for (const t of LEGAL_MIGRATION_TERMS) group.set(t, 'legal');
    for (const t of EXCHANGE_TERMS) group.set(t, 'exchange');
    compiled = { all: compileTerms([...group.keys()]), group };
  }
  return compiled;
};

interface Tally {
  total: number;
  /** Distinct terms, strongest first, with the words as written. */
  found: Array<{ term: string; weight: number; words: string }>;
}

function tally(hits: TermHit[], wordsOf: (hit: TermHit) => string, weightOf: (entry: Term) => number = (e) => e.weight): Tally {
  const byTerm = new Map<string, { weight: number; count: number; words: string }>();
  for (const hit of hits) {
    const seen = byTerm.get(hit.entry.term);
    if (seen) seen.count++;
    else byTerm.set(hit.entry.term, { weight: weightOf(hit.entry), count: 1, words: wordsOf(hit) });
  }
  let total = 0;
  const found: Tally['found'] = [];
  for (const [term, v] of byTerm) {
    // Repetition counts a little: a page about refugees says so more than once.
    total += v.weight * (1 + 0.15 * Math.min(v.count - 1, 4));
    found.push({ term, weight: v.weight, words: v.words.replace(/\s+/g, ' ') });
  }
  found.sort((a, b) => b.weight - a.weight);
  return { total, found };
}

function topicsOf(hits: TermHit[]): TopicId[] {
  const weights = new Map<TopicId, number>();
  for (const hit of hits) {
    const topic = hit.entry.topic;
    if (topic) weights.set(topic, (weights.get(topic) ?? 0) + hit.entry.weight);
  }
  return [...weights].filter(([, w]) => w >= 0.8).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([topic]) => topic);
}

const wordsIn = (t: Tally) => t.found.slice(0, 2).map((f) => f.words);

/**
 * @example classify('A job fair for refugees and their integration').relevant // true
 * @example classify('City marathon on Sunday').relevant // false
 */
export function classify(text: string, options: { lang?: string } = {}): Classification {
  const original = typeof text === 'string' ? text.slice(0, MAX_CLASSIFY_CHARS) : '';
  return classifyFolded(original, foldKeepLength(original), options);
}

/**
 * classify() for a caller that already holds the folded text (same length as the original).
 * @example classifyFolded(text, foldKeepLength(text))
 */
export function classifyFolded(text: string, foldedText: string, _options: { lang?: string } = {}): Classification {
  const original = text.slice(0, MAX_CLASSIFY_CHARS);
  return classifyHits(termHits(foldedText), (h) => original.slice(h.index, h.index + h.length), { textLength: original.length });
}

/**
 * The taxonomy terms in a folded text (its first MAX_CLASSIFY_CHARS), in reading order: a
 * page's hits can then be reused for each of its parts (lib/extract classifies every event).
 * @example termHits(foldKeepLength('Job fair for refugees')).length // 2
 */
export function termHits(foldedText: string): TermHit[] {
  const m = matchers();
  const hits = m.all.find(foldedText.slice(0, MAX_CLASSIFY_CHARS));
  const isAngle = (h: TermHit | undefined) => !!h && (m.group.get(h.entry) === 'angle' || !!h.entry.alsoAngle) && h.entry.weight >= 0.5;
  const near = (a: TermHit, b: TermHit) => {
    const [first, second] = a.index < b.index ? [a, b] : [b, a];
    const gap = foldedText.slice(first.index + first.length, second.index);
    return gap.length <= PAIR_GAP && !/[.!?;\n]/.test(gap);
  };
  hits.forEach((h, i) => {
    if (m.group.get(h.entry) !== 'target' || h.entry.weight < 0.7) return;
    const activity = audienceActivity(foldedText, h.index);
    if (activity) [h.audience, h.activity] = [true, activity];
    const [before, after] = [hits[i - 1], hits[i + 1]];
    if ((isAngle(before) && near(before!, h)) || (isAngle(after) && near(h, after!))) h.paired = true;
  });
  return hits;
}

/**
 * The classification of a set of term hits; `wordsOf` gives the words as written, for the reasons.
 * @example classifyHits(termHits(folded), (h) => text.slice(h.index, h.index + h.length)).relevant
 */
export function classifyHits(hits: TermHit[], wordsOf: (hit: TermHit) => string, extra: { headlineHits?: readonly TermHit[]; textLength?: number } = {}): Classification {
  const m = matchers();
  // (Cultural diversity names residents of many origins, unless pupils or partners from abroad are who is meant:
  // an exchange, a twinning, an Erasmus+ meeting.)
  const exchange = hits.some((h) => m.group.get(h.entry) === 'exchange');
  const targetHits = hits.filter((h) => (m.group.get(h.entry) === 'target' || h.entry.alsoTarget) && !(exchange && h.entry.abroad));
  const angleHits = hits.filter((h) => m.group.get(h.entry) === 'angle' || h.entry.alsoAngle);
  const target = tally(targetHits, wordsOf, groupWeight);
  const angle = tally(angleHits, wordsOf);
  const legal = tally(hits.filter((h) => m.group.get(h.entry) === 'legal'), wordsOf);
  const core = angleHits.some((h) => h.entry.core);
  // Asylum and protection are not a visa question: a page that speaks of them more than of permits is about refugees.
  const protection = tally(targetHits.filter((h) => h.entry.protection), wordsOf);
  const legalOnly = legal.total >= 1 && !core && protection.total < legal.total;
  // A text that keeps naming the group ("a discussion evening on refugees ... refugees will
  // speak"): they are its subject, whatever the words around them. (A text on another topic
  // names them once in passing.)
  // (Migration alone, "data migration", is not a group of people: one word for people is needed.)
  const subjectWeight = extra.textLength !== undefined && extra.textLength <= SHORT_TEXT ? SHORT_SUBJECT_WEIGHT : SUBJECT_WEIGHT;
  const aboutGroup = targetHits.some((h) => groupWeight(h.entry) >= 0.7) && targetHits.reduce((sum, h) => sum + groupWeight(h.entry), 0) >= subjectWeight;
  // An activity held for the group ("a sewing workshop for migrant women"): they are its audience (audience.ts).
  const forGroup = targetHits.some((h) => h.audience);
  // The group joined to an inclusion word in one phrase ("Migranti e lavoro", "Mujeres migrantes y empleo"), or
  // named in the page's headline ("Ein Abend mit Geflüchteten"): the page is about them.
  const paired = targetHits.some((h) => h.paired);
  const headlined = !!extra.headlineHits?.some((h) => m.group.get(h.entry) === 'target' && h.entry.weight >= 1);
  // A clear target group with an inclusion angle; or migration in general with a strong one. (With integration or
  // inclusion itself as the angle, a less sure word for the group said twice is enough: "newcomers" and their integration.)
  // (Words for the group proper: an intercultural or anti-racist angle is not, alone, migration, nor said five times a group.)
  const proper = targetHits.filter((h) => m.group.get(h.entry) === 'target');
  const named = target.total >= 1 || (core && tally(proper, wordsOf).total >= CORE_GROUP_WEIGHT);
  const migrationNamed = proper.length > 0;
  const relevant = !legalOnly && ((named && angle.total >= 0.8) || (migrationNamed && target.total >= 0.5 && angle.total >= 2.5 && core) || aboutGroup || forGroup || paired || headlined);
  const raw = 0.5 * Math.min(1, target.total / 3) + 0.5 * Math.min(1, angle.total / 4);
  const score = Math.round((relevant ? Math.max(0.5, raw) : Math.min(0.45, raw)) * 100) / 100;
  const kind: ReasonKind =
    relevant ? 'relevant'
    : target.total < 1 ? (target.found.length ? 'passing' : 'none')
    : legalOnly ? 'legal-only'
    : 'no-angle';
  const topics = topicsOf(angleHits);
  // (Relevant for whom an activity is held or for its headline alone: the activity, else the group, is what the reason quotes.)
  const forWhom = targetHits.find((h) => h.activity);
  const angleWords = wordsIn(angle).length ? wordsIn(angle)
    : forWhom ? [wordsOf({ ...forWhom, index: forWhom.activity!.index, length: forWhom.activity!.length })]
    : wordsIn(target).slice(0, 1);
  const why: RelevanceReason = {
    kind,
    who: kind === 'none' ? [] : wordsIn(target),
    angle: kind === 'relevant' ? angleWords : [],
    legal: kind === 'legal-only' ? wordsIn(legal) : [],
    topics,
  };
  return { relevant, score, topics, reasons: [legacyReasonText(why)], why };
}
