import { getIntrospectionQuery } from 'graphql';
import { readConfig } from '../src/config/app-config';
import { signUpOrganization, type TestOrganization } from './builders';
import { codeOf, reasonOf } from './graphql-client';
import { startTestApp, type TestApp } from './test-app';

const TYPO_IN_FIELD = 'query Typo { me { nmae } }';
const TYPO_IN_VARIABLE = 'query Items($status: ActionItemStatus!) { myActionItems(status: $status) { id } }';

/**
 * Introspection and "Did you mean …?" hints map the schema: developers' tools need them, an attacker
 * should not get them. On in development, off in production (NODE_ENV=production, or
 * ONWARD_EXPOSE_SCHEMA). The committed schema and the typed clients come from the printed schema,
 * never from introspection, so turning it off changes nothing for them.
 */
describe.each([
  { mode: 'development', exposeSchema: true },
  { mode: 'production', exposeSchema: false },
])('the schema in $mode', ({ exposeSchema }) => {
  let app: TestApp;
  let org: TestOrganization;
  beforeAll(async () => {
    app = await startTestApp({ config: { exposeSchema } });
    org = await signUpOrganization(app);
  });
  afterAll(() => app.close());

  it(exposeSchema ? 'answers the standard introspection query, within the limits' : 'refuses introspection', async () => {
    const result = await org.admin.client.requestRaw(getIntrospectionQuery());
    if (exposeSchema) {
      expect(codeOf(result)).toBe('OK');
      expect((result.data as { __schema: { queryType: { name: string } } }).__schema.queryType.name).toBe('Query');
    } else {
      expect([codeOf(result), reasonOf(result)]).toEqual(['GRAPHQL_VALIDATION_FAILED', 'INTROSPECTION_DISABLED']);
      expect(result.errors?.[0].message).toBe('Introspection is turned off on this server.');
    }
  });

  it(exposeSchema ? 'answers __type' : 'refuses __type as well', async () => {
    const result = await org.admin.client.requestRaw('query Type { __type(name: "Person") { name } }');
    expect(codeOf(result)).toBe(exposeSchema ? 'OK' : 'GRAPHQL_VALIDATION_FAILED');
  });

  it(exposeSchema ? 'suggests the field meant' : 'does not suggest the field meant', async () => {
    const result = await org.admin.client.requestRaw(TYPO_IN_FIELD);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    const message = result.errors?.[0].message ?? '';
    expect(message).toContain('Cannot query field "nmae" on type "Person".');
    if (exposeSchema) expect(message).toContain('Did you mean "name"?');
    else expect(message).not.toMatch(/Did you mean/);
  });

  it(exposeSchema ? 'suggests the enum value meant in a variable' : 'does not suggest the enum value meant in a variable', async () => {
    const result = await org.admin.client.requestRaw(TYPO_IN_VARIABLE, { status: 'OPN' });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const message = result.errors?.[0].message ?? '';
    expect(message).toContain('"OPN"');
    if (exposeSchema) expect(message).toMatch(/Did you mean the enum value "OPEN"\?/);
    else expect(message).not.toMatch(/Did you mean/);
  });
});

describe('whether the schema is exposed', () => {
  it('is decided by NODE_ENV unless ONWARD_EXPOSE_SCHEMA says', () => {
    expect(readConfig({}).exposeSchema).toBe(true);
    expect(readConfig({ NODE_ENV: 'development' }).exposeSchema).toBe(true);
    expect(readConfig({ NODE_ENV: 'production' }).exposeSchema).toBe(false);
    expect(readConfig({ NODE_ENV: 'production', ONWARD_EXPOSE_SCHEMA: 'true' }).exposeSchema).toBe(true);
    expect(readConfig({ ONWARD_EXPOSE_SCHEMA: 'false' }).exposeSchema).toBe(false);
  });
});
