import { codeOf, reasonOf } from './graphql-client';
import { signUpOrganization } from './builders';
import type { CreateLevelInput } from './generated/graphql';
import { CREATE_LEVEL, DELETE_LEVEL, LEVELS, ORGANIZATION, UPDATE_LEVEL, UPDATE_ORGANIZATION } from './operations';
import { startTestApp, TestApp } from './test-app';

describe('the level ladder and organization settings', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('starts from the default ladder of docs/product.md', async () => {
    const org = await signUpOrganization(app);
    const { levels } = await org.admin.client.ok(LEVELS);
    expect(levels.map((l) => l.key)).toEqual(['IC1', 'IC2', 'IC3', 'IC4', 'M1', 'IC5', 'M2', 'IC6', 'M3', 'IC7', 'M4', 'M5']);
    expect(levels.find((l) => l.key === 'IC5')).toMatchObject({ name: 'Senior Staff', track: 'IC', rank: 5, keywords: ['senior staff'] });
  });

  it('lets admins add, rename, re-rank and remove levels; keywords are normalised', async () => {
    const org = await signUpOrganization(app);
    const { createLevel } = await org.admin.client.ok(CREATE_LEVEL, { input: { key: 'IC8', name: 'Fellow', track: 'IC', rank: 9, keywords: [' Fellow ', 'fellow', 'Chief  Scientist'] } });
    expect(createLevel.keywords).toEqual(['fellow', 'chief scientist']);
    const { updateLevel } = await org.admin.client.ok(UPDATE_LEVEL, { id: createLevel.id, input: { name: 'Company Fellow', rank: 10 } });
    expect(updateLevel).toMatchObject({ key: 'IC8', name: 'Company Fellow', rank: 10 });
    await org.admin.client.ok(DELETE_LEVEL, { id: createLevel.id });
    expect((await org.admin.client.ok(LEVELS)).levels).toHaveLength(12);
  });

  it('refuses a duplicate key and deleting a level someone holds', async () => {
    const org = await signUpOrganization(app);
    const dup = await org.admin.client.request(CREATE_LEVEL, { input: { key: 'IC3', name: 'Again', track: 'IC', rank: 3 } });
    expect([codeOf(dup), reasonOf(dup)]).toEqual(['CONFLICT', 'LEVEL_KEY_TAKEN']);
    await org.addMember({ levelKey: 'IC2' });
    const inUse = await org.admin.client.request(DELETE_LEVEL, { id: org.levelId('IC2') });
    expect([codeOf(inUse), reasonOf(inUse)]).toEqual(['CONFLICT', 'LEVEL_IN_USE']);
  });

  // `as never` marks a track outside the schema's enum, sent on purpose.
  it.each<[CreateLevelInput, string]>([
    [{ key: '', name: 'X', track: 'IC', rank: 1 }, 'BAD_USER_INPUT'],
    [{ key: 'has space', name: 'X', track: 'IC', rank: 1 }, 'BAD_USER_INPUT'],
    [{ key: 'K1', name: 'X', track: 'IC', rank: -1 }, 'BAD_USER_INPUT'],
    [{ key: 'K1', name: 'X', track: 'CEO' as never, rank: 1 }, 'BAD_USER_INPUT'],
    [{ key: 'K1', name: 'X', track: 'IC', rank: 1, keywords: ['k'.repeat(41)] }, 'BAD_USER_INPUT'],
  ])('rejects level %j and writes nothing', async (input, code) => {
    const org = await signUpOrganization(app);
    expect(codeOf(await org.admin.client.request(CREATE_LEVEL, { input }))).toBe(code);
    expect((await org.admin.client.ok(LEVELS)).levels).toHaveLength(12);
  });

  it('only admins edit the ladder or settings; everyone reads them', async () => {
    const org = await signUpOrganization(app);
    const member = await org.addMember();
    expect((await member.client.ok(LEVELS)).levels).toHaveLength(12);
    expect(codeOf(await member.client.request(CREATE_LEVEL, { input: { key: 'X1', name: 'X', track: 'IC', rank: 1 } }))).toBe('FORBIDDEN');
    expect(codeOf(await member.client.request(UPDATE_ORGANIZATION, { input: { name: 'Mine now' } }))).toBe('FORBIDDEN');
    expect(codeOf(await app.client().request(LEVELS))).toBe('UNAUTHENTICATED');
  });

  it('keeps the anonymity threshold at 3 or more and the cadence between 1 and 36 months', async () => {
    const org = await signUpOrganization(app);
    expect(codeOf(await org.admin.client.request(UPDATE_ORGANIZATION, { input: { anonymityThreshold: 2 } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await org.admin.client.request(UPDATE_ORGANIZATION, { input: { practiceCadenceMonths: 0 } }))).toBe('BAD_USER_INPUT');
    const { updateOrganization } = await org.admin.client.ok(UPDATE_ORGANIZATION, { input: { anonymityThreshold: 3, practiceCadenceMonths: 6 } });
    expect(updateOrganization).toMatchObject({ anonymityThreshold: 3, practiceCadenceMonths: 6 });
    expect((await org.admin.client.ok(ORGANIZATION)).organization.anonymityThreshold).toBe(3);
  });

  it('keeps a time zone the organization can be scheduled in: UTC until an admin names an IANA zone', async () => {
    const org = await signUpOrganization(app);
    const member = await org.addMember();
    expect((await member.client.ok(ORGANIZATION)).organization.timeZone).toBe('UTC');
    for (const timeZone of ['Mars/Olympus_Mons', '+02:00', 'UTC+2', '', 'Europe/Berlin '.repeat(6)]) {
      expect(codeOf(await org.admin.client.request(UPDATE_ORGANIZATION, { input: { timeZone } }))).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await member.client.request(UPDATE_ORGANIZATION, { input: { timeZone: 'Europe/Berlin' } }))).toBe('FORBIDDEN');
    expect((await org.admin.client.ok(ORGANIZATION)).organization.timeZone).toBe('UTC');
    // Spelled as the time-zone data spells it.
    const { updateOrganization } = await org.admin.client.ok(UPDATE_ORGANIZATION, { input: { timeZone: 'europe/berlin' } });
    expect(updateOrganization.timeZone).toBe('Europe/Berlin');
    expect((await member.client.ok(ORGANIZATION)).organization.timeZone).toBe('Europe/Berlin');
  });
});
