import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { signUpOrganization, unique } from './builders';
import { graphql } from './generated';
import type { GraphqlClient, VariablesArgument } from './graphql-client';
import { NudgeFieldsResolver } from '../src/nudges/nudge-fields.resolver';
import { IMPORT } from './operations';
import { MY_NUDGES } from './nudges-operations';
import { SHARED_FILTERED, SHARED_WITH_ME } from './roles-operations';
import { TEAM_PAGE as GROWTH_TEAM_PAGE } from './growth-operations';
import { startTestApp, TestApp } from './test-app';

const TEAM_PAGE = graphql(`
  query TeamWithReportingLines {
    me {
      id
      name
      level {
        key
        name
      }
      manager {
        name
        level {
          key
        }
      }
      directReports {
        id
        name
        title
        level {
          key
          name
          rank
        }
        manager {
          id
          name
        }
        directReports {
          id
          name
          level {
            key
          }
        }
      }
    }
  }
`);

/** The people page with each person's level, manager and reports: the relations a loader batches. */
const PEOPLE_WITH_RELATIONS = graphql(`
  query PeopleWithRelations($first: Int, $after: String, $search: String, $includeDeactivated: Boolean) {
    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          email
          status
          level {
            key
          }
          manager {
            name
          }
          directReports {
            id
          }
        }
      }
    }
  }
`);

