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

/** Deeper JSON-LD is not data a site means: schema.org graphs are a handful of levels deep. */
export const MAX_JSON_DEPTH = 32;

/**
 * Cuts values nested deeper than `max` (they become null), without recursion, so later walks
 * cannot overflow the stack; true when something was cut.
 * @example limitDepth({ name: { name: { name: 'x' } } }, 2) // true; the value is now { name: { name: null } }
 */
export function limitDepth(data: unknown, max = MAX_JSON_DEPTH): boolean {
  let cut = false;
  const stack: Array<[Record<string, unknown> | unknown[], number]> = [];
  if (typeof data === 'object' && data !== null) stack.push([data as Record<string, unknown>, 1]);
  while (stack.length > 0) {
    const [container, depth] = stack.pop() as [Record<string, unknown>, number];
    for (const key of Object.keys(container)) {
      const child = container[key];
      if (typeof child !== 'object' || child === null) continue;
      if (depth >= max) {
        container[key] = null;
        cut = true;
      } else stack.push([child as Record<string, unknown>, depth + 1]);
    }
  }
  return cut;
}

/**
 * Event nodes reachable from a JSON-LD value, each once, parents before their sub-events, at
 * most `limit` of them; `more` says some were left out.
 * @example collectEvents({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'EducationEvent', name: 'x' }] }).nodes.length // 1
 */
export function collectEvents(data: unknown, limit = 5_000): { nodes: Node[]; more: boolean } {
  const found: Node[] = [];
  let more = false;
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 12 || more || value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as Node;
    if (isEventNode(node)) {
      if (found.length >= limit) {
        more = true;
        return;
      }
      found.push(node);
    }
    for (const [key, child] of Object.entries(node)) {
      // Places, offers and people never hold the page's events; skipping them saves work.
      if (key === 'location' || key === 'offers' || key === 'organizer' || key === 'performer' || key === 'address') continue;
      if (typeof child === 'object') visit(child, depth + 1);
    }
  };
  visit(data, 0);
  return { nodes: found, more };
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
