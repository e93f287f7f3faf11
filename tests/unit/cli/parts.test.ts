import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readArgs } from '../../../lib/cli/args.ts';
import { forTerminal } from '../../../lib/cli/terminal.ts';
import { hostOf, inPool } from '../../../lib/cli/pool.ts';
import { expectedFormat, suspectAnswer } from '../../../lib/cli/suspect-answer.ts';
import { writeFilesAtomically } from '../../../lib/cli/atomic-write.ts';
import { readSourcesFile } from '../../../lib/cli/sources-file.ts';
import { ParseError, UsageError, ValidationError } from '../../../lib/model/errors.ts';
import { renderTemplate } from '../../../scripts/demo-sources.mjs';

describe('readArgs (util.parseArgs)', () => {
  it.each([
    [['build', 's.json', '--out', 'dist'], ['build', 's.json'], { out: 'dist' }],
    [['build', '--out=dist', 's.json', '--debug'], ['build', 's.json'], { out: 'dist', debug: true }],
    [['extract', 'a b.txt', '--published', '2021-03-19', '--url', 'https://x.example/p'], ['extract', 'a b.txt'], { published: '2021-03-19', url: 'https://x.example/p' }],
    [['-h'], [], { help: true }],
  ])('%j', (argv, positionals, values) => {
    const parsed = readArgs(argv);
    expect(parsed.positionals).toEqual(positionals);
    expect(parsed.values).toEqual(values);
  });
  it.each([
    [['--out'], '--out needs a value'],
    [['--out='], '--out needs a value'],
    [['--verbose'], 'Unknown option --verbose'],
    [['-x'], 'Unknown option -x'],
    [['--debug=yes'], '--debug takes no value'],
  ])('%j fails with a usage error', (argv, message) => {
    expect(() => readArgs(argv)).toThrow(UsageError);
    expect(() => readArgs(argv)).toThrow(message);
  });
});

describe('forTerminal', () => {
  it.each([
    ['Partner\u001b]0;pwned\u0007 failed\n', 'Partner]0;pwned failed\n'],
    ['\u001b[2J\u001b[31mred\u009b\r', '[2J[31mred'],
    ['tab\tand line\n', 'tab\tand line\n'],
  ])('%j', (input, expected) => expect(forTerminal(input)).toBe(expected));
});

describe('readSourcesFile', () => {
  it('reads a valid list', () => {
    const list = readSourcesFile('{"title":"N","publicUrl":"https://n.example/e/","sources":[{"url":"a.ics","format":"ics"},{"url":"https://b.example/f.json","name":"B"}]}');
    expect(list.sources).toHaveLength(2);
  });
  it('throws ParseError on broken JSON', () => expect(() => readSourcesFile('{')).toThrow(ParseError));
  it.each([
    ['[]', ['(root)', 'title', 'sources']],
    ['{"title":"x","sources":[]}', ['sources']],
    ['{"title":"x","publicUrl":"ftp://x","sources":[{"url":"a"}]}', ['publicUrl']],
    ['{"title":"x","sources":[{"url":"javascript://x"},{"url":"a","name":3,"format":"xml"}]}', ['sources[0].url', 'sources[1].name', 'sources[1].format']],
  ])('%s -> problems at %j', (text, paths) => {
    try {
      readSourcesFile(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).problems.map((p) => p.path)).toEqual(paths);
    }
  });
});

describe('writeFilesAtomically', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const temp = () => {
    const d = mkdtempSync(join(tmpdir(), 'inclusio-atomic-'));
    dirs.push(d);
    return d;
  };

  it('writes every file, prunes stale topic files and leaves no staging folder', async () => {
    const out = temp();
    mkdirSync(join(out, 'topics'));
    writeFileSync(join(out, 'topics', 'housing.ics'), 'old');
    writeFileSync(join(out, 'keep.txt'), 'mine');
    await writeFilesAtomically(out, { 'feed.json': '{}', 'topics/labour.ics': 'L' }, ['topics']);
    expect(readFileSync(join(out, 'feed.json'), 'utf8')).toBe('{}');
    expect(readdirSync(join(out, 'topics'))).toEqual(['labour.ics']);
    expect(readdirSync(out).sort()).toEqual(['feed.json', 'keep.txt', 'topics']);
  });

  it('leaves the previous files whole when a write fails', async () => {
    const out = temp();
    writeFileSync(join(out, 'feed.json'), 'previous');
    // a path that cannot be created (a file stands where a folder must go) makes the run fail midway
    await expect(writeFilesAtomically(out, { 'feed.json': 'new', 'feed.json/oops.ics': 'x' })).rejects.toThrow();
    expect(readFileSync(join(out, 'feed.json'), 'utf8')).toBe('previous');
    expect(readdirSync(out)).toEqual(['feed.json']);
  });
});

