/**
 * Which JSON format a text is in, from its first characters: feed v1, JSON-LD, or an answer of
 * The Events Calendar's REST API (WordPress). Kept apart from detect.ts so reading a feed.json
 * loads no markup reader.
 */

/** TEC's routes, as WordPress writes them in JSON (slashes often escaped). */
const TEC_ROUTE_RE = /tribe\\?\/events\\?\/v1/;
/** Event fields only TEC writes (feed v1 says "start" and "allDay"). */
const TEC_FIELD_RE = /"(?:utc_start_date|start_date_details|all_day)"\s*:/;

/**
 * The format of a JSON text, or undefined when the text is not JSON.
 * @example jsonFormat('{"events":[{"id":1,"rest_url":"https:\\/\\/x.org\\/wp-json\\/tribe\\/events\\/v1\\/events\\/1"}]}') // 'tec'
 */
export function jsonFormat(text: string, url?: string): 'json' | 'jsonld' | 'tec' | undefined {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('{') && !head.startsWith('[')) return undefined;
  if (/^\{\s*"events"\s*:/.test(head) && (TEC_ROUTE_RE.test(head) || TEC_FIELD_RE.test(head) || (url !== undefined && TEC_ROUTE_RE.test(url)))) return 'tec';
  if (/"@context"|"@type"|"@graph"/.test(head) && !/"version"\s*:\s*1\b/.test(head)) return 'jsonld';
  return 'json';
}
