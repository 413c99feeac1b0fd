import { signUpOrganization, type TestOrganization } from './builders';
import { printed, type GraphqlResponse } from './graphql-client';
import { LOG_OUT, ME } from './operations';
import { startTestApp, type TestApp } from './test-app';

interface Answer {
  status: number;
  contentType: string | null;
  body: GraphqlResponse<unknown>;
  statements: number;
}

/**
 * Requests that are not one GraphQL request in JSON still answer `{ errors: [{ message,
 * extensions: { code, reason } }] }` with a fitting status, sent here with plain fetch, and run no SQL.
 */
describe('requests that are not one GraphQL request in JSON', () => {
  let app: TestApp;
  let org: TestOrganization;
  beforeAll(async () => {
    app = await startTestApp();
    org = await signUpOrganization(app);
  });
  afterAll(() => app.close());

  async function send(init: { method?: string; headers?: Record<string, string>; body?: string; search?: string }): Promise<Answer> {
    app.queries.reset();
    const response = await fetch(`${app.url}${init.search ?? ''}`, {
      method: init.method ?? 'POST',
      headers: { cookie: org.admin.client.cookie as string, ...init.headers },
      body: init.body,
    });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type'), body: JSON.parse(text) as GraphqlResponse<unknown>, statements: app.queries.count };
  }

  function expectRefusal(answer: Answer, status: number, code: string, reason: string): void {
    expect(answer.status).toBe(status);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]).toEqual({ message: expect.any(String), extensions: expect.objectContaining({ code, reason }) });
    expect(answer.statements).toBe(0);
  }

  const json = { 'content-type': 'application/json' };

  it('a body over 8 MB: 413', async () => {
    const body = JSON.stringify({ query: printed(ME), variables: { pasted: 'x'.repeat(8 * 1024 * 1024 + 1) } });
    expectRefusal(await send({ headers: json, body }), 413, 'BAD_REQUEST', 'BODY_TOO_LARGE');
  });

  it('malformed JSON: 400', async () => {
    expectRefusal(await send({ headers: json, body: '{"query": "{ me { id } }"' }), 400, 'BAD_REQUEST', 'MALFORMED_JSON');
  });

  it('JSON that is not an object: 400', async () => {
    expectRefusal(await send({ headers: json, body: '"{ me { id } }"' }), 400, 'BAD_REQUEST', 'MALFORMED_JSON');
  });

  it('another content type: 415', async () => {
    const body = JSON.stringify({ query: printed(ME) });
    expectRefusal(await send({ headers: { 'content-type': 'text/plain' }, body }), 415, 'BAD_REQUEST', 'UNSUPPORTED_CONTENT_TYPE');
    expectRefusal(await send({ headers: { 'content-type': 'application/graphql' }, body: printed(ME) }), 415, 'BAD_REQUEST', 'UNSUPPORTED_CONTENT_TYPE');
  });

  it('a charset the parser cannot read: 415', async () => {
    const body = JSON.stringify({ query: printed(ME) });
    expectRefusal(await send({ headers: { 'content-type': 'application/json; charset=latin-9' }, body }), 415, 'BAD_REQUEST', 'UNSUPPORTED_CONTENT_TYPE');
  });

  it('an empty body: 400', async () => {
    expectRefusal(await send({ headers: json, body: '' }), 400, 'BAD_REQUEST', 'EMPTY_BODY');
    expectRefusal(await send({ headers: json, body: '{}' }), 400, 'BAD_REQUEST', 'EMPTY_BODY');
    expectRefusal(await send({}), 400, 'BAD_REQUEST', 'EMPTY_BODY');
  });

  it('a batch (a JSON array of operations): 400, refused rather than limited', async () => {
    const body = JSON.stringify([{ query: printed(ME) }, { query: printed(ME) }]);
    expectRefusal(await send({ headers: json, body }), 400, 'BAD_REQUEST', 'BATCH_NOT_SUPPORTED');
  });

  it('a body without a query: 400', async () => {
    expectRefusal(await send({ headers: json, body: JSON.stringify({ variables: {} }) }), 400, 'BAD_REQUEST', 'INVALID_REQUEST');
  });

  it('GET with a mutation: 405, and nothing is done', async () => {
    const search = `?query=${encodeURIComponent(printed(LOG_OUT))}`;
    const answer = await send({ method: 'GET', headers: { 'apollo-require-preflight': 'true' }, search });
    expectRefusal(answer, 405, 'BAD_REQUEST', 'METHOD_NOT_ALLOWED');
    expect((await org.admin.client.ok(ME)).me?.id).toBe(org.admin.id);
  });

  it('GET with a query runs it, with the header a cross-site page cannot send', async () => {
    const search = `?query=${encodeURIComponent('query Me { me { id } }')}`;
    const answer = await send({ method: 'GET', headers: { 'apollo-require-preflight': 'true' }, search });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { me: { id: org.admin.id } } });
  });

  it('GET without that header: 400 (CSRF prevention)', async () => {
    const search = `?query=${encodeURIComponent('query Me { me { id } }')}`;
    expectRefusal(await send({ method: 'GET', search }), 400, 'BAD_REQUEST', 'INVALID_REQUEST');
  });

  it('another method: 405', async () => {
    expectRefusal(await send({ method: 'PUT', headers: json, body: JSON.stringify({ query: printed(ME) }) }), 405, 'BAD_REQUEST', 'METHOD_NOT_ALLOWED');
  });
});
