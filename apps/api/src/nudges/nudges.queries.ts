import type { NudgeKind, SharedRoleFacts, SweepPlan, UnresolvedNudge } from '@onward/domain';
import { stretchTag } from '@onward/domain';
import type { EntityManager } from 'typeorm';
import { EVERY_MANAGED_REPORT, type ReportScope } from '../practice/practice.queries';
import { recordVisibleToManagerSql } from '../report-access/report-access.queries';

/** The channel every instance may LISTEN on: a payload names an organization and recipients whose nudges changed. */
export const NUDGES_CHANNEL = 'onward_nudges';
/** Recipients per notification: a NOTIFY payload must stay under 8,000 bytes. */
const RECIPIENTS_PER_NOTIFY = 150;

/** SQL (with `$2` as the report ids) limiting `column` to the scope; nothing for a whole organization. */
function scoped(scope: ReportScope, column: string): string {
  return scope === EVERY_MANAGED_REPORT ? '' : ` AND ${column} = ANY($2::uuid[])`;
}

function parameters(organizationId: string, scope: ReportScope): unknown[] {
  return scope === EVERY_MANAGED_REPORT ? [organizationId] : [organizationId, [...scope]];
}

export interface SharedRoleRow extends SharedRoleFacts {
  managerId: string;
}

/**
 * Every role the reports in scope currently share with their manager, with what the manager may
 * know about it, in one statement: roles never shared, and anything private about a shared one,
 * never enter. Debriefs and satisfaction talks count when the current manager may see them
 * (held by them, or shared with them), as for the practice cadence.
 */
export async function sharedRoleFacts(db: EntityManager, organizationId: string, scope: ReportScope): Promise<SharedRoleRow[]> {
  const visible = (alias: string) =>
    recordVisibleToManagerSql({ organizationId: `${alias}.organization_id`, reportId: `${alias}.report_id`, heldById: `${alias}.held_by_id` }, 'p.manager_id');
  // One JSON document of arrays, not rows: pg's row parser took three times as long over an organization's 40,000 shared roles.
  const [{ roles }]: {
    roles:
      | [
          roleId: string,
          reportId: string,
          managerId: string,
          sharedMs: number,
          roleRank: number | null,
          reportRank: number | null,
          opened: boolean,
          interviewDays: string[] | null,
          lastDebriefOn: string | null,
          lastSatisfactionOn: string | null,
        ][]
      | null;
  }[] = await db.query(
    `SELECT json_agg(json_build_array(r.id, r.owner_id, p.manager_id, (extract(epoch FROM r.shared_at) * 1000)::float8, rl.rank, pl.rank,
            EXISTS (SELECT 1 FROM role_views v
                     WHERE v.organization_id = r.organization_id AND v.viewer_id = p.manager_id AND v.role_id = r.id AND v.viewed_at >= r.shared_at),
            (SELECT array_agg(to_char(i.held_on, 'YYYY-MM-DD')) FROM role_interviews i
              WHERE i.organization_id = r.organization_id AND i.role_id = r.id),
            (SELECT to_char(max(d.held_on), 'YYYY-MM-DD') FROM debriefs d
              WHERE d.organization_id = r.organization_id AND d.report_id = r.owner_id AND d.role_id = r.id AND ${visible('d')}),
            (SELECT to_char(max(c.held_on), 'YYYY-MM-DD') FROM conversations c
              WHERE c.organization_id = r.organization_id AND c.report_id = r.owner_id AND c.kind = 'SATISFACTION' AND ${visible('c')}))) AS roles
       FROM interesting_roles r
       JOIN people p ON p.organization_id = r.organization_id AND p.id = r.owner_id
       LEFT JOIN levels rl ON rl.organization_id = r.organization_id AND rl.id = r.level_id
       LEFT JOIN levels pl ON pl.organization_id = p.organization_id AND pl.id = p.level_id
      WHERE r.organization_id = $1 AND r.shared_at IS NOT NULL AND p.manager_id IS NOT NULL AND p.status <> 'DEACTIVATED'${scoped(scope, 'r.owner_id')}`,
    parameters(organizationId, scope),
  );
  return (roles ?? []).map(([roleId, reportId, managerId, sharedMs, roleRank, reportRank, opened, interviewDays, lastDebriefOn, lastSatisfactionOn]) => ({
    roleId,
    reportId,
    managerId,
    sharedAt: new Date(sharedMs),
    stretch: stretchTag(roleRank, reportRank),
    openedSinceShared: opened,
    interviewDays: interviewDays ?? [],
    lastDebriefOn,
    lastSatisfactionTalkOn: lastSatisfactionOn,
  }));
}

