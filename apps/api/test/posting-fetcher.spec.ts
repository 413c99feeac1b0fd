import { PostingFetcher } from '../src/posting-fetch/posting-fetcher.service';
import type { HostResolver } from '../src/posting-fetch/host-resolver';
import { startPostingServer, type PostingServer } from './posting-server';

/** A resolver that answers from a script, one answer per call, and counts the calls. */
function scriptedResolver(...answers: Array<string[] | Error | 'never'>): HostResolver & { calls: string[] } {
  const calls: string[] = [];
  const resolver = async (hostname: string) => {
    calls.push(hostname);
    const answer = answers[Math.min(calls.length, answers.length) - 1];
    if (answer === 'never') return new Promise<string[]>(() => undefined);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return Object.assign(resolver, { calls });
}

const refusalOf = async (work: Promise<unknown>) => {
  try {
    await work;
    return 'FETCHED';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

/**
 * The fetch guard with a resolver the test controls: the part of SSRF protection a local server alone
 * cannot show, that the name is resolved once per hop and the connection goes to the checked address.
 */
describe('PostingFetcher and DNS', () => {
  let server: PostingServer;
  beforeAll(async () => {
    server = await startPostingServer();
  });
  afterAll(() => server.close());

  const fetcher = (resolver: HostResolver, timeoutMs?: number) => new PostingFetcher({ postingFetch: { allowLoopback: true, timeoutMs } }, resolver);
  const at = (path: string) => `http://jobs.rebind.test:${server.port}${path}`;

  it('connects to the address it checked and sends the name only as the Host header', async () => {
    const resolver = scriptedResolver(['127.0.0.1']);
    const page = await fetcher(resolver).fetchPage(at('/job?pinned'));
    expect(page.html).toContain('Sr. Staff Engineer');
    expect(resolver.calls).toEqual(['jobs.rebind.test']);
    expect(server.seen.find((r) => r.path === '/job?pinned')?.headers.host).toBe(`jobs.rebind.test:${server.port}`);
  });

  it('resolves again on a redirect and refuses when the name now leads inside (DNS rebinding)', async () => {
    const resolver = scriptedResolver(['127.0.0.1'], ['10.0.0.7']);
    const before = server.seen.length;
    expect(await refusalOf(fetcher(resolver).fetchPage(at('/relative')))).toBe('URL_NOT_ALLOWED');
    expect(resolver.calls).toEqual(['jobs.rebind.test', 'jobs.rebind.test']);
    // The first hop reached the server; the second never connected anywhere.
    expect(server.seen.slice(before).map((r) => r.path)).toEqual(['/relative']);
  });

  it('refuses a name that resolves to a public and a private address alike', async () => {
    expect(await refusalOf(fetcher(scriptedResolver(['127.0.0.1', '192.168.0.10'])).fetchPage(at('/job')))).toBe('URL_NOT_ALLOWED');
  });

  it('refuses a name that resolves to nothing', async () => {
    expect(await refusalOf(fetcher(scriptedResolver([])).fetchPage(at('/job')))).toBe('URL_NOT_ALLOWED');
  });

  it('says the site was not found when the name does not resolve', async () => {
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND jobs.rebind.test'), { code: 'ENOTFOUND' });
    await expect(fetcher(scriptedResolver(notFound)).fetchPage(at('/job'))).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: 'No site answers to that name. Check the link.',
    });
  });

  it('counts a resolver that never answers against the time limit', async () => {
    expect(await refusalOf(fetcher(scriptedResolver('never'), 200).fetchPage(at('/job')))).toBe('TIMEOUT');
  });

  it('does not ask the resolver about an address written in the link', async () => {
    const resolver = scriptedResolver(['10.0.0.7']);
    expect((await fetcher(resolver).fetchPage(`${server.origin}/job`)).url).toBe(`${server.origin}/job`);
    expect(resolver.calls).toEqual([]);
  });
});
