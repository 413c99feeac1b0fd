import { PASSWORD, signUpOrganization } from './builders';
import { GraphqlClient, printed } from './graphql-client';
import { LOG_IN, LOG_OUT, ME } from './operations';
import { startTestApp, TestApp } from './test-app';

/** The Set-Cookie headers of a log-in by `client`, by cookie name. */
async function logInCookies(client: GraphqlClient, email: string): Promise<Record<string, string>> {
  const response = await client.post(JSON.stringify({ query: printed(LOG_IN), variables: { input: { email, password: PASSWORD } } }));
  return Object.fromEntries(response.headers.getSetCookie().map((c) => [c.split('=')[0], c]));
}

async function logOutCookies(client: GraphqlClient): Promise<string[]> {
  return (await client.post(JSON.stringify({ query: printed(LOG_OUT) }))).headers.getSetCookie();
}

const signedIn = async (client: GraphqlClient) => (await client.ok(ME)).me !== null;

/** The same client with its session cookie under another name (what a planted or stale cookie looks like). */
function renamed(app: TestApp, client: GraphqlClient, name: string): GraphqlClient {
  const copy = app.client();
  copy.headers = { ...client.headers };
  copy.cookie = `${name}=${client.cookie!.split('=')[1]}`;
  return copy;
}

describe('cookies over plain HTTP (local development, tests)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('keep their plain names, without Secure, httpOnly, on Path=/ and no Domain', async () => {
    const org = await signUpOrganization(app);
    const cookies = await logInCookies(app.client(), org.admin.email);
    expect(Object.keys(cookies).sort()).toEqual(['onward_device', 'onward_session']);
    expect(cookies.onward_session).toMatch(/; Path=\/;.*HttpOnly.*SameSite=Lax/i);
    expect(cookies.onward_device).toMatch(/; Path=\/;.*HttpOnly.*SameSite=Strict/i);
    for (const cookie of Object.values(cookies)) expect(cookie).not.toMatch(/Secure|Domain=/i);
  });

  it('also reads the __Host- name', async () => {
    const org = await signUpOrganization(app);
    expect(await signedIn(renamed(app, org.admin.client, '__Host-onward_session'))).toBe(true);
  });
});

describe('cookies over HTTPS', () => {
  describe.each([
    ['ONWARD_SECURE_COOKIES=true', { secureCookies: true }, {}],
    ['behind a TLS-terminating proxy on this machine', {}, { 'x-forwarded-proto': 'https' }],
  ])('%s', (_, config, headers) => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ config });
    });
    afterAll(() => app.close());

    const browser = () => {
      const client = app.client();
      client.headers = { ...headers };
      return client;
    };

    it('carry the __Host- prefix and Secure, on Path=/ and no Domain', async () => {
      const org = await signUpOrganization(app);
      const client = browser();
      const cookies = await logInCookies(client, org.admin.email);
      expect(Object.keys(cookies).sort()).toEqual(['__Host-onward_device', '__Host-onward_session']);
      expect(cookies['__Host-onward_session']).toMatch(/; Path=\/;.*HttpOnly; Secure; SameSite=Lax/i);
      expect(cookies['__Host-onward_device']).toMatch(/; Path=\/;.*HttpOnly; Secure; SameSite=Strict/i);
      for (const cookie of Object.values(cookies)) expect(cookie).not.toMatch(/Domain=/i);
      expect(client.cookie).toMatch(/^__Host-onward_session=/);
      expect(await signedIn(client)).toBe(true);
    });

    it('ignore a plain-named session cookie, which a sibling subdomain could have planted', async () => {
      const org = await signUpOrganization(app);
      const client = browser();
      await client.ok(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
      expect(await signedIn(renamed(app, client, 'onward_session'))).toBe(false);
    });

    it('log-out clears the session cookie under both names', async () => {
      const org = await signUpOrganization(app);
      const client = browser();
      await client.ok(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
      const cleared = (await logOutCookies(client)).map((c) => c.split(';')[0]);
      expect(cleared.sort()).toEqual(['__Host-onward_session=', 'onward_session=']);
      expect(client.cookie).toBeUndefined();
    });
  });

  it('a proxy forwarding plain HTTP keeps the plain names', async () => {
    const app = await startTestApp();
    try {
      const org = await signUpOrganization(app);
      const client = app.client();
      client.headers = { 'x-forwarded-proto': 'http' };
      expect(Object.keys(await logInCookies(client, org.admin.email)).sort()).toEqual(['onward_device', 'onward_session']);
    } finally {
      await app.close();
    }
  });
});
