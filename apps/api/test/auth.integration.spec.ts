import { codeOf, printed, reasonOf, type GraphqlResponse } from './graphql-client';
import { PASSWORD, signUpOrganization, unique } from './builders';
import { LOG_IN, LOG_OUT, ME, PEOPLE, SIGN_UP } from './operations';
import { startTestApp, TestApp } from './test-app';

describe('sign-up, log-in and sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('signs up an organization with the default ladder and signs its admin in', async () => {
    const org = await signUpOrganization(app);
    const { me } = await org.admin.client.ok(ME);
    expect(me).toMatchObject({ id: org.admin.id, isAdmin: true, status: 'ACTIVE', manager: null, directReports: [] });
    expect(org.levelId('IC3')).toBeDefined();
    expect(org.levelId('M5')).toBeDefined();
  });

  it('stores the session token hashed and the password with argon2id', async () => {
    const org = await signUpOrganization(app);
    const token = decodeURIComponent(org.admin.client.cookie!.split('=')[1]);
    const [session] = await app.db.query('SELECT encode(token_hash, $2) AS hash FROM sessions WHERE person_id = $1', [org.admin.id, 'escape']);
    expect(session.hash).not.toContain(token);
    const [person] = await app.db.query('SELECT password_hash FROM people WHERE id = $1', [org.admin.id]);
    expect(person.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a second account with the same email, whatever its case, and writes nothing', async () => {
    const org = await signUpOrganization(app);
    const before = await app.db.query('SELECT count(*)::int AS n FROM organizations');
    const result = await app.client().request(SIGN_UP, {
      input: { organizationName: unique('Other'), name: 'Copycat', email: org.admin.email.toUpperCase(), password: PASSWORD },
    });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(await app.db.query('SELECT count(*)::int AS n FROM organizations')).toEqual(before);
  });

  it.each([
    ['a wrong password', (email: string) => ({ email, password: 'not the password' })],
    ['an unknown email', () => ({ email: 'nobody@example.com', password: PASSWORD })],
  ])('refuses %s with the same UNAUTHENTICATED answer', async (_, credentials) => {
    const org = await signUpOrganization(app);
    const client = app.client();
    const result = await client.request(LOG_IN, { input: credentials(org.admin.email) });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(reasonOf(result)).toBe('INVALID_CREDENTIALS');
    expect(client.cookie).toBeUndefined();
  });

  it('refuses a blank organization or person name and writes nothing', async () => {
    const before = await app.db.query('SELECT count(*)::int AS n FROM organizations');
    for (const input of [{ organizationName: '  ', name: 'Ada' }, { organizationName: 'Acme', name: ' ' }]) {
      const result = await app.client().request(SIGN_UP, { input: { ...input, email: `${unique('b')}@example.com`, password: PASSWORD } });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    }
    expect(await app.db.query('SELECT count(*)::int AS n FROM organizations')).toEqual(before);
  });

  it('logs in with the email in any case', async () => {
    const org = await signUpOrganization(app);
    const client = app.client();
    await client.ok(LOG_IN, { input: { email: ` ${org.admin.email.toUpperCase()} `, password: PASSWORD } });
    expect((await client.ok(ME)).me?.id).toBe(org.admin.id);
  });

  it('answers a log-in with the person as their next request will read them: their reports and whether they lead', async () => {
    const org = await signUpOrganization(app);
    const manager = await org.addMember({ name: 'Mina Manager', managerId: org.admin.id });
    await org.addMember({ name: 'Rae Report', managerId: manager.id });
    const client = app.client();
    const answer = (await client.requestRaw(
      `mutation { logIn(input: { email: ${JSON.stringify(org.admin.email)}, password: ${JSON.stringify(PASSWORD)} }) { isLeader directReports { name } } }`,
    )) as { data?: { logIn: unknown } };
    const next = (await client.requestRaw('{ me { isLeader directReports { name } } }')) as { data?: { me: unknown } };
    expect(answer.data?.logIn).toEqual({ isLeader: true, directReports: [{ name: 'Mina Manager' }] });
    expect(next.data?.me).toEqual(answer.data?.logIn);
  });

  it('lets someone signed in to one organization sign up another, then act in the new one', async () => {
    const org = await signUpOrganization(app);
    const email = `${unique('second')}@example.com`;
    const answer = await org.admin.client.request(SIGN_UP, { input: { organizationName: unique('Second'), name: 'Sam Second', email, password: PASSWORD } });
    expect(answer.errors).toBeUndefined();
    expect((await org.admin.client.ok(ME)).me?.email).toBe(email);
  });

  it('ends the session on log-out: the old cookie no longer works', async () => {
    const org = await signUpOrganization(app);
    const stolen = app.client();
    stolen.cookie = org.admin.client.cookie;
    await org.admin.client.ok(LOG_OUT);
    expect(org.admin.client.cookie).toBeUndefined();
    expect((await stolen.ok(ME)).me).toBeNull();
    expect(codeOf(await stolen.request(PEOPLE))).toBe('UNAUTHENTICATED');
  });

  it('keeps other sessions of the same person alive on log-out', async () => {
    const org = await signUpOrganization(app);
    const laptop = app.client();
    await laptop.ok(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
    await org.admin.client.ok(LOG_OUT);
    expect((await laptop.ok(ME)).me?.id).toBe(org.admin.id);
  });

  it('answers anonymous callers of signed-in operations with UNAUTHENTICATED', async () => {
    const result = await app.client().request(PEOPLE);
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect((await app.client().ok(ME)).me).toBeNull();
  });

  it('sets the session cookie httpOnly and SameSite', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: printed(SIGN_UP),
        variables: { input: { organizationName: unique('Org'), name: 'Cookie', email: `${unique('c')}@example.com`, password: PASSWORD } },
      }),
    });
    const cookie = response.headers.getSetCookie().join(';');
    expect(cookie).toMatch(/onward_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('refuses a cross-site form post (CSRF prevention: only JSON is accepted, which a form cannot send)', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=mutation%7BlogOut%7D',
    });
    expect(response.status).toBe(415);
    expect(reasonOf((await response.json()) as GraphqlResponse<unknown>)).toBe('UNSUPPORTED_CONTENT_TYPE');
  });

  it('slows down password guessing per account, and a success clears the count', async () => {
    const org = await signUpOrganization(app);
    const guesser = app.client();
    for (let i = 0; i < 10; i += 1) {
      expect(reasonOf(await guesser.request(LOG_IN, { input: { email: org.admin.email, password: `guess ${i}` } }))).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await guesser.request(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
    expect([codeOf(blocked), reasonOf(blocked)]).toEqual(['UNAUTHENTICATED', 'TOO_MANY_ATTEMPTS']);
    await app.db.query(`UPDATE login_attempts SET attempted_at = attempted_at - interval '16 minutes'`);
    await guesser.ok(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
    expect((await app.db.query('SELECT count(*)::int AS n FROM login_attempts WHERE email_lower = lower($1)', [org.admin.email]))[0].n).toBe(0);
  });
});
