// The store build's directory of suggested sources may only point at public sites: no
// loopback, private network or example.* host (those belong to the demo and the tests).
const PRIVATE_HOST = /^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|0\.0\.0\.0|\[?::1\]?|\[?f[cd][0-9a-f]{2}:)/i;
const EXAMPLE_HOST = /(^|\.)(example\.(com|org|net|edu)|example|test|invalid|localhost|local)$/i;

/** The reason a URL may not be suggested by a store build, or undefined when it may. */
export function nonPublicReason(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  const host = parsed.hostname;
  if (PRIVATE_HOST.test(host)) return 'loopback or private address';
  if (EXAMPLE_HOST.test(host) || /(^|\.)example\./i.test(host)) return 'example or reserved name';
  if (parsed.protocol !== 'https:') return 'not https';
  return undefined;
}

/** Throws, naming every offending source, when the directory is not fit for a store build. */
export function assertPublicDirectory(directory) {
  const problems = [];
  if (directory.base) problems.push(`base ${directory.base}: a store directory lists full addresses`);
  for (const source of directory.sources ?? []) {
    let url = String(source.url);
    try {
      url = new URL(url, directory.base).href;
    } catch {
      // left as written: nonPublicReason says it is not a URL
    }
    const reason = nonPublicReason(url);
    if (reason) problems.push(`${source.name}: ${source.url} (${reason})`);
    if (!source.seen) problems.push(`${source.name}: says nowhere where it was seen`);
  }
  if (problems.length) throw new Error(`public/directory.json is not fit for a store build:\n  ${problems.join('\n  ')}`);
}
