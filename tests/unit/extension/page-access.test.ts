import { describe, expect, it } from 'vitest';
import { pageAccess } from '../../../entrypoints/shared/page-access.ts';

describe('pageAccess: why a tab could not be read', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['view-source:https://example.org/', 'browser-page'],
    ['moz-extension://0f1e/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'browser-page'],
    ['https://addons.mozilla.org/fr/firefox/addon/x/', 'browser-page'],
    ['file:///home/ana/Downloads/agenda.html', 'file'],
    ['FILE:///C:/Users/ana/agenda.html', 'file'],
    ['https://www.city.example/news/language-cafe', 'failed'],
    ['http://127.0.0.1:8080/post.html', 'failed'],
    // a look-alike of a store on another host is an ordinary site
    ['https://addons.mozilla.org.example.net/', 'failed'],
    [undefined, 'no-access'],
    ['', 'no-access'],
  ])('%s -> %s', (url, why) => {
    expect(pageAccess(url)).toBe(why);
  });
});
