import { passwordVerificationCount } from '../src/auth/passwords';
import { LOGIN_LIMITS } from '../src/auth/login-throttle.service';
import { REQUEST_LIMITS } from '../src/common/request-limits/request-limits';
import { PASSWORD, signUpOrganization } from './builders';
import { codeOf, GraphqlClient, printed, reasonOf } from './graphql-client';
import { LOG_IN, ME } from './operations';
import { startTestApp, TestApp } from './test-app';

const GUESSES = 200;

/** Runs `count` jobs with at most `inFlight` of them in progress at once. */
async function inParallel<T>(count: number, inFlight: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await job(i);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return results;
}

/** How many passwords the API verified while `run` ran. */
async function verificationsDuring(run: () => Promise<unknown>): Promise<number> {
  const before = passwordVerificationCount();
  await run();
  return passwordVerificationCount() - before;
}

/** `count` aliased log-ins in one document. Raw text on purpose: no client would type this document. */
function aliasedGuesses(email: string, count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `g${i}: logIn(input: { email: ${JSON.stringify(email)}, password: "guess ${i}" }) { id }`);
  return `mutation Guesses { ${fields.join(' ')} }`;
}

describe('password guessing: no packaging of requests gets more verifications than the limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each([1, 20, 50])(`${GUESSES} guesses with %i in flight verify at most ${LOGIN_LIMITS.perEmail} passwords`, async (inFlight) => {
    const org = await signUpOrganization(app);
    let answers: string[] = [];
    const verified = await verificationsDuring(async () => {
      answers = await inParallel(GUESSES, inFlight, async (i) => reasonOf(await app.client().request(LOG_IN, { input: { email: org.admin.email, password: `guess ${i}` } })) ?? 'OK');
    });
    console.log(`guesses evaluated, ${inFlight} in flight: ${verified} of ${GUESSES}`);
    expect(verified).toBe(LOGIN_LIMITS.perEmail);
    expect(answers.filter((a) => a === 'INVALID_CREDENTIALS')).toHaveLength(LOGIN_LIMITS.perEmail);
    expect(answers.filter((a) => a === 'TOO_MANY_ATTEMPTS')).toHaveLength(GUESSES - LOGIN_LIMITS.perEmail);
  });

  it('refuses a document with more than one log-in before verifying any, in any packaging', async () => {
    const org = await signUpOrganization(app);
    // Signed in, so a session lookup would show among the statements.
    const client = org.admin.client;
    const viaFragment = `mutation { ...Twice } fragment Twice on Mutation { a: logIn(input: { email: "${org.admin.email}", password: "x" }) { id } b: logIn(input: { email: "${org.admin.email}", password: "y" }) { id } }`;
    const mixed = `mutation { logIn(input: { email: "${org.admin.email}", password: "x" }) { id } signUp(input: { organizationName: "O", name: "N", email: "n@example.com", password: "${PASSWORD}" }) { id } }`;
    // As many aliases as the request limits allow, so this rule is what refuses them; a document
    // of GUESSES aliases is already over the token limit and refused while parsing.
    const refusals: [string, string][] = [
      [aliasedGuesses(org.admin.email, REQUEST_LIMITS.maxAliases), 'ONE_SIGN_IN_PER_REQUEST'],
      [aliasedGuesses(org.admin.email, 2), 'ONE_SIGN_IN_PER_REQUEST'],
      [viaFragment, 'ONE_SIGN_IN_PER_REQUEST'],
      [mixed, 'ONE_SIGN_IN_PER_REQUEST'],
      [aliasedGuesses(org.admin.email, GUESSES), 'TOO_MANY_TOKENS'],
    ];
    app.queries.reset();
    const verified = await verificationsDuring(async () => {
      for (const [document, reason] of refusals) {
        const result = await client.requestRaw(document);
        expect([codeOf(result), reasonOf(result), result.data]).toEqual(['BAD_USER_INPUT', reason, undefined]);
      }
    });
    console.log(`guesses evaluated, documents of ${REQUEST_LIMITS.maxAliases}, 2 and ${GUESSES} aliased log-ins, by fragment and mixed: ${verified}`);
    expect(verified).toBe(0);
    // Refused before execution: not even the session or a claim was looked up.
    expect(app.queries.roundTrips).toBe(0);
    expect((await app.db.query('SELECT count(*)::int AS n FROM login_attempts WHERE email_lower = lower($1)', [org.admin.email]))[0].n).toBe(0);
  });

  it('aliased documents sent in parallel still verify at most the limit', async () => {
    const org = await signUpOrganization(app);
    const verified = await verificationsDuring(() => inParallel(GUESSES, 50, (i) => app.client().requestRaw(`mutation { g${i}: logIn(input: { email: "${org.admin.email}", password: "guess ${i}" }) { id } }`)));
    console.log(`guesses evaluated, ${GUESSES} single-alias documents, 50 in flight: ${verified}`);
    expect(verified).toBe(LOGIN_LIMITS.perEmail);
  });

  it('refuses a batch (a JSON array of operations) outright', async () => {
    const org = await signUpOrganization(app);
    const batch = Array.from({ length: GUESSES }, (_, i) => ({ query: printed(LOG_IN), variables: { input: { email: org.admin.email, password: `guess ${i}` } } }));
    let status = 0;
    const verified = await verificationsDuring(async () => {
      status = (await app.client().post(JSON.stringify(batch))).status;
    });
    console.log(`guesses evaluated, a batch of ${GUESSES}: ${verified} (HTTP ${status})`);
    expect([status, verified]).toEqual([400, 0]);
  });

  it('limits each client address across accounts, atomically too', async () => {
    const emails = Array.from({ length: LOGIN_LIMITS.perClient + 20 }, (_, i) => `nobody-${i}-${Date.now()}@example.com`);
    const client = app.client();
    client.headers['x-forwarded-for'] = '203.0.113.7';
    const verified = await verificationsDuring(() => inParallel(emails.length, 50, (i) => client.request(LOG_IN, { input: { email: emails[i], password: 'guess' } })));
    expect(verified).toBe(LOGIN_LIMITS.perClient);
  });
});

