import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HEADINGS_ONLY_WARNING } from '@onward/domain';
import { readConfig } from '../src/config/app-config';
import { codeOf, GraphqlClient, GraphqlResponse, reasonOf } from './graphql-client';
import { buildHierarchy, Hierarchy, Persona, PERSONAS } from './hierarchy';
import { startPostingServer, type PostingServer } from './posting-server';
import { IMPORT_POSTING_FROM_URL } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

/** Tests serve pages from 127.0.0.1; this suite's app, and only it, may reach loopback. */
const ALLOW_LOOPBACK = { postingFetch: { allowLoopback: true } };

describe('importing a posting from a link', () => {
  let server: PostingServer;
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    server = await startPostingServer();
    app = await startTestApp({ config: ALLOW_LOOPBACK });
    h = await buildHierarchy(app);
  });
  afterAll(async () => {
    await app.close();
    await server.close();
  });

  const importFrom = (url: string, client: GraphqlClient = h.owner.client) => client.request(IMPORT_POSTING_FROM_URL, { input: { url } });
  const link = (path: string) => `${server.origin}${path}`;
  /** A client of another instance, signed in as the owner (sessions live in the shared database). */
  const ownerOn = (instance: TestApp) => Object.assign(instance.client(), { cookie: h.owner.client.cookie });
  const refusal = (result: GraphqlResponse<unknown>) => ({
    code: codeOf(result),
    reason: reasonOf(result),
    refusal: result.errors?.[0]?.extensions?.refusal,
    sentence: /^[A-Z].{10,}[.!]$/.test(result.errors?.[0]?.message ?? ''),
  });

  it('reads the page into a draft with a suggested level, keeps the link, and saves nothing', async () => {
    const before = (await app.db.query('SELECT count(*)::int AS n FROM interesting_roles'))[0].n;
    const { importPostingFromUrl } = await h.owner.client.ok(IMPORT_POSTING_FROM_URL, { input: { url: link('/job') } });
    expect(importPostingFromUrl).toMatchObject({
      source: 'JSON_LD',
      title: 'Sr. Staff Engineer',
      company: 'Quillmate',
      location: 'Ghent, BE',
      employmentTypes: ['FULL_TIME'],
      description: 'Build the editor.',
      url: link('/job'),
      // "Sr." is read as "Senior": Senior Staff, not Staff.
      suggestedLevelKey: 'IC5',
      warnings: [],
    });
    expect(importPostingFromUrl.fieldsFound).toContain('url');
    expect((await app.db.query('SELECT count(*)::int AS n FROM interesting_roles'))[0].n).toBe(before);
  });

  it('says who is asking, asks for HTML, and sends no cookie', async () => {
    await h.owner.client.ok(IMPORT_POSTING_FROM_URL, { input: { url: link('/job?from=headers') } });
    const request = server.seen.find((r) => r.path === '/job?from=headers');
    expect(request?.headers['user-agent']).toMatch(/^Onward\/1\.0 \(/);
    expect(request?.headers.accept).toMatch(/^text\/html/);
    expect(request?.headers.host).toBe(`127.0.0.1:${server.port}`);
    expect(request?.headers.cookie).toBeUndefined();
  });

  it('follows a relative redirect and up to three, and keeps no cookie one of them set', async () => {
    expect((await h.owner.client.ok(IMPORT_POSTING_FROM_URL, { input: { url: link('/relative') } })).importPostingFromUrl).toMatchObject({
      title: 'Sr. Staff Engineer',
      url: link('/job'),
    });
    expect((await h.owner.client.ok(IMPORT_POSTING_FROM_URL, { input: { url: link('/chain/3') } })).importPostingFromUrl.title).toBe('Sr. Staff Engineer');
    expect((await h.owner.client.ok(IMPORT_POSTING_FROM_URL, { input: { url: link('/set-cookie') } })).importPostingFromUrl.title).toBe('No cookie');
  });

  it('reads compressed pages and the declared character set', async () => {
    expect((await h.owner.client.ok(IMPORT_POSTING_FROM_URL, { input: { url: link('/gzip') } })).importPostingFromUrl.title).toBe('Sr. Staff Engineer');
    const { importPostingFromUrl } = await h.owner.client.ok(IMPORT_POSTING_FROM_URL, { input: { url: link('/latin1') } });
    expect(importPostingFromUrl).toMatchObject({ source: 'HTML_HEADINGS', title: 'Ingénieur Données', company: 'Brasserie Lumière' });
  });

  it('warns when only the page’s headings could be read, and says so in `source`', async () => {
    const { importPostingFromUrl } = await h.owner.client.ok(IMPORT_POSTING_FROM_URL, { input: { url: link('/headings') } });
    expect(importPostingFromUrl).toMatchObject({ source: 'HTML_HEADINGS', title: 'Platform Engineer', company: 'Quillmate', warnings: [HEADINGS_ONLY_WARNING] });
  });

  it.each([
    ['an ftp link', 'ftp://127.0.0.1/job', 'SCHEME_NOT_ALLOWED'],
    ['a file link', 'file:///etc/passwd', 'SCHEME_NOT_ALLOWED'],
    ['a javascript link', 'javascript:alert(1)', 'SCHEME_NOT_ALLOWED'],
    ['text that is not a link', 'the Acme posting', 'NOT_A_URL'],
    ['a link with a password', 'http://admin:secret@127.0.0.1/job', 'CREDENTIALS_NOT_ALLOWED'],
    ['a private address', 'http://10.0.0.7/', 'ADDRESS_NOT_ALLOWED'],
    ['a 192.168 address', 'http://192.168.1.1/', 'ADDRESS_NOT_ALLOWED'],
    ['a 172.16/12 address', 'http://172.20.0.1:8080/', 'ADDRESS_NOT_ALLOWED'],
    ['a carrier-grade NAT address', 'http://100.64.0.1/', 'ADDRESS_NOT_ALLOWED'],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data/', 'ADDRESS_NOT_ALLOWED'],
    ['a link-local address', 'http://169.254.10.1/', 'ADDRESS_NOT_ALLOWED'],
    ['AWS’s IPv6 metadata address', 'http://[fd00:ec2::254]/', 'ADDRESS_NOT_ALLOWED'],
    ['a unique-local IPv6 address', 'http://[fc00::1]/', 'ADDRESS_NOT_ALLOWED'],
    ['an IPv6 link-local address', 'http://[fe80::1]/', 'ADDRESS_NOT_ALLOWED'],
    ['an IPv4-mapped private address', 'http://[::ffff:10.0.0.7]/', 'ADDRESS_NOT_ALLOWED'],
    ['the unspecified address', 'http://0.0.0.0/', 'ADDRESS_NOT_ALLOWED'],
    ['a multicast address', 'http://224.0.0.1/', 'ADDRESS_NOT_ALLOWED'],
    ['a private address written as a number', 'http://167772167/', 'ADDRESS_NOT_ALLOWED'],
  ])('refuses %s without connecting: URL_NOT_ALLOWED (%s)', async (_, url, why) => {
    const seen = server.seen.length;
    expect(refusal(await importFrom(url))).toEqual({ code: 'BAD_USER_INPUT', reason: 'URL_NOT_ALLOWED', refusal: why, sentence: true });
    expect(server.seen.length).toBe(seen);
  });

  it.each([
    ['a redirect to a private address', '/to-private', 'URL_NOT_ALLOWED', 'ADDRESS_NOT_ALLOWED'],
    ['a redirect to the metadata address', '/to-metadata', 'URL_NOT_ALLOWED', 'ADDRESS_NOT_ALLOWED'],
    ['a redirect to a file', '/to-file', 'URL_NOT_ALLOWED', 'SCHEME_NOT_ALLOWED'],
    ['a fourth redirect', '/chain/4', 'TOO_MANY_REDIRECTS', undefined],
    ['a page over 2 MB, streamed', '/big', 'TOO_LARGE', undefined],
    ['a page declaring over 2 MB', '/big-declared', 'TOO_LARGE', undefined],
    ['a page over 2 MB once decompressed', '/gzip-bomb', 'TOO_LARGE', undefined],
    ['a PDF', '/pdf', 'NOT_HTML', undefined],
    ['JSON', '/json', 'NOT_HTML', undefined],
    ['a 404', '/missing', 'FETCH_FAILED', undefined],
    ['a page with nothing to read', '/nothing', 'POSTING_UNUSABLE', undefined],
  ])('refuses %s: %s', async (_, path, reason, why) => {
    expect(refusal(await importFrom(link(path)))).toEqual({ code: 'BAD_USER_INPUT', reason, refusal: why, sentence: true });
  });

  it('follows a redirect only after checking where it leads: the private address is never asked', async () => {
    const before = server.seen.length;
    await importFrom(link('/to-private'));
    expect(server.seen.slice(before).map((r) => r.path)).toEqual(['/to-private']);
  });

  it('says so when nothing answers', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await importFrom(`http://127.0.0.1:${port}/job`);
    expect([codeOf(result), reasonOf(result), result.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', 'FETCH_FAILED', 'The site refused the connection.']);
  });

  it('gives up on a page that is too slow', async () => {
    const impatient = await app.sibling({ config: { postingFetch: { allowLoopback: true, timeoutMs: 300 } } });
    try {
      expect(refusal(await importFrom(link('/slow'), ownerOn(impatient)))).toEqual({ code: 'BAD_USER_INPUT', reason: 'TIMEOUT', refusal: undefined, sentence: true });
    } finally {
      await impatient.close();
    }
  });

  it('refuses loopback, by address and by name, where the test-only setting is off (as everywhere but here)', async () => {
    const strict = await app.sibling({ config: { postingFetch: { ...readConfig({}).postingFetch } } });
    const seen = server.seen.length;
    try {
      for (const url of [link('/job'), `http://localhost:${server.port}/job`, `http://[::1]:${server.port}/job`, `http://[::ffff:127.0.0.1]:${server.port}/job`]) {
        expect([url, refusal(await importFrom(url, ownerOn(strict)))]).toEqual([url, { code: 'BAD_USER_INPUT', reason: 'URL_NOT_ALLOWED', refusal: 'ADDRESS_NOT_ALLOWED', sentence: true }]);
      }
    } finally {
      await strict.close();
    }
    expect(server.seen.length).toBe(seen);
  });

  it('never takes the loopback setting from the environment', () => {
    const env = { ONWARD_POSTING_FETCH_ALLOW_LOOPBACK: 'true', POSTING_FETCH_ALLOW_LOOPBACK: 'true' };
    expect(readConfig(env).postingFetch).toEqual({ allowLoopback: false });
  });

  describe('who may call it', () => {
    const expected: Record<Persona, string> = {
      OWNER: 'OK', MANAGER: 'OK', FORMER_MANAGER: 'OK', SKIP_LEVEL: 'OK', PEER: 'OK', ADMIN: 'OK', OTHER_ORG: 'OK', ANONYMOUS: 'UNAUTHENTICATED',
    };
    it.each(PERSONAS.map((persona) => [persona, expected[persona]] as const))('importPostingFromUrl as %s → %s', async (persona, outcome) => {
      const path = `/job?persona=${persona}`;
      expect(codeOf(await importFrom(link(path), h.clients[persona]))).toBe(outcome);
      // A refused caller makes the server fetch nothing.
      expect(server.seen.some((r) => r.path === path)).toBe(outcome === 'OK');
    });
  });
});
