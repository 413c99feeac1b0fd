import { SettableClock } from '../src/common/clock/clock';
import { PASSWORD, signUpOrganization, tokenOf, unique } from './builders';
import { codeOf, reasonOf } from './graphql-client';
import { CREATE_DEBRIEF, PRACTICE_STATUS } from './growth-operations';
import { buildHierarchy } from './hierarchy';
import { ACCEPT, INVITATION, INVITE, LOG_IN, ME } from './operations';
import { startTestApp, TestApp } from './test-app';

/** Every "now" goes through the injected clock: moving it moves sessions, links, cadence and date checks. */
describe('one clock for every now and today', () => {
  const clock = new SettableClock('2026-06-15T12:00:00Z');
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ clock });
  });
  afterAll(() => app.close());
  beforeEach(() => clock.set('2026-06-15T12:00:00Z'));

  it('a session ends 30 days after its last use by the clock; each use slides it out', async () => {
    const org = await signUpOrganization(app);
    const unused = app.client();
    await unused.ok(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
    clock.advanceDays(29);
    expect((await org.admin.client.ok(ME)).me?.id).toBe(org.admin.id);
    clock.advanceDays(2);
    expect((await org.admin.client.ok(ME)).me?.id).toBe(org.admin.id);
    expect(codeOf(await unused.request(ME))).toBe('OK');
    expect((await unused.ok(ME)).me).toBeNull();
  });

  it('an invitation link expires after its 7 days by the clock', async () => {
    const org = await signUpOrganization(app);
    const { invitePerson } = await org.admin.client.ok(INVITE, { input: { email: `${unique('late')}@example.com`, name: 'Lou Late' } });
    const token = tokenOf(invitePerson.url);
    expect(new Date(invitePerson.expiresAt).toISOString()).toBe('2026-06-22T12:00:00.000Z');
    clock.advanceDays(8);
    const visitor = app.client();
    expect(reasonOf(await visitor.request(INVITATION, { token }))).toBe('INVITATION_EXPIRED');
    expect(reasonOf(await visitor.request(ACCEPT, { input: { token, password: PASSWORD } }))).toBe('INVITATION_EXPIRED');
  });

  it('“in the future” and practice due days are judged against the clock’s today', async () => {
    const h = await buildHierarchy(app);
    const tomorrow = await h.manager.client.request(CREATE_DEBRIEF, { input: { reportId: h.owner.id, heldOn: '2026-06-17' } });
    expect(reasonOf(tomorrow)).toBe('IN_THE_FUTURE');
    await h.manager.client.ok(CREATE_DEBRIEF, { input: { reportId: h.owner.id, heldOn: '2026-06-15', stages: ['PANEL'] } });
    expect((await h.manager.client.ok(PRACTICE_STATUS, { reportId: h.owner.id })).practiceStatus).toMatchObject({ dueOn: '2027-06-15', state: 'COVERED' });
    // A year on, every session has expired: sign in again.
    clock.set('2027-05-20T12:00:00Z');
    await h.manager.client.ok(LOG_IN, { input: { email: h.manager.email, password: PASSWORD } });
    expect((await h.manager.client.ok(PRACTICE_STATUS, { reportId: h.owner.id })).practiceStatus.state).toBe('DUE_SOON');
    clock.set('2027-06-16T00:00:00Z');
    expect((await h.manager.client.ok(PRACTICE_STATUS, { reportId: h.owner.id })).practiceStatus.state).toBe('OVERDUE');
  });

  it('failed log-ins count within the window by the clock', async () => {
    const org = await signUpOrganization(app);
    const guesser = app.client();
    for (let i = 0; i < 10; i += 1) await guesser.request(LOG_IN, { input: { email: org.admin.email, password: 'wrong password' } });
    expect(reasonOf(await guesser.request(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } }))).toBe('TOO_MANY_ATTEMPTS');
    clock.advanceDays(1);
    expect(codeOf(await guesser.request(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } }))).toBe('OK');
  });
});
