import { REQUEST_LIMITS } from '../src/common/request-limits/request-limits';
import { signUpOrganization, type TestOrganization } from './builders';
import { graphql } from './generated';
import { codeOf, reasonOf, type GraphqlResponse } from './graphql-client';
import { CREATE_LEVEL, ME } from './operations';
import { startTestApp, type TestApp } from './test-app';

/** A page of people, each with two levels of reports: what a page size multiplies. */
const PEOPLE_AND_THEIR_TEAMS = graphql(`
  query PeopleAndTheirTeams($first: Int!) {
    people(first: $first) {
      edges {
        node {
          directReports {
            directReports {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** `me { a { id b { id … { id } } } }`, `depth` fields deep counting `me` and the last `id`. */
function chain(depth: number, fieldAt: (level: number) => string): string {
  let inner = 'id';
  for (let level = depth - 2; level >= 1; level--) inner = `${fieldAt(level)} { id ${inner} }`;
  return `query Deep { me { ${inner} } }`;
}

const reportsAndManagers = (level: number) => (level % 2 === 1 ? 'directReports' : 'manager');

/**
 * A document that asks too much is refused before anything runs: `BAD_USER_INPUT` with the limit
 * as the reason, and not one SQL statement, not even the session lookup (the clients are signed in).
 */
describe('request limits', () => {
  let app: TestApp;
  let org: TestOrganization;
  beforeAll(async () => {
    app = await startTestApp();
    org = await signUpOrganization(app);
  });
  afterAll(() => app.close());

  async function send(send: () => Promise<GraphqlResponse<unknown>>) {
    app.queries.reset();
    const result = await send();
    return { result, statements: app.queries.count };
  }

  it('counts statements: a request within the limits looks up the session and runs', async () => {
    const { result, statements } = await send(() => org.admin.client.request(ME));
    expect(codeOf(result)).toBe('OK');
    expect(statements).toBeGreaterThanOrEqual(2);
  });

  it('refuses the 27-deep me → directReports → manager … chain', async () => {
    const { result, statements } = await send(() => org.admin.client.requestRaw(chain(27, reportsAndManagers)));
    expect([codeOf(result), reasonOf(result)]).toEqual(['BAD_USER_INPUT', 'QUERY_TOO_DEEP']);
    expect(result.errors?.[0].extensions).toMatchObject({ limit: REQUEST_LIMITS.maxDepth, found: 27 });
    expect(statements).toBe(0);
    // At the limit it runs: a chain of managers, which no list multiplies.
    expect(codeOf(await org.admin.client.requestRaw(chain(REQUEST_LIMITS.maxDepth, () => 'manager')))).toBe('OK');
    expect(reasonOf(await org.admin.client.requestRaw(chain(REQUEST_LIMITS.maxDepth + 1, () => 'manager')))).toBe('QUERY_TOO_DEEP');
  });

  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from({ length: REQUEST_LIMITS.maxAliases + 1 }, (_, i) => `p${i}: people(first: 1) { totalCount }`).join(' ');
    const { result, statements } = await send(() => org.admin.client.requestRaw(`query Aliases { ${aliases} }`));
    expect([codeOf(result), reasonOf(result)]).toEqual(['BAD_USER_INPUT', 'TOO_MANY_ALIASES']);
    expect(result.errors?.[0].extensions).toMatchObject({ limit: REQUEST_LIMITS.maxAliases, found: REQUEST_LIMITS.maxAliases + 1 });
    expect(statements).toBe(0);
  });

  it('refuses 500 aliases of people at the token limit, before validating them', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `p${i}: people(first: 100) { totalCount }`).join(' ');
    const { result, statements } = await send(() => org.admin.client.requestRaw(`query Aliases { ${aliases} }`));
    expect([codeOf(result), reasonOf(result)]).toEqual(['BAD_USER_INPUT', 'TOO_MANY_TOKENS']);
    expect(statements).toBe(0);
  });

  it('refuses a document over the token limit', async () => {
    const { result, statements } = await send(() => org.admin.client.requestRaw(`query Long { me { ${'id '.repeat(REQUEST_LIMITS.maxTokens)} } }`));
    expect([codeOf(result), reasonOf(result)]).toEqual(['BAD_USER_INPUT', 'TOO_MANY_TOKENS']);
    expect(result.errors?.[0].extensions).toMatchObject({ limit: REQUEST_LIMITS.maxTokens });
    expect(statements).toBe(0);
  });

  it('refuses more directives than the limit', async () => {
    const fields = Array.from({ length: REQUEST_LIMITS.maxDirectives + 1 }, () => 'id @include(if: true)').join(' ');
    const { result, statements } = await send(() => org.admin.client.requestRaw(`query Directives { me { ${fields} } }`));
    expect([codeOf(result), reasonOf(result)]).toEqual(['BAD_USER_INPUT', 'TOO_MANY_DIRECTIVES']);
    expect(statements).toBe(0);
  });

  it('prices a page by its page size, taken from the variables', async () => {
    const small = await send(() => org.admin.client.request(PEOPLE_AND_THEIR_TEAMS, { first: 2 }));
    expect(codeOf(small.result)).toBe('OK');
    const { result, statements } = await send(() => org.admin.client.request(PEOPLE_AND_THEIR_TEAMS, { first: 100 }));
    expect([codeOf(result), reasonOf(result)]).toEqual(['BAD_USER_INPUT', 'QUERY_TOO_COSTLY']);
    expect(result.errors?.[0].extensions).toMatchObject({ limit: REQUEST_LIMITS.maxCost, found: 21_301 });
    expect(statements).toBe(0);
  });

  it('does not let a negative page size pay for the rest of the document', async () => {
    const costly = 'edges { node { directReports { directReports { id name } } } }';
    const query = `query Offset { a: people(first: -100000) { ${costly} } b: people(first: 100) { ${costly} } }`;
    const { result, statements } = await send(() => org.admin.client.requestRaw(query));
    expect(reasonOf(result)).toBe('QUERY_TOO_COSTLY');
    expect(statements).toBe(0);
  });

  it('refuses fragments that spread each other over and over, as too costly', async () => {
    // Each fragment spreads the next twice: 2^14 copies of the last one, in a document of 200 tokens.
    const fragments = Array.from({ length: 14 }, (_, i) => `fragment F${i} on Person { ...F${i + 1} ... on Person { ...F${i + 1} } }`).join(' ');
    const query = `query Bomb { me { ...F0 } } ${fragments} fragment F14 on Person { id }`;
    const { result, statements } = await send(() => org.admin.client.requestRaw(query));
    expect([codeOf(result), reasonOf(result)]).toEqual(['BAD_USER_INPUT', 'QUERY_TOO_COSTLY']);
    expect(statements).toBe(0);
  });

  it('refuses a document that declares more variables than the limit', async () => {
    const names = Array.from({ length: REQUEST_LIMITS.maxVariables + 1 }, (_, i) => `$k${i}`);
    const query = `mutation ManyVariables(${names.map((n) => `${n}: String!`).join(' ')}) {
      createLevel(input: { key: "K", name: "K", rank: 1, track: IC, keywords: [${names.join(' ')}] }) { id }
    }`;
    const { result, statements } = await send(() => org.admin.client.requestRaw(query));
    expect([codeOf(result), reasonOf(result)]).toEqual(['BAD_USER_INPUT', 'TOO_MANY_VARIABLES']);
    expect(result.errors?.[0].extensions).toMatchObject({ limit: REQUEST_LIMITS.maxVariables, found: REQUEST_LIMITS.maxVariables + 1 });
    expect(statements).toBe(0);
  });

  it('refuses a variables object with more keys than the limit, though the document declares one', async () => {
    const variables = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`v${i}`, i]));
    const { result, statements } = await send(() => org.admin.client.requestRaw('query One($v0: Int) { people(first: $v0) { totalCount } }', variables));
    expect([codeOf(result), reasonOf(result)]).toEqual(['BAD_USER_INPUT', 'TOO_MANY_VARIABLES']);
    expect(statements).toBe(0);
  });

  it('refuses variables that hold more values than the limit', async () => {
    const input = { key: 'X1', name: 'X', rank: 1, track: 'IC' as const, keywords: Array.from({ length: REQUEST_LIMITS.maxVariableValues }, (_, i) => `k${i}`) };
    const { result, statements } = await send(() => org.admin.client.request(CREATE_LEVEL, { input }));
    expect([codeOf(result), reasonOf(result)]).toEqual(['BAD_USER_INPUT', 'VARIABLES_TOO_LARGE']);
    expect(statements).toBe(0);
  });

  it('answers a parse error and an unknown field without SQL either', async () => {
    for (const query of ['query Broken { me { id ', 'query Unknown { me { nope } }']) {
      const { result, statements } = await send(() => org.admin.client.requestRaw(query));
      expect(reasonOf(result)).toMatch(/^INVALID_(SYNTAX|DOCUMENT)$/);
      expect(statements).toBe(0);
    }
  });
});
