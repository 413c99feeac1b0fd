import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SettableClock } from '../src/common/clock/clock';
import { CREATE_CALENDAR_FEED, MY_CALENDAR_FEED, REVOKE_CALENDAR_FEED } from './calendar-operations';
import { codeOf, type GraphqlClient, type GraphqlResponse } from './graphql-client';
import { buildHierarchy, type Hierarchy, type Persona, PERSONAS } from './hierarchy';
import { MY_NOTIFICATION_SETTINGS, UPDATE_MY_NOTIFICATION_SETTINGS } from './notification-settings-operations';
import { REQUEST_PASSWORD_RESET, RESET_PASSWORD } from './password-reset-operations';
import { startTestApp, type TestApp } from './test-app';
import type { Member } from './builders';

type Expected = 'OK' | 'NOT_FOUND' | 'UNAUTHENTICATED';

const outcome = async (request: Promise<GraphqlResponse<unknown>>): Promise<Expected> => codeOf(await request) as Expected;

/** Operations on one's own settings: anyone signed in, on their own only; nobody else's is reachable. */
const ownOnly: Record<Persona, Expected> = {
  OWNER: 'OK', MANAGER: 'OK', FORMER_MANAGER: 'OK', SKIP_LEVEL: 'OK', PEER: 'OK', ADMIN: 'OK', OTHER_ORG: 'OK', ANONYMOUS: 'UNAUTHENTICATED',
};
const everyone: Record<Persona, Expected> = { ...ownOnly, ANONYMOUS: 'OK' };

describe('mail settings, calendar feed and password reset: who may call what', () => {
  const clock = new SettableClock();
  let app: TestApp;
  let h: Hierarchy;
  /** Whose password the reset cases reset: someone outside the matrix, so every persona keeps their session. */
  let forgetful: Member;
  beforeAll(async () => {
    app = await startTestApp({ clock });
    h = await buildHierarchy(app);
    forgetful = await h.org.addMember({ name: 'Fay Forgetful' });
  });
  afterAll(() => app.close());
  // Each case an hour after the last, so the reset request limits of one email and one address start afresh.
  beforeEach(() => clock.set(new Date(clock.now().getTime() + 61 * 60_000)));

  /** A reset link, as the mail carries it (read from the .eml file the app wrote without SMTP). */
  async function resetToken(): Promise<string> {
    // Files are named by the mail's date: this request's is the one stamped now (the clock stands still
    // within a case, and the previous case's mail is stamped an hour earlier).
    const stamp = clock.now().toISOString().replace(/[:.]/g, '-');
    await app.client().ok(REQUEST_PASSWORD_RESET, { input: { email: forgetful.email } });
    // The mail is written just after the answer; the test's timeout bounds the wait.
    for (;;) {
      for (const file of readdirSync(app.mailDir).filter((name) => name.startsWith(stamp))) {
        const token = (await simpleParser(readFileSync(path.join(app.mailDir, file)))).text?.match(/reset-password\/([A-Za-z0-9_-]{43})/)?.[1];
        if (token) return token;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  const OPERATIONS: { name: string; run(c: GraphqlClient): Promise<Expected>; expected: Record<Persona, Expected> }[] = [
    { name: 'myNotificationSettings', run: (c) => outcome(c.request(MY_NOTIFICATION_SETTINGS)), expected: ownOnly },
    { name: 'updateMyNotificationSettings', run: (c) => outcome(c.request(UPDATE_MY_NOTIFICATION_SETTINGS, { input: { delivery: 'DAILY_DIGEST' } })), expected: ownOnly },
    { name: 'myCalendarFeed', run: (c) => outcome(c.request(MY_CALENDAR_FEED)), expected: ownOnly },
    { name: 'createCalendarFeed', run: (c) => outcome(c.request(CREATE_CALENDAR_FEED)), expected: ownOnly },
    { name: 'revokeCalendarFeed', run: (c) => outcome(c.request(REVOKE_CALENDAR_FEED)), expected: ownOnly },
    // Public, and the same answer for anyone: asking tells nothing and changes nothing of the caller's.
    { name: 'requestPasswordReset', run: (c) => outcome(c.request(REQUEST_PASSWORD_RESET, { input: { email: forgetful.email } })), expected: everyone },
    // The link is the credential, whoever holds it; a made-up one is refused for everyone alike.
    {
      name: 'resetPassword',
      run: async (c) => outcome(c.request(RESET_PASSWORD, { input: { token: await resetToken(), password: 'a new password for Fay' } })),
      expected: everyone,
    },
    {
      name: 'resetPassword (made-up token)',
      run: (c) => outcome(c.request(RESET_PASSWORD, { input: { token: 'x'.repeat(43), password: 'a new password for Fay' } })),
      expected: { ...everyone, ...Object.fromEntries(PERSONAS.map((p) => [p, 'NOT_FOUND'])) },
    },
  ];

  const cases = OPERATIONS.flatMap((op) => PERSONAS.map((persona) => [op.name, persona, op.expected[persona], op] as const));

  it.each(cases)('%s as %s → %s', async (_, persona, expected, op) => {
    expect(await op.run(h.clients[persona])).toBe(expected);
  });

  it('one person’s changes never reach another’s settings or feed', async () => {
    const { createCalendarFeed } = await h.owner.client.ok(CREATE_CALENDAR_FEED);
    await h.owner.client.ok(UPDATE_MY_NOTIFICATION_SETTINGS, { input: { emailEnabled: true, delivery: 'IMMEDIATE', kinds: [{ kind: 'ROLE_SHARED', email: true }] } });
    for (const persona of PERSONAS.filter((p) => p !== 'OWNER' && p !== 'ANONYMOUS')) {
      await h.clients[persona].ok(UPDATE_MY_NOTIFICATION_SETTINGS, { input: { emailEnabled: false, kinds: [{ kind: 'ROLE_SHARED', email: false }] } });
      await h.clients[persona].ok(REVOKE_CALENDAR_FEED);
    }
    const { myNotificationSettings } = await h.owner.client.ok(MY_NOTIFICATION_SETTINGS);
    expect(myNotificationSettings.emailEnabled).toBe(true);
    expect(myNotificationSettings.kinds.find((k) => k.kind === 'ROLE_SHARED')?.email).toBe(true);
    expect((await fetch(createCalendarFeed.url.replace('http://onward.test', app.url.replace(/\/graphql$/, '')))).status).toBe(200);
  });
});