describe('device cookies: an attack from elsewhere does not lock out the browser a person uses', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  /** A browser that signed in once, and so holds a device cookie for the admin. */
  async function trustedBrowser(email: string): Promise<GraphqlClient> {
    const browser = app.client();
    await browser.ok(LOG_IN, { input: { email, password: PASSWORD } });
    expect(browser.deviceCookie).toMatch(/^onward_device=[\w-]{22}\.[\w-]{43}$/);
    return browser;
  }

  async function lockUntrusted(email: string): Promise<void> {
    await inParallel(GUESSES, 50, (i) => app.client().request(LOG_IN, { input: { email, password: `guess ${i}` } }));
    const stranger = await app.client().request(LOG_IN, { input: { email, password: PASSWORD } });
    expect(reasonOf(stranger)).toBe('TOO_MANY_ATTEMPTS');
  }

  it('locks the untrusted bucket, while a browser with a device cookie still signs in with the right password', async () => {
    const org = await signUpOrganization(app);
    const laptop = await trustedBrowser(org.admin.email);
    await lockUntrusted(org.admin.email);
    const cookieBefore = laptop.deviceCookie;
    await laptop.ok(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
    expect((await laptop.ok(ME)).me?.id).toBe(org.admin.id);
    expect(laptop.deviceCookie).not.toBe(cookieBefore);
    // Its success cleared only its own bucket: strangers are still locked out.
    expect(reasonOf(await app.client().request(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } }))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('gives a device its own small lockout, counted atomically, which leaves other devices alone', async () => {
    const org = await signUpOrganization(app);
    const stolen = await trustedBrowser(org.admin.email);
    const laptop = await trustedBrowser(org.admin.email);
    const verified = await verificationsDuring(() =>
      inParallel(50, 20, (i) => {
        const copy = app.client();
        copy.deviceCookie = stolen.deviceCookie;
        return copy.request(LOG_IN, { input: { email: org.admin.email, password: `guess ${i}` } });
      }),
    );
    expect(verified).toBe(LOGIN_LIMITS.perDevice);
    expect(reasonOf(await stolen.request(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } }))).toBe('TOO_MANY_ATTEMPTS');
    await laptop.ok(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
    // …and never touched the untrusted bucket.
    await app.client().ok(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
  });

  it('does not trust a device cookie issued for another account, nor a forged one', async () => {
    const org = await signUpOrganization(app);
    const attackerOrg = await signUpOrganization(app);
    const attackersBrowser = await trustedBrowser(attackerOrg.admin.email);
    await lockUntrusted(org.admin.email);
    const [nonce] = attackersBrowser.deviceCookie!.split('=')[1].split('.');
    for (const cookie of [attackersBrowser.deviceCookie, `onward_device=${nonce}.${'A'.repeat(43)}`, 'onward_device=garbage']) {
      const browser = app.client();
      browser.deviceCookie = cookie;
      const result = await browser.request(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
      expect([cookie, reasonOf(result)]).toEqual([cookie, 'TOO_MANY_ATTEMPTS']);
    }
  });

  it('keeps the device cookie valid across log-out, as a browser keeps it', async () => {
    const org = await signUpOrganization(app);
    const laptop = await trustedBrowser(org.admin.email);
    await laptop.ok(ME);
    await lockUntrusted(org.admin.email);
    laptop.cookie = undefined;
    await laptop.ok(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
  });
});

describe('the device-cookie secret', () => {
  it('is made once and shared through the database: every instance honours the others’ cookies', async () => {
    const first = await startTestApp();
    const second = await first.sibling();
    try {
      const org = await signUpOrganization(first);
      const laptop = first.client();
      await laptop.ok(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
      // Counting is shared too: guesses spread over both instances get the limit between them.
      const verified = await verificationsDuring(() =>
        inParallel(60, 20, (i) => (i % 2 ? first : second).client().request(LOG_IN, { input: { email: org.admin.email, password: `guess ${i}` } })),
      );
      expect(verified).toBe(LOGIN_LIMITS.perEmail);
      const onSecond = second.client();
      onSecond.deviceCookie = laptop.deviceCookie;
      await onSecond.ok(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
      expect((await first.db.query('SELECT count(*)::int AS n FROM server_secrets'))[0].n).toBe(1);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('comes from ONWARD_DEVICE_SECRET when set, and then no secret is stored', async () => {
    const deviceSecret = 'a configured secret of at least thirty-two characters';
    const first = await startTestApp({ config: { deviceSecret } });
    const other = await first.sibling({ config: { deviceSecret: `another ${deviceSecret}` } });
    try {
      const org = await signUpOrganization(first);
      await inParallel(LOGIN_LIMITS.perEmail, 5, (i) => first.client().request(LOG_IN, { input: { email: org.admin.email, password: `guess ${i}` } }));
      const laptop = first.client();
      laptop.deviceCookie = org.admin.client.deviceCookie;
      await laptop.ok(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } });
      // An instance with a different secret does not recognise the cookie.
      const elsewhere = other.client();
      elsewhere.deviceCookie = laptop.deviceCookie;
      expect(reasonOf(await elsewhere.request(LOG_IN, { input: { email: org.admin.email, password: PASSWORD } }))).toBe('TOO_MANY_ATTEMPTS');
      expect((await first.db.query('SELECT count(*)::int AS n FROM server_secrets'))[0].n).toBe(0);
    } finally {
      await other.close();
      await first.close();
    }
  });
});
