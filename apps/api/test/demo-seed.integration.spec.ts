import { DEMO_PASSWORD } from '../src/seed/demo-organization';
import { DemoSeedService } from '../src/seed/demo-seed.service';
import { graphql } from './generated';
import { AGENDAS } from './growth-operations';
import { LOG_IN } from './operations';
import { inboxOf } from './nudges-support';
import { startTestApp, TestApp } from './test-app';

const TEAM = graphql(`
  query DemoTeam {
    me {
      directReports {
        name
        practiceStatus {
          state
          covered
        }
      }
    }
  }
`);

const ROLES = graphql(`
  query DemoRoles {
    myInterestingRoles {
      edges {
        node {
          title
          stretch
          isShared
        }
      }
    }
  }
`);

const INBOX = graphql(`
  query DemoInbox {
    sharedWithMe(first: 100) {
      edges {
        node {
          stretch
          satisfactionConversationSuggested
        }
      }
    }
  }
`);

describe('the demo organization', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await app.app.get(DemoSeedService).seedIfEmpty();
  });
  afterAll(() => app.close());

  async function as(key: string) {
    const client = app.client();
    await client.ok(LOG_IN, { input: { email: `${key}@northwind.example`, password: DEMO_PASSWORD } });
    return client;
  }

  it('leaves the demo managers open nudges of every kind', async () => {
    const kinds = new Set<string>();
    for (const key of ['maya', 'sam']) {
      const open = await inboxOf(await as(key), 'OPEN');
      expect(new Set(open.map((n) => n.kind)).size).toBeGreaterThanOrEqual(4);
      for (const nudge of open) kinds.add(nudge.kind);
    }
    expect(kinds).toEqual(new Set(['PRACTICE_DUE_SOON', 'PRACTICE_OVERDUE', 'DEBRIEF_PENDING', 'SATISFACTION_TALK_SUGGESTED', 'ROLE_SHARED']));
  });

  it('seeds only into an empty database', async () => {
    expect(await app.app.get(DemoSeedService).seedIfEmpty()).toBeNull();
  });

  it('has roles of every stretch tag, some shared and some private', async () => {
    const tags = new Set<string>();
    const sharing = new Set<boolean>();
    for (const key of ['priya', 'leo', 'chen', 'sofia', 'hana', 'ines']) {
      const { myInterestingRoles } = await (await as(key)).ok(ROLES);
      for (const { node } of myInterestingRoles.edges) {
        tags.add(node.stretch);
        sharing.add(node.isShared);
      }
    }
    expect(tags).toEqual(new Set(['STEP_UP', 'SAME_LEVEL', 'STEP_DOWN', 'UNRATED']));
    expect(sharing).toEqual(new Set([true, false]));
    const inbox = (await (await as('maya')).ok(INBOX)).sharedWithMe.edges;
    expect(inbox.some((e) => e.node.satisfactionConversationSuggested)).toBe(true);
  });

  it('has reports both covered and overdue, and one due soon', async () => {
    const states = new Set<string>();
    for (const key of ['maya', 'sam', 'dana']) {
      for (const report of (await (await as(key)).ok(TEAM)).me!.directReports) states.add(report.practiceStatus!.state);
    }
    expect(states).toEqual(new Set(['COVERED', 'DUE_SOON', 'OVERDUE']));
  });

  it('has debriefs, conversations of each kind and open and done action items', async () => {
    const [{ n: debriefs }] = await app.db.query('SELECT count(*)::int AS n FROM debriefs');
    const kinds = (await app.db.query('SELECT DISTINCT kind FROM conversations')).map((r: { kind: string }) => r.kind).sort();
    const done = (await app.db.query('SELECT DISTINCT done_at IS NOT NULL AS done FROM action_items')).map((r: { done: boolean }) => r.done).sort();
    expect(debriefs).toBeGreaterThan(0);
    expect(kinds).toEqual(['CAREER', 'INTERVIEW_PRACTICE', 'SATISFACTION']);
    expect(done).toEqual([false, true]);
    expect((await (await as('maya')).ok(AGENDAS)).conversationAgendas).toHaveLength(3);
  });
});
