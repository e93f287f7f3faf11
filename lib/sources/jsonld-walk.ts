/**
 * Finding schema.org Event nodes in JSON-LD as sites publish it: one object, an array,
 * `@graph`, events nested in pages, lists or series, types written with or without prefixes.
 */

export type Node = Record<string, unknown>;

const EVENT_TYPES = new Set([
  'Event', 'BusinessEvent', 'ChildrensEvent', 'ComedyEvent', 'CourseInstance', 'DanceEvent', 'DeliveryEvent',
  'EducationEvent', 'EventSeries', 'ExhibitionEvent', 'Festival', 'FoodEvent', 'Hackathon', 'LiteraryEvent',
  'MusicEvent', 'PublicationEvent', 'BroadcastEvent', 'OnDemandEvent', 'SaleEvent', 'ScreeningEvent',
  'SocialEvent', 'SportsEvent', 'TheaterEvent', 'VisualArtsEvent',
]);

export const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The local names of a node's types.
 * @example typesOf({ '@type': ['https://schema.org/SocialEvent', 'schema:Thing'] }) // ['SocialEvent', 'Thing']
 */
export function typesOf(node: Node): string[] {
  const raw = node['@type'] ?? node.type;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''));
}

/**
 * True for schema.org Event and its subtypes.
 * @example isEventNode({ '@type': 'EducationEvent' }) // true
 */
export function isEventNode(node: Node): boolean {
  return typesOf(node).some((t) => EVENT_TYPES.has(t));
}

/**
 * Every Event node reachable from a JSON-LD value, each once, parents before their sub-events.
 * @example collectEvents({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'EducationEvent', name: 'x' }] }).length // 1
 */
export function collectEvents(data: unknown, limit = 5_000): Node[] {
  const found: Node[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 12 || found.length >= limit || value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as Node;
    if (isEventNode(node)) found.push(node);
    for (const [key, child] of Object.entries(node)) {
      // Places, offers and people never hold the page's events; skipping them saves work.
      if (key === 'location' || key === 'offers' || key === 'organizer' || key === 'performer' || key === 'address') continue;
      if (typeof child === 'object') visit(child, depth + 1);
    }
  };
  visit(data, 0);
  return found;
}

/**
 * Text of a JSON-LD value: a string, a number, `{ "@value": ... }`, or the first of a list.
 * @example textOf([{ '@value': 'Atelier' }]) // 'Atelier'
 */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item);
      if (text) return text;
    }
    return undefined;
  }
  if (isNode(value)) return textOf(value['@value'] ?? value.name ?? value['@id']);
  return undefined;
}

/**
 * A value as a list of nodes (strings become `{ name }`).
 * @example nodesOf('Gent') // [{ name: 'Gent' }]
 */
export function nodesOf(value: unknown): Node[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.flatMap((v) => (isNode(v) ? [v] : typeof v === 'string' && v.trim() ? [{ name: v }] : []));
}

/**
 * The local name of an enumeration value.
 * @example enumName('https://schema.org/EventCancelled') // 'EventCancelled'
 */
export function enumName(value: unknown): string | undefined {
  const text = textOf(value);
  return text?.replace(/^.*[/#:]/, '');
}
