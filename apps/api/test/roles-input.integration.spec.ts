import type { CreateInterestingRoleInput } from './generated/graphql';
import { codeOf, GraphqlClient, GraphqlResponse, reasonOf } from './graphql-client';
import { buildHierarchy, Hierarchy } from './hierarchy';
import { ADD_INTERVIEW, COMMENT, CREATE_ROLE, DELETE_ROLE, IMPORT_POSTING, ROLE, SET_ROLE_LEVEL, SHARE_ROLE, UPDATE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

const GREENHOUSE_PAGE = `<!doctype html><html><head><title>Job Application for Staff Engineer at Acme</title>
<meta property="og:title" content="Staff Engineer" />
<script type="application/ld+json">{"@context":"schema.org","@type":"JobPosting","title":"Staff Engineer, Payments",
"hiringOrganization":{"@type":"Organization","name":"Acme Corp"},"jobLocation":{"@type":"Place","address":{"addressLocality":"Berlin","addressCountry":"DE"}},
"jobLocationType":"TELECOMMUTE","description":"&lt;p&gt;Build &amp;amp; run payments.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;",
"baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":"95000","maxValue":120000,"unitText":"YEAR"}},
"employmentType":"FULL_TIME","datePosted":"2026-11-01","validThrough":"2026-12-31"}</script></head><body></body></html>`;

describe('interesting roles: input, import and deletion', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  const count = async (table: string) => (await app.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const counts = async () => ({ roles: await count('interesting_roles'), interviews: await count('role_interviews'), comments: await count('role_comments') });

  it('imports a job page into a draft with a suggested level, saving nothing', async () => {
    const before = await counts();
    const { importJobPosting } = await h.owner.client.ok(IMPORT_POSTING, { input: { content: GREENHOUSE_PAGE } });
    expect(importJobPosting).toMatchObject({
      source: 'JSON_LD',
      title: 'Staff Engineer, Payments',
      company: 'Acme Corp',
      remote: true,
      salary: { min: 95000, max: 120000, currency: 'EUR', unit: 'YEAR' },
      employmentTypes: ['FULL_TIME'],
      datePosted: '2026-11-01',
      suggestedLevelKey: 'IC4',
    });
    expect(importJobPosting.location).toContain('Berlin');
    expect(importJobPosting.description).toContain('Build & run payments.');
    expect(importJobPosting.description).not.toContain('<p>');
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['malformed JSON-LD', '{"@type": "JobPosting", "title": '],
    ['JSON that is not a posting', '{"@type": "Organization", "name": "Acme"}'],
    ['a page with nothing usable', '<html><body><p>hello</p></body></html>'],
  ])('explains why %s cannot be imported', async (_, content) => {
    const result = await h.owner.client.request(IMPORT_POSTING, { input: { content } });
    expect([codeOf(result), reasonOf(result)]).toEqual(['BAD_USER_INPUT', 'POSTING_UNUSABLE']);
    expect(result.errors?.[0].message.length).toBeGreaterThan(10);
    expect(result.errors?.[0].extensions?.postingFailure).toBeDefined();
  });

  it('refuses a huge paste before parsing it', async () => {
    const result = await h.owner.client.request(IMPORT_POSTING, { input: { content: `<html>${'x'.repeat(2_100_000)}</html>` } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });

  it('keeps the fields of a full role', async () => {
    const input: CreateInterestingRoleInput = {
      title: 'Staff Engineer', company: 'Acme', url: 'https://jobs.example.com/1', location: 'Berlin', remote: true, description: 'Payments',
      source: 'RECRUITER_REACHED_OUT', employmentTypes: ['FULL_TIME'], salaryMin: 90000, salaryMax: 110000, salaryCurrency: 'eur', salaryUnit: 'year',
      toldNotLooking: true, myWhy: 'Scope', whyTheyReachedOut: 'My talk', jobDescriptionReceived: true, whatWouldItTake: 'Staff title', outcome: 'APPLIED',
    };
    const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input });
    expect(createInterestingRole).toMatchObject({
      title: 'Staff Engineer', remote: true, source: 'RECRUITER_REACHED_OUT', outcome: 'APPLIED', isShared: false,
      salary: { min: 90000, max: 110000, currency: 'EUR', unit: 'YEAR' },
      checklist: { toldNotLooking: true, myWhy: 'Scope', whyTheyReachedOut: 'My talk', jobDescriptionReceived: true, whatWouldItTake: 'Staff title' },
    });
    const cleared = await h.owner.client.ok(UPDATE_ROLE, { id: createInterestingRole.id, input: { company: null, myWhy: '', outcome: 'INTERVIEWING' } });
    expect(cleared.updateInterestingRole).toMatchObject({ company: null, outcome: 'INTERVIEWING', checklist: { myWhy: null } });
  });

  it('deletes a role for good, with its interviews, thread and access log', async () => {
    const { createInterestingRole: role } = await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Gone Engineer' } });
    await h.owner.client.ok(ADD_INTERVIEW, { roleId: role.id, input: { heldOn: '2026-12-02', kind: 'PANEL' } });
    await h.owner.client.ok(SHARE_ROLE, { id: role.id });
    await h.manager.client.ok(COMMENT, { id: role.id, body: 'hi' });
    await h.manager.client.ok(ROLE, { id: role.id });
    expect((await h.owner.client.ok(DELETE_ROLE, { id: role.id })).deleteInterestingRole).toBe(role.id);
    for (const table of ['interesting_roles', 'role_interviews', 'role_comments', 'role_views']) {
      const column = table === 'interesting_roles' ? 'id' : 'role_id';
      expect((await app.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [role.id]))[0].n).toBe(0);
    }
    expect(codeOf(await h.owner.client.request(ROLE, { id: role.id }))).toBe('NOT_FOUND');
  });

  describe('bad input gets BAD_USER_INPUT and writes nothing', () => {
    let roleId: string;
    beforeAll(async () => {
      roleId = (await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Steady Engineer' } })).createInterestingRole.id;
      await h.owner.client.ok(SHARE_ROLE, { id: roleId });
    });

    // `as never` marks a value outside the schema's enum, sent on purpose.
    const cases: [string, (client: GraphqlClient) => Promise<GraphqlResponse<unknown>>][] = [
      ['createInterestingRole with an empty title', (c) => c.request(CREATE_ROLE, { input: { title: '' } })],
      ['createInterestingRole with a blank title', (c) => c.request(CREATE_ROLE, { input: { title: '   ' } })],
      ['createInterestingRole with a title too long', (c) => c.request(CREATE_ROLE, { input: { title: 't'.repeat(201) } })],
      ['createInterestingRole with a wrong source', (c) => c.request(CREATE_ROLE, { input: { title: 'X', source: 'CARRIER_PIGEON' as never } })],
      ['createInterestingRole with a bad url', (c) => c.request(CREATE_ROLE, { input: { title: 'X', url: 'javascript:alert(1)' } })],
      ['createInterestingRole with a reversed salary', (c) => c.request(CREATE_ROLE, { input: { title: 'X', salaryMin: 10, salaryMax: 5 } })],
      ['createInterestingRole with a huge description', (c) => c.request(CREATE_ROLE, { input: { title: 'X', description: 'd'.repeat(50_001) } })],
      ['updateInterestingRole with an empty title', (c) => c.request(UPDATE_ROLE, { id: roleId, input: { title: '' } })],
      ['updateInterestingRole with a wrong outcome', (c) => c.request(UPDATE_ROLE, { id: roleId, input: { outcome: 'MAYBE' as never } })],
      ['importJobPosting with nothing', (c) => c.request(IMPORT_POSTING, { input: { content: '' } })],
      ['shareInterestingRole with a message too long', (c) => c.request(SHARE_ROLE, { id: roleId, message: 'm'.repeat(2001) })],
      ['setInterestingRoleLevel with an unknown level', (c) => c.request(SET_ROLE_LEVEL, { id: roleId, levelKey: 'NOPE' })],
      ['addInterview with an impossible date', (c) => c.request(ADD_INTERVIEW, { roleId, input: { heldOn: '2026-02-30', kind: 'PANEL' } })],
      ['addInterview with a wrong kind', (c) => c.request(ADD_INTERVIEW, { roleId, input: { heldOn: '2026-02-03', kind: 'KARAOKE' as never } })],
      ['addInterview with notes too long', (c) => c.request(ADD_INTERVIEW, { roleId, input: { heldOn: '2026-02-03', kind: 'PANEL', notes: 'n'.repeat(5001) } })],
      ['commentOnInterestingRole with a blank body', (c) => c.request(COMMENT, { id: roleId, body: '   ' })],
      ['commentOnInterestingRole with a body too long', (c) => c.request(COMMENT, { id: roleId, body: 'b'.repeat(5001) })],
    ];

    it.each(cases)('%s', async (_, send) => {
      const before = await counts();
      const role = (await h.owner.client.ok(ROLE, { id: roleId })).interestingRole;
      const result = await send(h.owner.client);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(await counts()).toEqual(before);
      const after = (await h.owner.client.ok(ROLE, { id: roleId })).interestingRole;
      expect({ ...after }).toEqual({ ...role, views: after.views });
    });
  });
});
