import { LOGIN_LIMITS } from '../src/auth/login-throttle.service';
import { SettableClock } from '../src/common/clock/clock';
import { RESET_REQUEST_LIMITS } from '../src/password-reset/password-reset-throttle.service';
import { PASSWORD, signUpOrganization, unique, type Member } from './builders';
import { codeOf, reasonOf } from './graphql-client';
import { DEACTIVATE, INVITE, LOG_IN, ME } from './operations';
import { REQUEST_PASSWORD_RESET, RESET_PASSWORD } from './password-reset-operations';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from './support/smtp-sink';
import { tableFingerprint } from './table-fingerprint';
import { startTestApp, type TestApp } from './test-app';

const NEW_PASSWORD = 'a brand new passphrase for me';

describe('forgot my password', () => {
  const clock = new SettableClock('2026-11-27T09:00:00Z');
  let sink: SmtpSink;
  let app: TestApp;
  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await startTestApp({ clock, mail: { smtpUrl: sink.url } });
  });
  afterAll(async () => {
    await app.close();
    await sink.close();
  });
  // Every test from the same address: a day apart, each starts with the request limits unused.
  beforeEach(() => clock.advanceDays(1));

  async function member(): Promise<Member> {
    const org = await signUpOrganization(app);
    return org.addMember({ name: 'Riley Report' });
  }

  /** Asks for a reset and waits for the mail it sends; returns the mail and the link's token. */
  async function requestLink(email: string): Promise<{ mail: ReceivedMail; token: string }> {
    const before = sink.received.length;
    expect(await app.client().ok(REQUEST_PASSWORD_RESET, { input: { email } })).toEqual({ requestPasswordReset: true });
    const [mail] = (await sink.waitFor(before + 1)).slice(before);
    const link = mail.parsed.text?.match(/Choose a new password: (\S+)/)?.[1] ?? '';
    expect(link).toMatch(/^http:\/\/onward\.test\/reset-password\/[A-Za-z0-9_-]{43}$/);
    return { mail, token: link.split('/').pop()! };
  }

  it('mails a link that sets the new password and ends every session', async () => {
    const riley = await member();
    const phone = app.client();
    await phone.ok(LOG_IN, { input: { email: riley.email, password: PASSWORD } });
    const { mail, token } = await requestLink(riley.email.toUpperCase());
    expect(mail.envelopeTo).toEqual([riley.email]);
    expect(mail.parsed.subject).toBe('Reset your Onward password');
    expect(mail.parsed.text).toMatch(/^Hi Riley,/);
    expect(mail.parsed.text).toContain('within 60 minutes');

    expect(await app.client().ok(RESET_PASSWORD, { input: { token, password: NEW_PASSWORD } })).toEqual({ resetPassword: true });
    expect((await riley.client.ok(ME)).me).toBeNull();
    expect((await phone.ok(ME)).me).toBeNull();
    expect(codeOf(await app.client().request(LOG_IN, { input: { email: riley.email, password: PASSWORD } }))).toBe('UNAUTHENTICATED');
    await app.client().ok(LOG_IN, { input: { email: riley.email, password: NEW_PASSWORD } });
  });

  it('works once', async () => {
    const riley = await member();
    const { token } = await requestLink(riley.email);
    await app.client().ok(RESET_PASSWORD, { input: { token, password: NEW_PASSWORD } });
    const again = await app.client().request(RESET_PASSWORD, { input: { token, password: 'yet another password here' } });
    expect([codeOf(again), reasonOf(again)]).toEqual(['CONFLICT', 'RESET_LINK_USED']);
    await app.client().ok(LOG_IN, { input: { email: riley.email, password: NEW_PASSWORD } });
  });

  it('expires after an hour', async () => {
    const riley = await member();
    const early = await requestLink(riley.email);
    clock.set(new Date(clock.now().getTime() + 59 * 60_000));
    await app.client().ok(RESET_PASSWORD, { input: { token: early.token, password: NEW_PASSWORD } });

    const late = await requestLink(riley.email);
    clock.set(new Date(clock.now().getTime() + 60 * 60_000));
    const expired = await app.client().request(RESET_PASSWORD, { input: { token: late.token, password: 'too late a password' } });
    expect([codeOf(expired), reasonOf(expired)]).toEqual(['BAD_USER_INPUT', 'RESET_LINK_EXPIRED']);
    await app.client().ok(LOG_IN, { input: { email: riley.email, password: NEW_PASSWORD } });
  });

  it('a newer link voids the older one', async () => {
    const riley = await member();
    const first = await requestLink(riley.email);
    const second = await requestLink(riley.email);
    expect(codeOf(await app.client().request(RESET_PASSWORD, { input: { token: first.token, password: NEW_PASSWORD } }))).toBe('NOT_FOUND');
    await app.client().ok(RESET_PASSWORD, { input: { token: second.token, password: NEW_PASSWORD } });
  });

  it('answers the same for an unknown, an invited or a deactivated email, and sends them nothing', async () => {
    const org = await signUpOrganization(app);
    const invited = `${unique('invited')}@example.com`;
    await org.admin.client.ok(INVITE, { input: { email: invited, name: 'Ina Invited' } });
    const leaver = await org.addMember({ name: 'Lee Leaver' });
    await org.admin.client.ok(DEACTIVATE, { id: leaver.id });
    const before = sink.received.length;
    for (const email of [`${unique('nobody')}@example.com`, invited, leaver.email]) {
      const fingerprint = await tableFingerprint(app.db);
      const answer = await app.client().request(REQUEST_PASSWORD_RESET, { input: { email } });
      expect(answer).toEqual({ data: { requestPasswordReset: true } });
      // Nothing is written but the request's count.
      const after = await tableFingerprint(app.db);
      expect(Object.keys(after).filter((table) => after[table] !== fingerprint[table])).toEqual(['password_reset_requests']);
    }
    // A real request's reset mail is the first to arrive: the three before sent none.
    const riley = await member();
    const { mail } = await requestLink(riley.email);
    expect(sink.received.slice(before).filter((m) => m.parsed.subject === 'Reset your Onward password')).toEqual([mail]);
  });

  it('limits requests per email, the same whether the account exists or not', async () => {
    const riley = await member();
    const nobody = `${unique('nobody')}@example.com`;
    for (const email of [riley.email, nobody]) {
      for (let i = 0; i < RESET_REQUEST_LIMITS.perEmail; i += 1) await app.client().ok(REQUEST_PASSWORD_RESET, { input: { email } });
      const refused = await app.client().request(REQUEST_PASSWORD_RESET, { input: { email } });
      expect([codeOf(refused), reasonOf(refused)]).toEqual(['UNAUTHENTICATED', 'TOO_MANY_RESET_REQUESTS']);
    }
    clock.set(new Date(clock.now().getTime() + RESET_REQUEST_LIMITS.windowMinutes * 60_000 + 1));
    await app.client().ok(REQUEST_PASSWORD_RESET, { input: { email: riley.email } });
  });

  it('lets someone locked out by guessing log in again with their new password', async () => {
    const riley = await member();
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i += 1) await app.client().request(LOG_IN, { input: { email: riley.email, password: `guess ${i}` } });
    expect(reasonOf(await app.client().request(LOG_IN, { input: { email: riley.email, password: PASSWORD } }))).toBe('TOO_MANY_ATTEMPTS');
    const { token } = await requestLink(riley.email);
    await app.client().ok(RESET_PASSWORD, { input: { token, password: NEW_PASSWORD } });
    await app.client().ok(LOG_IN, { input: { email: riley.email, password: NEW_PASSWORD } });
  });

  it('refuses a password sign-up would refuse, and keeps the link usable', async () => {
    const riley = await member();
    const { token } = await requestLink(riley.email);
    expect(codeOf(await app.client().request(RESET_PASSWORD, { input: { token, password: 'short' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.client().request(REQUEST_PASSWORD_RESET, { input: { email: 'not an email' } }))).toBe('BAD_USER_INPUT');
    await app.client().ok(RESET_PASSWORD, { input: { token, password: NEW_PASSWORD } });
  });

  it('refuses a made-up or altered token like a missing one', async () => {
    const riley = await member();
    const { token } = await requestLink(riley.email);
    for (const bad of ['x'.repeat(43), `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`]) {
      const result = await app.client().request(RESET_PASSWORD, { input: { token: bad, password: NEW_PASSWORD } });
      expect([codeOf(result), reasonOf(result)]).toEqual(['NOT_FOUND', 'RESET_LINK_NOT_FOUND']);
    }
    await app.client().ok(LOG_IN, { input: { email: riley.email, password: PASSWORD } });
  });

  it('refuses more than one request or reset in a document, before any runs', async () => {
    const riley = await member();
    const before = sink.received.length;
    const twice = `mutation { a: requestPasswordReset(input: { email: "${riley.email}" }) b: requestPasswordReset(input: { email: "${riley.email}" }) }`;
    const result = await app.client().requestRaw(twice);
    expect(reasonOf(result)).toBe('ONE_SIGN_IN_PER_REQUEST');
    expect((await app.db.query('SELECT count(*)::int AS n FROM password_resets WHERE person_id = $1', [riley.id]))[0].n).toBe(0);
    expect(sink.received.length).toBe(before);
  });
});
