import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFeed } from '../../../lib/model/feed.ts';
import { followSource } from '../../../entrypoints/shared/follow.ts';
import { readSettings } from '../../../entrypoints/shared/storage.ts';
import { startServer, type TestServer } from '../../support/http-server.ts';
import { labourWebinarBE } from '../../fixtures/extension/events.ts';
import { installFakePermissions, type FakePermissions } from './support/fake-permissions.ts';

let server: TestServer;
let permissions: FakePermissions;

beforeAll(async () => {
  server = await startServer();
  server.serve('/feed.json', JSON.stringify(createFeed('Welcome network', [labourWebinarBE], new Date('2026-11-22T10:00:00Z'))), 'application/json');
});
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  permissions = installFakePermissions();
  server.requests.length = 0;
});

const sources = async () => (await readSettings()).sources;

describe('followSource', () => {
  it('asks access to that one site, then adds the source with the name given', async () => {
    const result = await followSource({ url: server.url('/feed.json'), name: 'Welcome Gent' }, []);
    expect(permissions.requests).toEqual([['http://127.0.0.1/*']]);
    expect(result).toMatchObject({ kind: 'added', name: 'Welcome Gent', check: { eventCount: 1 } });
    expect(await sources()).toEqual([{ url: server.url('/feed.json'), name: 'Welcome Gent', enabled: true }]);
  });

  it('without a name, takes the feed title', async () => {
    const result = await followSource({ url: server.url('/feed.json') }, []);
    expect(result).toMatchObject({ kind: 'added', name: 'Welcome network' });
  });

  it.each([false, true])('refused access adds nothing (written first: %s)', async (writeFirst) => {
    permissions.answer = false;
    const result = await followSource({ url: server.url('/feed.json'), name: 'X' }, [], { writeFirst });
    expect(result).toEqual({ kind: 'denied', host: '127.0.0.1' });
    expect(await sources()).toEqual([]);
    expect(server.requests.filter((r) => r.path === '/feed.json')).toHaveLength(0);
  });

  it('a source that cannot be read yet is kept with the reason, unless it was typed by hand', async () => {
    const kept = await followSource({ url: server.url('/missing.ics'), name: 'Later' }, []);
    expect(kept).toMatchObject({ kind: 'added', name: 'Later', check: { error: expect.stringMatching(/404/) } });
    expect((await sources()).map((s) => s.name)).toEqual(['Later']);
    await expect(followSource({ url: server.url('/missing2.ics') }, await sources(), { mustRead: true })).rejects.toThrow(/404/);
    expect((await sources()).map((s) => s.name)).toEqual(['Later']);
  });

  it.each([
    ['javascript:alert(1)', { kind: 'not-http' }],
    ['ftp://files.example.org/x.ics', { kind: 'not-http' }],
  ])('%s is refused without asking anything', async (url, result) => {
    expect(await followSource({ url }, [])).toEqual(result);
    expect(permissions.requests).toEqual([]);
  });

  it('an address already followed is not asked again', async () => {
    const known = [{ url: server.url('/feed.json'), name: 'A', enabled: true }];
    expect(await followSource({ url: server.url('/feed.json') }, known)).toEqual({ kind: 'already' });
    expect(permissions.requests).toEqual([]);
  });
});
