import { randomBytes } from 'node:crypto';
import { signUpOrganization, TestOrganization } from './builders';
import { CREATE_DEBRIEF } from './growth-operations';
import { LogCapture } from './log-capture';
import { LOG_IN, ME, SIGN_UP } from './operations';
import { CREATE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

/** Each marker is something a log must never hold: what people type, and what proves who they are. */
const marker = (label: string) => `${label}-${randomBytes(6).toString('hex')}`;

describe('request logs', () => {
  let app: TestApp;
  let org: TestOrganization;
  const logs = new LogCapture();

  beforeAll(async () => {
    app = await startTestApp({ logs, logLevels: ['log'] });
    org = await signUpOrganization(app);
  });
  afterAll(() => app.close());

  it('hold no password, session token, cookie, role or debrief text, and no variables', async () => {
    const password = marker('Password');
    const report = await org.addMember({ managerId: org.admin.id });
    const email = `${marker('login')}@example.com`;
    await app.client().ok(SIGN_UP, { input: { organizationName: marker('Org'), name: 'Lou Login', email, password } });
    const loggingIn = app.client();
    await loggingIn.ok(LOG_IN, { input: { email, password } });
    const sessionToken = decodeURIComponent((loggingIn.cookie ?? '').split('=')[1] ?? '');
    expect(sessionToken.length).toBeGreaterThan(16);
    await loggingIn.ok(ME);

    const roleText = { title: marker('Title'), company: marker('Company'), description: marker('Description'), myWhy: marker('Why'), whatWouldItTake: marker('Take') };
    await report.client.ok(CREATE_ROLE, { input: roleText });
    const debriefText = { wentWell: marker('WentWell'), couldBeBetter: marker('Better'), thirdPartyFeedback: marker('Feedback') };
    await org.admin.client.ok(CREATE_DEBRIEF, { input: { reportId: report.id, heldOn: new Date().toISOString().slice(0, 10), ...debriefText } });

    const text = logs.text();
    if (process.env.ONWARD_SHOW_LOGS) console.log(text);
    for (const secret of [password, sessionToken, email, ...Object.values(roleText), ...Object.values(debriefText)]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/onward_session|set-cookie|"cookie"|authorization|variables|argon2/i);
    const operations = logs.requests().map((entry) => entry.operation);
    expect(operations).toEqual(expect.arrayContaining(['SignUp', 'LogIn', 'Me', 'CreateInterestingRole', 'CreateDebrief']));
  });

  it('one line per request: its id, method, path, operation, status and duration; the id comes back in a header', async () => {
    const before = logs.requests().length;
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Me { me { id } }' }) });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = logs.requests().slice(before);
    expect(lines).toEqual([
      { level: 30, time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), requestId: id, method: 'POST', path: '/graphql', operation: 'Me', status: 200, durationMs: expect.any(Number), msg: 'request completed' },
    ]);
  });

  it('keeps a plain incoming x-request-id and replaces one that could forge or break a line', async () => {
    const send = (requestId: string) => fetch(app.url.replace('/graphql', '/healthz'), { headers: { 'x-request-id': requestId } }).then((r) => r.headers.get('x-request-id'));
    expect(await send('edge-7f3a.42:retry_1')).toBe('edge-7f3a.42:retry_1');
    for (const hostile of ['"}{"level":60', 'a b', 'x'.repeat(65), 'é']) {
      const answered = await send(hostile);
      expect(answered).toMatch(/^[0-9a-f-]{36}$/);
      expect(logs.text()).not.toContain(hostile);
    }
  });

  it('a token in a page address is not logged', async () => {
    const token = randomBytes(24).toString('base64url');
    await fetch(`${app.url.replace('/graphql', '')}/invite/${token}?next=${token}`);
    expect(logs.text()).not.toContain(token);
    expect(logs.requests().at(-1)).toMatchObject({ method: 'GET', path: '/invite/:token', status: 404 });
  });
});
