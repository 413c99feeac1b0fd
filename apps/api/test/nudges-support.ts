import type { NudgeFieldsFragment, NudgeStatus } from './generated/graphql';
import type { GraphqlClient } from './graphql-client';
import { MY_NUDGES } from './nudges-operations';
import { NudgeSweepService } from '../src/nudges/nudge-sweep.service';
import type { TestApp } from './test-app';

/** Every nudge in the client's inbox (one page of 100 is plenty for a test), newest first. */
export async function inboxOf(client: GraphqlClient, status?: NudgeStatus): Promise<NudgeFieldsFragment[]> {
  const { myNudges } = await client.ok(MY_NUDGES, { status, first: 100 });
  return myNudges.edges.map((e) => e.node);
}

/** `KIND:STATUS` of each nudge about `reportId`, sorted, for compact expectations. */
export async function kindsAbout(client: GraphqlClient, reportId: string, status?: NudgeStatus): Promise<string[]> {
  return (await inboxOf(client, status))
    .filter((n) => n.target.reportId === reportId)
    .map((n) => `${n.kind}:${n.status}`)
    .sort();
}

export async function organizationOf(app: TestApp, personId: string): Promise<string> {
  const [row]: { organization_id: string }[] = await app.db.query('SELECT organization_id FROM people WHERE id = $1', [personId]);
  return row.organization_id;
}

/** The test hook: what the scheduled job runs, for one organization. */
export function sweep(app: TestApp, organizationId: string) {
  return app.app.get(NudgeSweepService).sweepOrganization(organizationId);
}