/** The nudges about the reports in scope that are not resolved yet, whoever they are addressed to. */
export async function unresolvedNudges(db: EntityManager, organizationId: string, scope: ReportScope): Promise<UnresolvedNudge[]> {
  // One JSON document of arrays, as for the facts: a steady organization has a nudge open for most reports.
  const [{ nudges }]: { nudges: [id: string, kind: NudgeKind, reportId: string, dedupKey: string, recipientId: string][] | null }[] = await db.query(
    `SELECT json_agg(json_build_array(id, kind, report_id, dedup_key, recipient_id)) AS nudges FROM nudges
      WHERE organization_id = $1 AND resolved_at IS NULL${scoped(scope, 'report_id')}`,
    parameters(organizationId, scope),
  );
  return (nudges ?? []).map(([id, kind, reportId, dedupKey, recipientId]) => ({ id, kind, reportId, dedupKey, recipientId }));
}

/** A nudge the sweep inserted: what an outbox row or a live update needs. */
export interface RaisedNudge {
  id: string;
  kind: NudgeKind;
  reportId: string;
  recipientId: string;
}

/**
 * Another module's write inside the sweep's own statement: a data-modifying part of its WITH that
 * reads `raised` (the nudges this statement inserted, with the columns id, kind, report_id and
 * recipient_id; `$1` is the organization) and ends in `RETURNING id`. It costs no statement and
 * no round trip of its own, and commits with the nudges or not at all.
 */
export interface SweepWritePart {
  /** Its name in the WITH, and the column its ids come back in: lower case letters and underscores. */
  name: string;
  sql: string;
}

/** The sweep's own parts and columns: no other part may take their names. */
const OWN_NAMES = new Set(['upserted', 'raised', 'reopened', 'resolved', 'readdressed', 'recipients', 'notified', 'notifications']);

export interface AppliedSweep {
  /** The nudges inserted. */
  raisedIds: string[];
  /** The same in full when asked for (`withRaised`), empty otherwise: sending back a first sweep's
   * hundred thousand rows costs more than their ids. */
  raised: RaisedNudge[];
  resolved: { id: string; recipientId: string }[];
  /** Nudges resolved before whose reason came back (the record that resolved them was deleted or moved): open again. */
  reopened: { id: string; recipientId: string }[];
  readdressed: { id: string; recipientId: string; formerRecipientId: string }[];
  /** Every recipient whose nudges changed, the former ones of readdressed nudges included. */
  recipientIds: string[];
  /** The ids each part returned, by its name. */
  written: Map<string, string[]>;
}

/**
 * Writes a sweep's plan in one statement: inserts on the deduplication key (a nudge raised before,
 * by this sweep's twin on another instance or by an earlier sweep, is left as it is, unless the
 * sweep had resolved it: its reason is back, say the practice conversation that resolved it was
 * deleted, so it opens again for the current manager; a dismissed one stays dismissed, and a
 * reopened one is not mailed again, as only inserted ones reach `raised` and the parts), resolves
 * the nudges whose reason is gone, moves the others to the report's new manager (open again: a
 * snooze or a dismissal was the former manager's), NOTIFYs every recipient concerned, which
 * PostgreSQL delivers only if the transaction commits, and runs the `parts` other modules add for
 * the nudges it inserted (the outbox's mail per nudge). Updates re-check `resolved_at IS NULL`, so
 * a nudge another sweep resolved meanwhile is left alone.
 */
