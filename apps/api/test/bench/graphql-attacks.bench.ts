/**
 * Times two denial-of-service documents against a test app: a 27-deep `me → directReports → manager …`
 * chain and 500 aliases of `people`, with a small query sent while each is in flight. Not part of the
 * test run (no timed assertions anywhere); run it by hand:
 *
 *   DATABASE_URL=… npx jest -c apps/api/jest.config.ts --testMatch '**\/bench/*.bench.ts'
 *
 * All traffic goes to the test app on 127.0.0.1; every loop is bounded in count and time.
 */
import { signUpOrganization, unique } from '../builders';
import { IMPORT } from '../operations';
import { startTestApp, TestApp } from '../test-app';

const RUNS = 3;
const TIMEOUT_MS = 60_000;

function deepChain(depth: number): string {
  // me → directReports → manager → directReports …: `depth` nested objects (`me` included), each
  // with `id`; the limit counts the leaf fields too, so it finds depth + 1. The admin has two
  // reports, so every second level doubles the response.
  let inner = 'id name';
  for (let level = depth - 1; level >= 1; level--) inner = `${level % 2 === 1 ? 'directReports' : 'manager'} { id ${inner} }`;
  return `query Deep { me { ${inner} } }`;
}

function manyAliases(count: number): string {
  const one = (i: number) => `a${i}: people(first: 100) { totalCount edges { node { id name email title level { key } manager { name } } } }`;
  return `query Aliases { ${Array.from({ length: count }, (_, i) => one(i)).join(' ')} }`;
}

describe('denial-of-service documents, timed', () => {
  let app: TestApp;
  let cookie: string;
  beforeAll(async () => {
    app = await startTestApp();
    const org = await signUpOrganization(app);
    const d = unique('b');
    // Two direct reports of the admin, and 48 more people for the page of `people`.
    const rows = Array.from({ length: 2 }, (_, i) => `r${i}-${d}@example.com,Report ${i},Engineer,IC2,${org.admin.email}`);
    const more = Array.from({ length: 48 }, (_, i) => `p${i}-${d}@example.com,Person ${i},Engineer,IC1,`);
    await org.admin.client.ok(IMPORT, { input: { csv: ['email,name,title,level,manager email', ...rows, ...more].join('\n') } });
    cookie = org.admin.client.cookie as string;
  }, 60_000);
  afterAll(() => app.close());

  async function send(query: string): Promise<{ ms: number; status: number; bytes: number; firstError?: unknown }> {
    const started = performance.now();
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    const body = JSON.parse(text) as { errors?: unknown[] };
    return { ms, status: response.status, bytes: text.length, firstError: body.errors?.[0] };
  }

  async function timeAttack(name: string, query: string) {
    app.queries.reset();
    const alone = await send(query);
    console.log(`${name} alone: ${alone.ms.toFixed(0)} ms, HTTP ${alone.status}, ${alone.bytes} bytes, ${app.queries.count} SQL statements; first error ${JSON.stringify(alone.firstError ?? null)}`);
    for (let run = 0; run < RUNS; run++) {
      const attack = send(query);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const bystander = await send('query Bystander { me { id } }');
      const result = await attack;
      console.log(`${name} run ${run + 1}: attack ${result.ms.toFixed(0)} ms; a bystander sent 20 ms into it took ${bystander.ms.toFixed(0)} ms`);
    }
  }

  it('a 27-deep chain', async () => {
    await timeAttack('27-deep', deepChain(27));
  }, RUNS * TIMEOUT_MS * 2);

  it('500 aliases of people', async () => {
    await timeAttack('500 aliases', manyAliases(500));
  }, RUNS * TIMEOUT_MS * 2);

  it('a bystander alone', async () => {
    for (let run = 0; run < RUNS; run++) {
      const result = await send('query Bystander { me { id } }');
      console.log(`bystander alone run ${run + 1}: ${result.ms.toFixed(0)} ms`);
    }
  });
});
