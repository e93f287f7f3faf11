/**
 * Links near an event: where to register, where to join online, where to read more.
 * Only http(s) links are kept.
 */

const URL_RE = /\bhttps?:\/\/[^\s<>"'()\[\]{}]+[^\s<>"'()\[\]{}.,;:!?]/giu;
const REGISTER = /(?:regist|sign[ -]?up|book|inscri|anmeld|iscri|apply|tickets?|eventbrite|forms\.gle|form)/iu;
const ONLINE_ROOM = /(?:zoom\.us|teams\.microsoft|teams\.live|meet\.google|webex\.com|gotomeeting|whereby\.com|jitsi)/iu;

export interface Links {
  registrationUrl?: string;
  onlineUrl?: string;
  url?: string;
}

/**
 * The links of a piece of text, sorted by what they are for.
 * @example findLinks('Register: https://ex.org/form') // { registrationUrl: 'https://ex.org/form' }
 */
export function findLinks(text: string): Links {
  const out: Links = {};
  URL_RE.lastIndex = 0;
  let count = 0;
  for (let m = URL_RE.exec(text); m && count < 20; m = URL_RE.exec(text), count++) {
    const url = m[0];
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (ONLINE_ROOM.test(url)) out.onlineUrl ??= url;
    else if (REGISTER.test(url) || REGISTER.test(before)) out.registrationUrl ??= url;
    else out.url ??= url;
  }
  return out;
}
