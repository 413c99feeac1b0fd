import { codeOf, reasonOf } from './graphql-client';
import { PASSWORD, signUpOrganization, tokenOf, unique } from './builders';
import { ACCEPT, DEACTIVATE, INVITATION, INVITE, LOG_IN, ME, REISSUE } from './operations';
import { startTestApp, TestApp } from './test-app';

describe('invitations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function invite() {
    const org = await signUpOrganization(app);
    const email = `${unique('new')}@example.com`;
    const { invitePerson } = await org.admin.client.ok(INVITE, { input: { email, name: 'Nia New', title: 'Senior Engineer', levelId: org.levelId('IC3') } });
    return { org, email, invitePerson, token: tokenOf(invitePerson.url) };
  }

  it('returns a link to pass on, previewable without signing in', async () => {
    const { org, email, invitePerson, token } = await invite();
    expect(invitePerson.url).toMatch(/^http:\/\/onward\.test\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(invitePerson.person.status).toBe('INVITED');
    const { invitation } = await app.client().ok(INVITATION, { token });
    expect(invitation).toMatchObject({ name: 'Nia New', email });
    expect(invitation.organizationName).toBeTruthy();
    void org;
  });

  it('accepting sets the password, activates the person and signs them in', async () => {
    const { email, token } = await invite();
    const invitee = app.client();
    const { acceptInvitation } = await invitee.ok(ACCEPT, { input: { token, password: PASSWORD, name: 'Nia Newton' } });
    expect(acceptInvitation).toMatchObject({ status: 'ACTIVE', name: 'Nia Newton' });
    expect((await invitee.ok(ME)).me).toMatchObject({ email, level: { key: 'IC3' } });
    await app.client().ok(LOG_IN, { input: { email, password: PASSWORD } });
  });

  it('works once: a reused link is refused and the password stays as first set', async () => {
    const { email, token } = await invite();
    await app.client().ok(ACCEPT, { input: { token, password: PASSWORD } });
    const reuse = await app.client().request(ACCEPT, { input: { token, password: 'a different password' } });
    expect(codeOf(reuse)).toBe('CONFLICT');
    expect(reasonOf(reuse)).toBe('INVITATION_USED');
    expect(codeOf(await app.client().request(LOG_IN, { input: { email, password: 'a different password' } }))).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired link and leaves the person invited', async () => {
    const { invitePerson, token } = await invite();
    await app.db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE person_id = $1`, [invitePerson.person.id]);
    const result = await app.client().request(ACCEPT, { input: { token, password: PASSWORD } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(reasonOf(result)).toBe('INVITATION_EXPIRED');
    expect(codeOf(await app.client().request(INVITATION, { token }))).toBe('BAD_USER_INPUT');
    const [row] = await app.db.query('SELECT status, password_hash FROM people WHERE id = $1', [invitePerson.person.id]);
    expect(row).toEqual({ status: 'INVITED', password_hash: null });
  });

  it('a new link replaces the old one', async () => {
    const { org, invitePerson, token } = await invite();
    const { reissueInvitation } = await org.admin.client.ok(REISSUE, { personId: invitePerson.person.id });
    expect(codeOf(await app.client().request(ACCEPT, { input: { token, password: PASSWORD } }))).toBe('NOT_FOUND');
    await app.client().ok(ACCEPT, { input: { token: tokenOf(reissueInvitation.url), password: PASSWORD } });
  });

  it('deactivating an invited person kills their link', async () => {
    const { org, invitePerson, token } = await invite();
    await org.admin.client.ok(DEACTIVATE, { id: invitePerson.person.id });
    expect(codeOf(await app.client().request(ACCEPT, { input: { token, password: PASSWORD } }))).toBe('NOT_FOUND');
  });

  it('an unknown token looks like any invalid link', async () => {
    const result = await app.client().request(ACCEPT, { input: { token: 'x'.repeat(43), password: PASSWORD } });
    expect(codeOf(result)).toBe('NOT_FOUND');
  });

  it('refuses to invite someone who already has an account, here or elsewhere', async () => {
    const { org } = await invite();
    const other = await signUpOrganization(app);
    for (const email of [org.admin.email, other.admin.email]) {
      const result = await org.admin.client.request(INVITE, { input: { email, name: 'Dup' } });
      expect(codeOf(result)).toBe('CONFLICT');
    }
  });

  it.each([
    [{ email: 'not-an-email', name: 'X' }],
    [{ email: 'ok@example.com', name: '' }],
    [{ email: 'ok@example.com', name: 'X'.repeat(121) }],
    [{ email: 'ok@example.com', name: 'X', levelId: 'not-a-uuid' }],
  ])('rejects bad invitation input %j and writes nothing', async (input) => {
    const org = await signUpOrganization(app);
    const before = await app.db.query('SELECT count(*)::int AS n FROM people');
    const result = await org.admin.client.request(INVITE, { input: { ...input, email: input.email.replace('ok@', `${unique('ok')}@`) } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(await app.db.query('SELECT count(*)::int AS n FROM people')).toEqual(before);
  });

  it('an unknown level or manager rolls back the whole invitation', async () => {
    const org = await signUpOrganization(app);
    const other = await signUpOrganization(app);
    const before = await app.db.query('SELECT count(*)::int AS n FROM people');
    const foreignLevel = await org.admin.client.request(INVITE, { input: { email: `${unique('x')}@example.com`, name: 'X', levelId: other.levelId('IC1') } });
    expect(codeOf(foreignLevel)).toBe('BAD_USER_INPUT');
    const foreignManager = await org.admin.client.request(INVITE, { input: { email: `${unique('x')}@example.com`, name: 'X', managerId: other.admin.id } });
    expect(codeOf(foreignManager)).toBe('BAD_USER_INPUT');
    expect(await app.db.query('SELECT count(*)::int AS n FROM people')).toEqual(before);
  });

  it('rejects a too-short password on acceptance', async () => {
    const { token } = await invite();
    expect(codeOf(await app.client().request(ACCEPT, { input: { token, password: 'short' } }))).toBe('BAD_USER_INPUT');
  });
});