/** The number of SQL statements per request must not grow with the size of a team (DataLoaders). */
describe('statements per request', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function managerWithTeamOf(size: number) {
    const org = await signUpOrganization(app);
    const d = unique('t');
    const rows = Array.from({ length: size }, (_, i) => `r${i}-${d}@example.com,Report ${i},Engineer,${['IC1', 'IC2', 'IC3'][i % 3]},${org.admin.email}`);
    const { importPeople } = await org.admin.client.ok(IMPORT, { input: { csv: ['email,name,title,level,manager email', ...rows].join('\n') } });
    expect(importPeople.created).toBe(size);
    return org;
  }

  async function statementsFor<TResult, TVariables>(
    client: GraphqlClient,
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: VariablesArgument<NoInfer<TVariables>>
  ) {
    app.queries.reset();
    const data = await client.ok(document, ...variables);
    if (process.env.ONWARD_PRINT_COUNTS) console.log(`${app.queries.count} statements, ${app.queries.roundTrips} round trips`);
    return { count: app.queries.count, roundTrips: app.queries.roundTrips, data };
  }

  it('the team page costs the same for 5 reports as for 50', async () => {
    const small = await managerWithTeamOf(5);
    const large = await managerWithTeamOf(50);
    const a = await statementsFor(small.admin.client, TEAM_PAGE);
    const b = await statementsFor(large.admin.client, TEAM_PAGE);
    expect(a.data.me?.directReports).toHaveLength(5);
    expect(b.data.me?.directReports).toHaveLength(50);
    expect(b.count).toBe(a.count);
    expect(b.roundTrips).toBeLessThanOrEqual(2 * b.count);
    expect(a.count).toBeLessThanOrEqual(8);
  });

  it('a page of people costs the same for 5 as for 50', async () => {
    const small = await managerWithTeamOf(5);
    const large = await managerWithTeamOf(50);
    const a = await statementsFor(small.admin.client, PEOPLE_WITH_RELATIONS, { first: 100 });
    const b = await statementsFor(large.admin.client, PEOPLE_WITH_RELATIONS, { first: 100 });
    expect(b.count).toBe(a.count);
    expect(b.roundTrips).toBeLessThanOrEqual(2 * b.count);
  });

  it('sharedWithMe costs the same for a manager of 5 reports as of 50, each sharing 5 roles', async () => {
    const counts: number[] = [];
    const trips: number[] = [];
    for (const size of [5, 50]) {
      const org = await managerWithTeamOf(size);
      // Roles are written straight to the table: the request under test is the inbox read.
      await app.db.query(
        `INSERT INTO interesting_roles (organization_id, owner_id, title, source, shared_at, share_message, level_id)
         SELECT p.organization_id, p.id, t.title, 'FOUND_IT', now() - (t.n || ' minutes')::interval, 'Have a look', l.id
           FROM people p
           CROSS JOIN (VALUES (1, 'Staff Engineer', 'IC4'), (2, 'Senior Engineer', 'IC3'), (3, 'Engineer', 'IC2'), (4, 'Engineering Manager', 'M1'), (5, 'Principal Engineer', 'IC6')) AS t(n, title, key)
           JOIN levels l ON l.organization_id = p.organization_id AND l.key = t.key
          WHERE p.manager_id = $1`,
        [org.admin.id],
      );
      const { count, roundTrips, data } = await statementsFor(org.admin.client, SHARED_WITH_ME, { first: 100 });
      const inbox = data.sharedWithMe;
      expect(inbox.totalCount).toBe(size * 5);
      if (size === 5) expect(new Set(inbox.edges.map((e) => e.node.stretch))).toEqual(new Set(['STEP_UP', 'SAME_LEVEL', 'STEP_DOWN']));
      expect(inbox.edges).toHaveLength(Math.min(100, size * 5));
      counts.push(count);
      trips.push(roundTrips);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(trips[1]).toBeLessThanOrEqual(2 * counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(8);
  });

  it('one report’s shared roles, by stretch and with the new count, cost the same for 5, 50 and 500 roles', async () => {
    const counts: number[] = [];
    for (const size of [5, 50, 500]) {
      const org = await managerWithTeamOf(3);
      const [report] = await app.db.query(`SELECT id FROM people WHERE manager_id = $1 ORDER BY name LIMIT 1`, [org.admin.id]);
      await app.db.query(
        `INSERT INTO interesting_roles (organization_id, owner_id, title, source, shared_at, level_id)
         SELECT p.organization_id, p.id, 'Role ' || n, 'FOUND_IT', now() - (n || ' minutes')::interval, l.id
           FROM people p CROSS JOIN generate_series(1, $2::int) n
           JOIN levels l ON l.organization_id = p.organization_id AND l.key = (ARRAY['IC1', 'IC4', 'IC6'])[1 + n % 3]
          WHERE p.id = $1`,
        [report.id, size],
      );
      const byReport = await statementsFor(org.admin.client, SHARED_FILTERED, { first: 100, ownerId: report.id });
      expect(byReport.data.sharedWithMe).toMatchObject({ totalCount: size, newCount: size });
      const byStretch = await statementsFor(org.admin.client, SHARED_FILTERED, { first: 100, ownerId: report.id, stretch: 'STEP_UP' });
      expect(byStretch.data.sharedWithMe.edges.every((e) => e.node.stretch === 'STEP_UP')).toBe(true);
      expect(byStretch.count).toBe(byReport.count);
      counts.push(byReport.count);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(8);
  });

  it('the manager’s team page with practice status costs the same for 5 reports as for 50', async () => {
    const counts: number[] = [];
    const trips: number[] = [];
    for (const size of [5, 50]) {
      const org = await managerWithTeamOf(size);
      // Half the team practised recently, through a debrief or a practice conversation.
      await app.db.query(
        `INSERT INTO debriefs (organization_id, report_id, held_by_id, held_on)
         SELECT organization_id, id, manager_id, current_date - 30 FROM people WHERE manager_id = $1 AND name ~ '[02468]$'`,
        [org.admin.id],
      );
      await app.db.query(
        `INSERT INTO conversations (organization_id, report_id, held_by_id, kind, held_on)
         SELECT organization_id, id, manager_id, 'INTERVIEW_PRACTICE', current_date - 60 FROM people WHERE manager_id = $1 AND name ~ '1$'`,
        [org.admin.id],
      );
      const { count, roundTrips, data } = await statementsFor(org.admin.client, GROWTH_TEAM_PAGE);
      const reports = data.me?.directReports;
      expect(reports).toHaveLength(size);
      expect(new Set(reports?.map((r) => r.practiceStatus?.covered))).toEqual(new Set([true, false]));
      counts.push(count);
      trips.push(roundTrips);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(trips[1]).toBeLessThanOrEqual(2 * counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(8);
  });
  it('the nudge inbox costs the same for 5 nudges as for 500, each nudge field one batch per page', async () => {
    const fields = app.app.get(NudgeFieldsResolver) as unknown as Record<'reportsOf' | 'roleTitlesOf' | 'targetsOf', (nudges: unknown[]) => unknown>;
    const batches = (['reportsOf', 'roleTitlesOf', 'targetsOf'] as const).map((name) => jest.spyOn(fields, name));
    const counts: number[] = [];
    const trips: number[] = [];
    try {
      for (const [reports, each] of [[5, 1], [50, 10]]) {
        const org = await managerWithTeamOf(reports);
        // Exactly these nudges, of every kind, the role ones about a shared role (written straight to the
        // tables: the request under test is the read; the import's own sweep raised the newcomers' practice ones).
        await app.db.query('DELETE FROM nudges WHERE recipient_id = $1', [org.admin.id]);
        await app.db.query(
          `WITH wanted AS (
             SELECT p.organization_id, p.id AS report_id, p.manager_id, n,
                    (ARRAY['ROLE_SHARED', 'PRACTICE_OVERDUE', 'DEBRIEF_PENDING', 'SATISFACTION_TALK_SUGGESTED', 'PRACTICE_DUE_SOON'])[1 + (n + row_number() OVER (ORDER BY p.id))::int % 5] AS kind
               FROM people p CROSS JOIN generate_series(1, $2::int) n WHERE p.manager_id = $1
           ), roles AS (
             INSERT INTO interesting_roles (organization_id, owner_id, title, source, shared_at)
             SELECT organization_id, report_id, 'Staff Engineer ' || n, 'FOUND_IT', now() FROM wanted WHERE kind NOT LIKE 'PRACTICE%'
             RETURNING id, owner_id, title
           )
           INSERT INTO nudges (organization_id, kind, report_id, recipient_id, role_id, dedup_key, due_on, raised_at)
           SELECT w.organization_id, w.kind, w.report_id, w.manager_id, r.id, w.kind || w.n, CASE WHEN w.kind LIKE 'PRACTICE%' THEN current_date END, now() - (w.n || ' minutes')::interval
             FROM wanted w LEFT JOIN roles r ON r.owner_id = w.report_id AND r.title = 'Staff Engineer ' || w.n`,
          [org.admin.id, each],
        );
        batches.forEach((batch) => batch.mockClear());
        const { count, roundTrips, data } = await statementsFor(org.admin.client, MY_NUDGES, { first: 100 });
        const page = data.myNudges.edges.map((e) => e.node);
        expect([data.myNudges.totalCount, page.length]).toEqual([reports * each, Math.min(100, reports * each)]);
        expect(new Set(page.map((n) => n.kind)).size).toBe(5);
        for (const nudge of page) {
          const aboutRole = !nudge.kind.startsWith('PRACTICE');
          expect([nudge.report?.id, Boolean(nudge.roleTitle), nudge.target.reportId]).toEqual([nudge.target.reportId, aboutRole, nudge.report?.id]);
          expect(Boolean(nudge.target.roleId)).toBe(aboutRole);
        }
        // One call per field for the whole page, never one per nudge.
        for (const batch of batches) expect(batch.mock.calls.map(([nudges]) => nudges.length)).toEqual([page.length]);
        counts.push(count);
        trips.push(roundTrips);
      }
    } finally {
      batches.forEach((batch) => batch.mockRestore());
    }
    expect(counts[1]).toBe(counts[0]);
    expect(trips[1]).toBeLessThanOrEqual(2 * counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(6);
  });
});
