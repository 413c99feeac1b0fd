import { shutDownGracefully } from '../src/common/http/graceful-shutdown';
import { signUpOrganization, type Member } from './builders';
import { APP_ORIGIN, LiveConnection, subscribe, upgradeAnswer, upgradeHeaders } from './live-client';
import { NUDGES_CHANGED } from './nudges-operations';
import { LOG_OUT } from './operations';
import { startTestApp, type TestApp } from './test-app';

/** The WebSocket on /graphql: who may open it, and what it carries. */
describe('subscriptions over graphql-ws', () => {
  let app: TestApp;
  let admin: Member;
  beforeAll(async () => {
    app = await startTestApp();
    admin = (await signUpOrganization(app)).admin;
  });
  afterAll(() => app.close());

  describe('the upgrade', () => {
    const ownAddress = () => new URL(app.url).origin;

    it.each([
      ['the app’s page, at its public URL', 101, null, () => upgradeHeaders(admin.client, APP_ORIGIN)],
      ['the app’s page, at the address it was reached on', 101, null, () => upgradeHeaders(admin.client, ownAddress())],
      ['a page of another site, with the cookie the browser adds', 403, 'ORIGIN_NOT_ALLOWED', () => upgradeHeaders(admin.client, 'https://evil.example')],
      ['no Origin', 403, 'ORIGIN_NOT_ALLOWED', () => upgradeHeaders(admin.client, null)],
      ['no session cookie', 401, 'NOT_SIGNED_IN', () => upgradeHeaders(null, APP_ORIGIN)],
      ['a made-up session cookie', 401, 'NOT_SIGNED_IN', () => ({ ...upgradeHeaders(null, APP_ORIGIN), cookie: 'onward_session=not-a-session' })],
    ])('%s → %s %s', async (_, status, reason, headers) => {
      const answer = await upgradeAnswer(app.url, headers());
      expect(answer.status).toBe(status);
      if (reason) expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { reason } }] });
    });

    it('anywhere but /graphql there is no WebSocket', async () => {
      expect((await upgradeAnswer(app.url.replace('/graphql', '/elsewhere'), upgradeHeaders(admin.client, APP_ORIGIN))).status).toBe(404);
    });

    it('a session that was ended cannot open one', async () => {
      const member = await (await signUpOrganization(app)).addMember({ name: 'Lou Logout' });
      const headers = upgradeHeaders(member.client, APP_ORIGIN);
      await member.client.ok(LOG_OUT);
      expect((await upgradeAnswer(app.url, headers)).status).toBe(401);
    });
  });

  describe('what a connection carries', () => {
    const deep = `subscription { nudgesChanged { newlyOpen { report { manager { manager { manager { manager { manager { manager { manager { manager { id } } } } } } } } } } } }`;
    const costly = `subscription { nudgesChanged { newlyOpen { report { directReports { directReports { directReports { id name email title } } } } } } }`;
    const aliases = `subscription { nudgesChanged { ${Array.from({ length: 11 }, (_, i) => `a${i}: openCount`).join(' ')} } }`;
    const tokens = `subscription { nudgesChanged { ${Array.from({ length: 400 }, () => '__typename').join(' ')} } }`;

    it.each([
      ['a query', 'BAD_REQUEST', 'SUBSCRIPTIONS_ONLY', '{ openNudgeCount }'],
      ['a mutation', 'BAD_REQUEST', 'SUBSCRIPTIONS_ONLY', 'mutation { logOut }'],
      ['a document too deep', 'BAD_USER_INPUT', 'QUERY_TOO_DEEP', deep],
      ['a document too costly', 'BAD_USER_INPUT', 'QUERY_TOO_COSTLY', costly],
      ['too many aliases', 'BAD_USER_INPUT', 'TOO_MANY_ALIASES', aliases],
      ['too many tokens', 'BAD_USER_INPUT', 'TOO_MANY_TOKENS', tokens],
      ['an unknown field', 'GRAPHQL_VALIDATION_FAILED', 'INVALID_DOCUMENT', 'subscription { nudgesChanged { secrets } }'],
      ['broken syntax', 'GRAPHQL_PARSE_FAILED', 'INVALID_SYNTAX', 'subscription { nudgesChanged {'],
    ])('%s is refused (%s, %s) before any SQL', async (_, code, reason, query) => {
      const connection = new LiveConnection(app.url, admin.client);
      try {
        // The connection's own session lookup, on the upgrade, comes first.
        await connection.subscribe(NUDGES_CHANGED).next();
        app.queries.reset();
        const refused = await connection.subscribe(query).next();
        expect(refused?.errors?.[0]?.extensions).toMatchObject({ code, reason });
        expect(app.queries.count).toBe(0);
      } finally {
        await connection.dispose();
      }
    });

    it('a subscription sent over HTTP is refused before it runs, and costs no SQL', async () => {
      app.queries.reset();
      const result = await admin.client.requestRaw('subscription { nudgesChanged { openCount } }');
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'WEBSOCKET_ONLY' });
      expect(app.queries.count).toBe(0);
    });

    it('carries at most five subscriptions at once', async () => {
      const connection = new LiveConnection(app.url, admin.client);
      try {
        const feeds = Array.from({ length: 5 }, () => connection.subscribe(NUDGES_CHANGED));
        for (const feed of feeds) expect((await feed.next())?.errors).toBeUndefined();
        const sixth = await connection.subscribe(NUDGES_CHANGED).next();
        expect(sixth?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'TOO_MANY_SUBSCRIPTIONS' });
      } finally {
        await connection.dispose();
      }
    });

    it('an instance that stops tells its clients to go (1001), so that they reconnect elsewhere', async () => {
      const sibling = await app.sibling();
      const feed = subscribe(sibling.url, admin.client, NUDGES_CHANGED);
      expect((await feed.next())?.errors).toBeUndefined();
      // As main.ts stops on SIGTERM: sockets are told to go before the server waits for its connections.
      const stopped = shutDownGracefully(sibling.app, 5_000);
      expect((await feed.next())?.errors?.[0]?.extensions).toMatchObject({ code: 'CONNECTION_CLOSED', closeCode: 1001 });
      expect(await stopped).toEqual({ forced: false });
      await sibling.close();
    });
  });
});