describe('writeFilesAtomically: a file given as pieces', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  // Pieces are encoded into a buffer that is written when full: multi-byte characters at every
  // offset, pieces that fill it exactly or overflow it, and pieces bigger than it must all come
  // out as the joined text.
  it.each([
    ['many small pieces, 1 to 4 bytes a character', () => Array.from({ length: 40_000 }, (_, i) => `${i} é ع 😀 ${'x'.repeat(i % 7)}\n`)],
    ['pieces around the buffer size', () => ['a'.repeat(87_000), 'é'.repeat(87_381), 'b'.repeat(262_144), 'c', '😀'.repeat(50_000), 'd'.repeat(3)]],
    ['one piece far bigger than the buffer, between small ones', () => ['head\n', 'ع'.repeat(400_000), '\ntail']],
    ['no pieces', () => []],
  ])('%s', async (_name, pieces) => {
    const out = mkdtempSync(join(tmpdir(), 'inclusio-pieces-'));
    dirs.push(out);
    await writeFilesAtomically(out, { 'feed.ics': () => pieces()[Symbol.iterator]() });
    expect(readFileSync(join(out, 'feed.ics'), 'utf8')).toBe(pieces().join(''));
  });
});

describe('writeFilesAtomically: never follows links in the output folder', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const temp = () => {
    const d = mkdtempSync(join(tmpdir(), 'inclusio-links-'));
    dirs.push(d);
    return d;
  };
  const tree = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: false }).map(String).sort();

  it('replaces a topics symlink by a folder: nothing outside is written or deleted', async () => {
    const out = temp();
    const outside = temp();
    writeFileSync(join(outside, 'precious.txt'), 'mine');
    writeFileSync(join(outside, 'housing.ics'), 'theirs');
    symlinkSync(outside, join(out, 'topics'));
    await writeFilesAtomically(out, { 'feed.json': '{}', 'topics/labour.ics': 'L' }, ['topics']);
    expect(tree(outside)).toEqual(['housing.ics', 'precious.txt']);
    expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('mine');
    expect(lstatSync(join(out, 'topics')).isDirectory()).toBe(true);
    expect(readdirSync(join(out, 'topics'))).toEqual(['labour.ics']);
  });

  it('replaces a file symlink instead of writing through it', async () => {
    const out = temp();
    const outside = temp();
    writeFileSync(join(outside, 'target.json'), 'theirs');
    symlinkSync(join(outside, 'target.json'), join(out, 'feed.json'));
    await writeFilesAtomically(out, { 'feed.json': '{}' });
    expect(readFileSync(join(outside, 'target.json'), 'utf8')).toBe('theirs');
    expect(lstatSync(join(out, 'feed.json')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(out, 'feed.json'), 'utf8')).toBe('{}');
  });

  it('removes staging folders of runs that ended, and links posing as one, not what they point to', async () => {
    const out = temp();
    const outside = temp();
    writeFileSync(join(outside, 'precious.txt'), 'mine');
    mkdirSync(join(out, '.inclusio-staging-999999999-dead'));
    writeFileSync(join(out, '.inclusio-staging-999999999-dead', 'feed.json'), 'half');
    mkdirSync(join(out, '.inclusio-staging-old'));
    utimesSync(join(out, '.inclusio-staging-old'), new Date('2020-01-01'), new Date('2020-01-01'));
    mkdirSync(join(out, `.inclusio-staging-${process.pid}-running`));
    symlinkSync(outside, join(out, '.inclusio-staging-1-link'));
    await writeFilesAtomically(out, { 'feed.json': '{}' });
    expect(readdirSync(out).sort()).toEqual([`.inclusio-staging-${process.pid}-running`, 'feed.json']);
    expect(tree(outside)).toEqual(['precious.txt']);
  });
});

