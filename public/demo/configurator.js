// The configurator: every change rebuilds the snippet and updates a real <inclusio-events>
// in the preview, so what partners see is exactly what they will paste.
// A plain ES module (no build step, no inline script), so the page runs under a strict CSP.

const FEEDS = [
  { src: '/feed/feed.json', label: 'Inclusion Network Europe (all members)', checked: true },
  { src: '/sources/partners.ics', label: 'Partner calendars (iCalendar)' },
  { src: '/sources/network.json', label: 'Network feed (JSON)' },
  { src: '/sources/event-page.html', label: 'Vienna Welcome Hub (event page)' },
  { src: '/sources/news.rss', label: 'Project news (RSS)' },
];

const TOPICS = [
  ['labour', 'Work and jobs'],
  ['education-skills', 'Education and skills'],
  ['language', 'Language learning'],
  ['social-inclusion', 'Social inclusion'],
  ['rights-anti-discrimination', 'Rights and anti-discrimination'],
  ['capacity-building', 'Training for practitioners'],
  ['policy-funding', 'Policy and funding'],
  ['health', 'Health'],
  ['housing', 'Housing'],
  ['civic-participation', 'Civic participation'],
];

const DEFAULT_ACCENT = '#0a6b58';
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** Builds a labelled checkbox; text goes in through textContent only. */
function checkbox(name, value, label, checked, note) {
  const wrap = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = name;
  input.value = value;
  input.checked = Boolean(checked);
  const text = document.createElement('span');
  text.textContent = label;
  wrap.append(input, text);
  if (note) {
    const small = document.createElement('span');
    small.className = 'url';
    small.textContent = note;
    text.append(document.createElement('br'), small);
  }
  return wrap;
}

for (const feed of FEEDS) $('feeds').append(checkbox('feed', feed.src, feed.label, feed.checked, feed.src));
for (const [id, label] of TOPICS) $('topics').append(checkbox('topic', id, label, false));

/** Absolute form of a feed address, for a snippet pasted on another site. */
function absolute(src) {
  return new URL(src, location.href).href;
}

function checkedValues(name) {
  return [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((el) => /** @type {HTMLInputElement} */ (el).value);
}

/** The widget attributes for the current settings, in a stable order. */
function attributes() {
  const value = (id) => /** @type {HTMLInputElement} */ ($(id)).value.trim();
  /** @type {Array<[string, string]>} */
  const attrs = [['src', checkedValues('feed').map(absolute).join(' ')]];
  const add = (name, v) => v && attrs.push([name, v]);
  add('lang', value('lang'));
  add('topics', checkedValues('topic').join(','));
  add('country', value('country').toUpperCase().split(/[\s,]+/).filter((c) => /^[A-Z]{2}$/.test(c)).join(' '));
  add('mode', value('mode'));
  if (value('view') !== 'list') add('view', value('view'));
  if (value('theme') !== 'auto') add('theme', value('theme'));
  add('past', value('past'));
  const max = Number.parseInt(value('max'), 10);
  if (max > 0) add('max', String(max));
  const accent = value('accent').toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(accent) && accent !== DEFAULT_ACCENT) add('accent', accent);
  return attrs;
}

const escapeAttr = (v) => v.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

// The accent goes in an attribute, not a <style> block: a partner page with a strict
// Content-Security-Policy (no 'unsafe-inline' styles) would drop the block.
function snippetText(attrs) {
  return [
    `<script type="module" src="${absolute('/widget/inclusio.js')}"></script>`,
    `<inclusio-events ${attrs.map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(' ')}></inclusio-events>`,
  ].join('\n');
}

const preview = document.createElement('inclusio-events');

function update() {
  const attrs = attributes();
  // Shown as text, so whatever was typed into the URL field cannot become markup.
  $('snippet').textContent = snippetText(attrs);
  const wanted = new Map(attrs);
  for (const name of preview.getAttributeNames()) if (!wanted.has(name)) preview.removeAttribute(name);
  for (const [name, v] of attrs) if (preview.getAttribute(name) !== v) preview.setAttribute(name, v);
}

/**
 * What the editor needs to know about a feed address before pasting the snippet on their own
 * site: can a page on another origin read it (CORS), does it exist, is it a calendar at all.
 * The configurator runs on another origin than most feeds, so its own fetch is that test.
 */
async function checkFeed(url) {
  let response;
  try {
    response = await fetch(url, { mode: 'cors', cache: 'no-store', credentials: 'omit' });
  } catch {
    // Either the host is unreachable, or it answered without letting other sites read it:
    // an opaque no-cors request tells the two apart.
    try {
      await fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
    } catch {
      return { ok: false, text: `${url} could not be reached. Check the address, or try again when the site is up.` };
    }
    return {
      ok: false,
      text: `The host of ${url} does not let other sites read this feed, so the calendar cannot show it on your page. ` +
        'Ask whoever runs that site to send the feed with the header "Access-Control-Allow-Origin: *" (see the README, "Publish your network\'s feed").',
    };
  }
  if (response.status === 404) return { ok: false, text: `Nothing was found at ${url} (404). Check the address.` };
  if (!response.ok) return { ok: false, text: `${url} answered with an error (HTTP ${response.status}).` };
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type)) {
    const body = await response.text();
    if (!/application\/ld\+json|schema\.org\/Event|itemtype=/i.test(body)) {
      return { ok: false, text: `${url} returned a web page, not a calendar feed. Use the address of the .ics or feed.json file itself.` };
    }
  }
  return { ok: true, text: `${url} can be read from other sites.` };
}

function showCheck(result) {
  const note = $('feed-check');
  note.textContent = result.text;
  note.className = result.ok ? 'hint ok' : 'error';
  note.hidden = false;
}

$('config').addEventListener('input', update);
$('config').addEventListener('change', update);
$('config').addEventListener('submit', (e) => e.preventDefault());

$('feed-add').addEventListener('click', () => {
  const input = /** @type {HTMLInputElement} */ ($('feed-url'));
  const error = $('feed-error');
  let url;
  try {
    url = new URL(input.value.trim());
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    error.textContent = 'Enter a full address starting with https://';
    error.hidden = false;
    input.focus();
    return;
  }
  error.hidden = true;
  if (![...document.querySelectorAll('input[name="feed"]')].some((el) => /** @type {HTMLInputElement} */ (el).value === url.href)) {
    $('feeds').append(checkbox('feed', url.href, url.hostname, true, url.href));
  }
  input.value = '';
  update();
  $('feed-check').hidden = true;
  void checkFeed(url.href).then(showCheck);
});

$('copy').addEventListener('click', async () => {
  const text = $('snippet').textContent ?? '';
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied. Paste it into your page.';
  } catch {
    // Clipboard refused (permissions, http): select the text so Ctrl+C works.
    const range = document.createRange();
    range.selectNodeContents($('snippet'));
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    status.textContent = 'Press Ctrl+C (or ⌘+C) to copy the selected snippet.';
  }
});

// Attributes first, then into the page: the widget starts with its feeds already set.
update();
$('preview').append(preview);