export async function applySweep(
  db: EntityManager,
  organizationId: string,
  plan: SweepPlan,
  at: Date,
  { parts = [], withRaised = false }: { parts?: readonly SweepWritePart[]; withRaised?: boolean } = {},
): Promise<AppliedSweep> {
  const { raise, resolve, readdress } = plan;
  for (const part of parts) if (!/^[a-z][a-z_]*$/.test(part.name) || OWN_NAMES.has(part.name)) throw new Error(`a sweep part cannot be named ${part.name}`);
  const partsSql = parts.map((part) => `, ${part.name} AS (\n${part.sql}\n)`).join('');
  const partColumns = parts.map((part) => `, (SELECT json_agg(id) FROM ${part.name}) AS ${part.name}`).join('');
  type RaisedRow = { id: string; kind: NudgeKind; report_id: string; recipient_id: string };
  type Row = { raised: (RaisedRow | string)[] | null; reopened: { id: string; recipient_id: string }[] | null; resolved: { id: string; recipient_id: string }[] | null; readdressed: { id: string; recipient_id: string; former: string }[] | null; recipients: string[] | null };
  const [row]: (Row & { [part: string]: unknown })[] =
    await db.query(
      `WITH upserted AS (
         INSERT INTO nudges (organization_id, kind, report_id, recipient_id, role_id, dedup_key, due_on, raised_at)
         SELECT $1, w.kind, w.report_id, w.recipient_id, w.role_id, w.dedup_key, w.due_on, $2
           FROM json_to_recordset($3::json) AS w(kind text, report_id uuid, recipient_id uuid, role_id uuid, dedup_key text, due_on date)
         ON CONFLICT (organization_id, report_id, kind, dedup_key) DO UPDATE
            SET status = 'OPEN', resolved_at = NULL, snoozed_until = NULL, recipient_id = EXCLUDED.recipient_id, raised_at = EXCLUDED.raised_at,
                updated_at = CURRENT_TIMESTAMP
          WHERE nudges.status = 'RESOLVED'
         RETURNING id, kind, report_id, recipient_id, xmax = 0 AS inserted
       ), raised AS (
         SELECT id, kind, report_id, recipient_id FROM upserted WHERE inserted
       ), reopened AS (
         SELECT id, recipient_id FROM upserted WHERE NOT inserted
       )${partsSql}, resolved AS (
         UPDATE nudges n SET status = CASE WHEN n.status = 'DISMISSED' THEN 'DISMISSED' ELSE 'RESOLVED' END,
                             snoozed_until = NULL, resolved_at = $2, updated_at = CURRENT_TIMESTAMP
          WHERE n.organization_id = $1 AND n.id = ANY($4::uuid[]) AND n.resolved_at IS NULL
         RETURNING n.id, n.recipient_id
       ), readdressed AS (
         UPDATE nudges n SET recipient_id = m.recipient_id, status = 'OPEN', snoozed_until = NULL, updated_at = CURRENT_TIMESTAMP
           FROM unnest($5::uuid[], $6::uuid[]) AS m(id, recipient_id), nudges former
          WHERE n.organization_id = $1 AND n.id = m.id AND n.resolved_at IS NULL AND former.organization_id = $1 AND former.id = m.id
         RETURNING n.id, n.recipient_id, former.recipient_id AS former
       ), recipients AS (
         SELECT recipient_id FROM raised UNION SELECT recipient_id FROM reopened UNION SELECT recipient_id FROM resolved
         UNION SELECT recipient_id FROM readdressed UNION SELECT former FROM readdressed
       ), notified AS (
         SELECT pg_notify('${NUDGES_CHANNEL}', json_build_object('organizationId', $1::uuid, 'recipientIds', json_agg(recipient_id))::text)
           FROM (SELECT recipient_id, (row_number() OVER () - 1) / ${RECIPIENTS_PER_NOTIFY} AS chunk FROM recipients) c GROUP BY chunk
       )
       SELECT (SELECT json_agg(${withRaised ? 'raised' : 'id'}) FROM raised) AS raised, (SELECT json_agg(reopened) FROM reopened) AS reopened,
              (SELECT json_agg(resolved) FROM resolved) AS resolved,
              (SELECT json_agg(readdressed) FROM readdressed) AS readdressed,
              (SELECT array_agg(recipient_id) FROM recipients) AS recipients, (SELECT count(*) FROM notified) AS notifications${partColumns}`,
      [
        organizationId,
        at,
        // One JSON document rather than six arrays: a first sweep of a large organization sends 95,000
        // rows, and pg writes arrays out element by element several times slower than JSON.stringify;
        // json_to_recordset reads each row once.
        JSON.stringify(raise.map((n) => ({ kind: n.kind, report_id: n.reportId, recipient_id: n.recipientId, role_id: n.roleId, dedup_key: n.dedupKey, due_on: n.dueOn }))),
        resolve,
        readdress.map((r) => r.id),
        readdress.map((r) => r.recipientId),
      ],
    );
  const raised = withRaised ? ((row.raised as RaisedRow[] | null) ?? []).map((r) => ({ id: r.id, kind: r.kind, reportId: r.report_id, recipientId: r.recipient_id })) : [];
  return {
    raisedIds: withRaised ? raised.map((r) => r.id) : ((row.raised as string[] | null) ?? []),
    raised,
    resolved: (row.resolved ?? []).map((r) => ({ id: r.id, recipientId: r.recipient_id })),
    reopened: (row.reopened ?? []).map((r) => ({ id: r.id, recipientId: r.recipient_id })),
    readdressed: (row.readdressed ?? []).map((r) => ({ id: r.id, recipientId: r.recipient_id, formerRecipientId: r.former })),
    recipientIds: row.recipients ?? [],
    written: new Map(parts.map((part) => [part.name, (row[part.name] as string[] | null) ?? []])),
  };
}