describe('demo source templates', () => {
  it.each([
    ['{{date+10}}', '2026-12-02'],
    ['{{ics-22}}', '20261031'],
    ['{{en+40}}', '1 January 2027'],
    ['{{fr+9}}', '1er décembre 2026'],
    ['{{de+0}}', '22. November 2026'],
    ['{{rfc822-1}}', 'Sat, 21 Nov 2026 08:00:00 GMT'],
  ])('%s', (token, expected) => {
    expect(renderTemplate(token, new Date(Date.UTC(2026, 10, 22)))).toBe(expected);
  });
});

describe('suspectAnswer', () => {
  const page = (title: string, body = '') => `<!DOCTYPE html><html><head><title>${title}</title></head><body><nav><a href="/login">Log in</a></nav>${body}</body></html>`;
  it.each([
    ['a page where a calendar is expected', page('Partner'), 'ics' as const, 5, undefined, /HTML page \("Partner"\) where a calendar was expected/],
    ['a page where a feed is expected', page('Sign in'), 'json' as const, 0, undefined, /where a feed was expected/],
    ['an error page that empties a page source', page('404 Not Found'), 'html' as const, 5, 0, /no events from what looks like an error page \("404 Not Found"\); it gave 5 before/],
    ['a French error page', page('Erreur : page introuvable'), undefined, 3, 0, /error page/],
    ['an empty answer that empties a source', '', 'html' as const, 3, 0, /error page/],
    ['a page with no events left, a login link in its menu', page('Our events'), 'html' as const, 5, 0, undefined],
    ['an error page for a source that never had events', page('Error'), 'html' as const, 0, 0, undefined],
    ['a calendar with no events', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR', 'ics' as const, 5, 0, undefined],
    ['RSS with a DOCTYPE is not a page', '<?xml version="1.0"?><!DOCTYPE rss><rss><channel></channel></rss>', 'rss' as const, 0, undefined, undefined],
  ])('%s', (_name, text, expected, before, now, message) => {
    const reason = suspectAnswer(text, expected, before, now);
    if (message) expect(reason).toMatch(message);
    else expect(reason).toBeUndefined();
  });
  it.each([
    ['https://x.example/cal.ics', undefined, undefined, 'ics'],
    ['https://x.example/feed.json', undefined, undefined, 'json'],
    ['https://x.example/events/', undefined, undefined, undefined],
    ['https://x.example/events/', undefined, 'rss', 'rss'],
    ['https://x.example/cal.ics', 'html', 'ics', 'html'],
  ] as const)('expectedFormat(%s, %s, %s) = %s', (url, declared, previous, expected) => {
    expect(expectedFormat(url, declared, previous)).toBe(expected);
  });
});

describe('inPool', () => {
  it('never runs more than the bounds, overall and per host, and keeps the order of results', async () => {
    const refs = Array.from({ length: 40 }, (_, i) => (i % 5 === 4 ? `file-${i}.ics` : `https://h${i % 2}.example/${i}`));
    let running = 0;
    let peak = 0;
    const perHost = new Map<string, number>();
    let peakHost = 0;
    const results = await inPool(refs, (r) => r, { overall: 5, perHost: 2 }, async (ref, i) => {
      const host = hostOf(ref);
      running++;
      perHost.set(host, (perHost.get(host) ?? 0) + 1);
      peak = Math.max(peak, running);
      if (host) peakHost = Math.max(peakHost, perHost.get(host)!);
      await new Promise((r) => setTimeout(r, 1 + (i % 3)));
      running--;
      perHost.set(host, perHost.get(host)! - 1);
      return i;
    });
    expect(results).toEqual(refs.map((_, i) => i));
    expect(peak).toBe(5);
    expect(peakHost).toBe(2);
  });
});
