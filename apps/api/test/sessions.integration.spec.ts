import { SettableClock } from '../src/common/clock/clock';
import { SESSION_TOUCH_MINUTES, SessionsService } from '../src/auth/sessions.service';
import type { ResolvedSession } from '../src/auth/sessions.service';
import { TenantScopeError, withOrganization } from '../src/database/tenant-scope';
import { PASSWORD, signUpOrganization } from './builders';
import { codeOf, GraphqlClient, reasonOf } from './graphql-client';
import { buildHierarchy, Persona, PERSONAS } from './hierarchy';
import { LOG_IN, ME } from './operations';
import { END_OTHER_SESSIONS, END_SESSION, MY_SESSIONS } from './session-operations';
import { startTestApp, TestApp } from './test-app';

const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const START = '2026-06-15T12:00:00.000Z';
const minutes = (n: number) => n * 60_000;

describe('sessions a person controls', () => {
  const clock = new SettableClock(START);
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ clock });
  });
  afterAll(() => app.close());
  beforeEach(() => clock.set(START));

  async function signIn(email: string, userAgent?: string): Promise<GraphqlClient> {
    const browser = app.client();
    if (userAgent) browser.headers['user-agent'] = userAgent;
    await browser.ok(LOG_IN, { input: { email, password: PASSWORD } });
    return browser;
  }

  const alive = async (client: GraphqlClient) => (await client.ok(ME)).me !== null;

  it('lists where the person is signed in: this device first, then by last use, with a device summary', async () => {
    const org = await signUpOrganization(app);
    clock.set(new Date(Date.parse(START) + minutes(1)));
    const phone = await signIn(org.admin.email, SAFARI_IPHONE);
    clock.set(new Date(Date.parse(START) + minutes(60)));
    const laptop = await signIn(org.admin.email, FIREFOX_LINUX);
    const { mySessions } = await laptop.ok(MY_SESSIONS);
    expect(mySessions.map((s) => [s.device, s.current])).toEqual([
      ['Firefox on Linux', true],
      ['Safari on iPhone', false],
      [null, false], // the sign-up, from a client that names no browser
    ]);
    expect(mySessions[0]).toMatchObject({ signedInAt: '2026-06-15T13:00:00.000Z', lastUsedAt: '2026-06-15T13:00:00.000Z', expiresAt: '2026-07-15T13:00:00.000Z' });
    expect((await phone.ok(MY_SESSIONS)).mySessions.map((s) => [s.device, s.current])[0]).toEqual(['Safari on iPhone', true]);
  });

  it(`records a use at most every ${SESSION_TOUCH_MINUTES} minutes, sliding the end out 30 days from it`, async () => {
    const org = await signUpOrganization(app);
    const client = org.admin.client;
    const session = async () => (await client.ok(MY_SESSIONS)).mySessions[0];
    clock.set(new Date(Date.parse(START) + minutes(SESSION_TOUCH_MINUTES - 1)));
    app.queries.reset();
    expect(await session()).toMatchObject({ lastUsedAt: START, expiresAt: '2026-07-15T12:00:00.000Z' });
    expect(app.queries.statements.filter((q) => q.startsWith('UPDATE sessions'))).toEqual([]);
    clock.set(new Date(Date.parse(START) + minutes(SESSION_TOUCH_MINUTES)));
    expect(await session()).toMatchObject({ lastUsedAt: '2026-06-15T12:05:00.000Z', expiresAt: '2026-07-15T12:05:00.000Z' });
    app.queries.reset();
    expect(await session()).toMatchObject({ lastUsedAt: '2026-06-15T12:05:00.000Z' });
    expect(app.queries.statements.filter((q) => q.startsWith('UPDATE sessions'))).toEqual([]);
  });

  it('slides inside the viewer’s organization, where row-level security lets the API’s own role write it', async () => {
    const org = await signUpOrganization(app);
    const [{ id, organization_id: organizationId }] = await app.db.query('SELECT id, organization_id FROM sessions WHERE person_id = $1', [org.admin.id]);
    const row = async () => (await app.db.query('SELECT last_used_at, expires_at FROM sessions WHERE id = $1', [id]))[0];
    // The API's pool is bound by the policies: outside the organization the same update finds no row.
    expect(await app.appDb.query('SELECT rolsuper OR rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user')).toEqual([{ bypass: false }]);
    expect(await app.appDb.query('UPDATE sessions SET last_used_at = last_used_at WHERE id = $1', [id])).toEqual([[], 0]);

    const used = new Date(Date.parse(START) + minutes(SESSION_TOUCH_MINUTES + 1));
    clock.set(used);
    expect((await org.admin.client.ok(ME)).me?.id).toBe(org.admin.id);
    const slid = { last_used_at: used, expires_at: new Date(used.getTime() + 30 * 86_400_000) };
    expect(await row()).toEqual(slid);

    // Recording a use anywhere but in the session's own organization is refused, not silently lost.
    const sessions = app.app.get(SessionsService);
    const resolved: Pick<ResolvedSession, 'viewer' | 'lastUsedAt'> = { viewer: { kind: 'PERSON', sessionId: id, personId: org.admin.id, organizationId, isAdmin: true }, lastUsedAt: used };
    clock.set(new Date(used.getTime() + minutes(2 * SESSION_TOUCH_MINUTES)));
    await expect(sessions.recordUse(resolved)).rejects.toThrow(TenantScopeError);
    const [{ organization_id: elsewhere }] = await app.db.query('SELECT organization_id FROM people WHERE id = $1', [(await signUpOrganization(app)).admin.id]);
    await expect(withOrganization(elsewhere, () => sessions.recordUse(resolved))).rejects.toThrow(TenantScopeError);
    expect(await row()).toEqual(slid);
  });

  it('ends a session 90 days after sign-in however often it is used', async () => {
    const org = await signUpOrganization(app);
    for (let day = 20; day <= 80; day += 20) {
      clock.set(new Date(Date.parse(START) + day * 86_400_000));
      expect([day, await alive(org.admin.client)]).toEqual([day, true]);
    }
    expect((await org.admin.client.ok(MY_SESSIONS)).mySessions[0].expiresAt).toBe('2026-09-13T12:00:00.000Z');
    clock.set('2026-09-13T11:59:00.000Z');
    expect(await alive(org.admin.client)).toBe(true);
    clock.set('2026-09-13T12:00:00.000Z');
    expect(await alive(org.admin.client)).toBe(false);
  });

  it('does not list ended or expired sessions', async () => {
    const org = await signUpOrganization(app);
    const other = await signIn(org.admin.email);
    clock.advanceDays(31);
    const fresh = await signIn(org.admin.email);
    expect((await fresh.ok(MY_SESSIONS)).mySessions).toHaveLength(1);
    expect(await alive(other)).toBe(false);
  });

  it('ends one other session, which then signs nobody in; the current one is for log-out', async () => {
    const org = await signUpOrganization(app);
    const phone = await signIn(org.admin.email, SAFARI_IPHONE);
    const phoneSession = (await phone.ok(MY_SESSIONS)).mySessions[0].id;
    const here = (await org.admin.client.ok(MY_SESSIONS)).mySessions.find((s) => s.current)!.id;
    expect(await org.admin.client.ok(END_SESSION, { id: phoneSession })).toEqual({ endSession: phoneSession });
    expect(await alive(phone)).toBe(false);
    expect((await org.admin.client.ok(MY_SESSIONS)).mySessions.map((s) => s.id)).toEqual([here]);
    const again = await org.admin.client.request(END_SESSION, { id: phoneSession });
    expect([codeOf(again), reasonOf(again)]).toEqual(['NOT_FOUND', 'SESSION_NOT_FOUND']);
    const current = await org.admin.client.request(END_SESSION, { id: here.toUpperCase() });
    expect([codeOf(current), reasonOf(current)]).toEqual(['CONFLICT', 'CURRENT_SESSION']);
    expect(await alive(org.admin.client)).toBe(true);
  });

  it('ends every other session of the person and nobody else’s', async () => {
    const h = await buildHierarchy(app);
    const phone = await signIn(h.owner.email, SAFARI_IPHONE);
    const laptop = await signIn(h.owner.email, FIREFOX_LINUX);
    const ended = (await laptop.ok(END_OTHER_SESSIONS)).endOtherSessions;
    expect(ended).toHaveLength(2); // the invitation's session and the phone
    expect([await alive(phone), await alive(h.owner.client), await alive(laptop)]).toEqual([false, false, true]);
    expect((await laptop.ok(MY_SESSIONS)).mySessions).toHaveLength(1);
    for (const persona of PERSONAS.filter((p) => p !== 'OWNER' && p !== 'ANONYMOUS')) expect([persona, await alive(h.clients[persona])]).toEqual([persona, true]);
    expect((await laptop.ok(END_OTHER_SESSIONS)).endOtherSessions).toEqual([]);
  });

  describe('someone else’s session answers like a missing one', () => {
    const EXPECTED: Record<Persona, string> = {
      OWNER: 'OK',
      MANAGER: 'NOT_FOUND',
      FORMER_MANAGER: 'NOT_FOUND',
      SKIP_LEVEL: 'NOT_FOUND',
      PEER: 'NOT_FOUND',
      ADMIN: 'NOT_FOUND',
      OTHER_ORG: 'NOT_FOUND',
      ANONYMOUS: 'UNAUTHENTICATED',
    };

    it('ending it: only the owner can; everyone else gets NOT_FOUND and the session lives on', async () => {
      const h = await buildHierarchy(app);
      const phone = await signIn(h.owner.email, SAFARI_IPHONE);
      const target = (await phone.ok(MY_SESSIONS)).mySessions[0].id;
      const answers: Partial<Record<Persona, string>> = {};
      for (const persona of PERSONAS.filter((p) => p !== 'OWNER')) {
        const result = await h.clients[persona].request(END_SESSION, { id: target });
        answers[persona] = codeOf(result);
        if (answers[persona] === 'NOT_FOUND') expect(reasonOf(result)).toBe('SESSION_NOT_FOUND');
        expect([persona, await alive(phone)]).toEqual([persona, true]);
      }
      for (const persona of PERSONAS.filter((p) => p !== 'OWNER' && p !== 'ANONYMOUS')) {
        expect([persona, codeOf(await h.clients[persona].request(END_OTHER_SESSIONS)), await alive(phone)]).toEqual([persona, 'OK', true]);
      }
      answers.OWNER = codeOf(await h.owner.client.request(END_SESSION, { id: target }));
      expect(answers).toEqual(EXPECTED);
      expect(await alive(phone)).toBe(false);
    });

    it('listing: each person sees their own sessions and no one else’s', async () => {
      const h = await buildHierarchy(app);
      const phone = await signIn(h.owner.email, SAFARI_IPHONE);
      const owners = new Set((await phone.ok(MY_SESSIONS)).mySessions.map((s) => s.id));
      expect(owners.size).toBe(2);
      const seen: Partial<Record<Persona, string>> = {};
      for (const persona of PERSONAS) {
        const result = await h.clients[persona].request(MY_SESSIONS);
        const ids = result.data?.mySessions.map((s) => s.id) ?? [];
        seen[persona] = persona === 'ANONYMOUS' ? codeOf(result) : ids.every((id) => owners.has(id)) && ids.length === 2 ? 'OWNER’S' : ids.some((id) => owners.has(id)) ? 'LEAK' : 'OWN';
      }
      expect(seen).toEqual({
        OWNER: 'OWNER’S',
        MANAGER: 'OWN',
        FORMER_MANAGER: 'OWN',
        SKIP_LEVEL: 'OWN',
        PEER: 'OWN',
        ADMIN: 'OWN',
        OTHER_ORG: 'OWN',
        ANONYMOUS: 'UNAUTHENTICATED',
      });
    });
  });
});
