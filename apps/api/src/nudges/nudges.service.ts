import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { snoozeUntil, type SnoozeChoice } from '@onward/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { ConnectionShape, decodeCursor, encodeCursor } from '../common/graphql/connection';
import { isUuid } from '../common/is-uuid';
import { afterCommit } from '../database/tenant-scoped-query-runner';
import { MyNudgesArgs, SnoozeNudgeInput } from './dto/nudges.args';
import { NudgeEvents } from './nudge-events';
import { NudgesException, NudgesExceptionCode } from './nudges.exception';
import { NUDGES_CHANNEL } from './nudges.queries';
import { Nudge, type NudgeRow } from './models/nudge.model';
import { NudgeStatusEnum } from './models/nudge-enums.graphql';

/** Parameters numbered as they are added, so each statement sends exactly the ones it uses. */
class Parameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Whose inbox a nudge is in: its recipient's, while they are still the report's manager and the
 * report is active. A former manager sees none of them from the moment the line changes (before
 * any sweep moves them), and nobody else ever does: for them a nudge does not exist.
 */
function inInbox(viewer: Viewer, p: Parameters): string {
  return `FROM nudges n
  JOIN people p ON p.organization_id = n.organization_id AND p.id = n.report_id AND p.manager_id = n.recipient_id AND p.status <> 'DEACTIVATED'
 WHERE n.organization_id = ${p.add(viewer.organizationId)} AND n.recipient_id = ${p.add(viewer.personId)}`;
}

const COLUMNS = `n.id, n.kind, n.report_id, p.name AS report_name, n.role_id, to_char(n.due_on, 'YYYY-MM-DD') AS due_on,
  n.status, n.snoozed_until, n.raised_at, n.resolved_at`;

/** Each status as the inbox reads it at `now` (as effectiveNudgeStatus does): a snooze that ran out counts as open. */
function inStatus(status: NudgeStatusEnum, now: Date, p: Parameters): string {
  if (status === NudgeStatusEnum.OPEN) return `(n.status = 'OPEN' OR (n.status = 'SNOOZED' AND n.snoozed_until <= ${p.add(now)}))`;
  if (status === NudgeStatusEnum.SNOOZED) return `(n.status = 'SNOOZED' AND n.snoozed_until > ${p.add(now)})`;
  return `n.status = '${status}'`;
}

/** The signed-in person's inbox: a page, a count, snooze and dismiss; the same statements for 5 nudges or 500. */
@Injectable()
export class NudgesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly events: NudgeEvents,
  ) {}

  /** Newest first; every status unless one is asked for. */
  async mine(viewer: Viewer, args: MyNudgesArgs): Promise<ConnectionShape<Nudge>> {
    const now = this.clock.now();
    const after = args.after ? decodeCursor(args.after, ['timestamp', 'uuid']) : null;
    const counted = new Parameters();
    const countSql = `SELECT count(*)::int AS count ${inInbox(viewer, counted)}${args.status ? ` AND ${inStatus(args.status, now, counted)}` : ''}`;
    const paged = new Parameters();
    let pageSql = `SELECT ${COLUMNS} ${inInbox(viewer, paged)}${args.status ? ` AND ${inStatus(args.status, now, paged)}` : ''}`;
    if (after) pageSql += ` AND (n.raised_at, n.id) < (${paged.add(after[0])}::timestamptz, ${paged.add(after[1])}::uuid)`;
    pageSql += ` ORDER BY n.raised_at DESC, n.id DESC LIMIT ${paged.add(args.first + 1)}`;
    const [[{ count }], rows] = await Promise.all([
      this.dataSource.query(countSql, counted.values) as Promise<{ count: number }[]>,
      this.dataSource.query(pageSql, paged.values) as Promise<NudgeRow[]>,
    ]);
    const edges = rows.slice(0, args.first).map((row) => ({ cursor: encodeCursor([row.raised_at.toISOString(), row.id]), node: Nudge.from(row, now) }));
    return { edges, totalCount: count, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async openCount(viewer: Viewer): Promise<number> {
    const p = new Parameters();
    const sql = `SELECT count(*)::int AS count ${inInbox(viewer, p)} AND ${inStatus(NudgeStatusEnum.OPEN, this.clock.now(), p)}`;
    const [{ count }]: { count: number }[] = await this.dataSource.query(sql, p.values);
    return count;
  }

  /** The ids of the viewer's open nudges, newest first: what a live inbox compares from one change to the next. */
  async openIds(viewer: Viewer): Promise<string[]> {
    const p = new Parameters();
    const sql = `SELECT n.id ${inInbox(viewer, p)} AND ${inStatus(NudgeStatusEnum.OPEN, this.clock.now(), p)} ORDER BY n.raised_at DESC, n.id DESC`;
    const rows: { id: string }[] = await this.dataSource.query(sql, p.values);
    return rows.map((row) => row.id);
  }

  /** Those of `ids` that are open in the viewer's inbox, newest first, in one statement; anyone else's are not there. */
  async openByIds(viewer: Viewer, ids: readonly string[]): Promise<Nudge[]> {
    const wanted = ids.filter(isUuid);
    if (wanted.length === 0) return [];
    const now = this.clock.now();
    const p = new Parameters();
    const sql = `SELECT ${COLUMNS} ${inInbox(viewer, p)} AND ${inStatus(NudgeStatusEnum.OPEN, now, p)} AND n.id = ANY(${p.add(wanted)}::uuid[]) ORDER BY n.raised_at DESC, n.id DESC`;
    const rows: NudgeRow[] = await this.dataSource.query(sql, p.values);
    return rows.map((row) => Nudge.from(row, now));
  }

  async snooze(viewer: Viewer, id: string, input: SnoozeNudgeInput): Promise<Nudge> {
    const choice: SnoozeChoice = input.until ? { kind: 'UNTIL_DAY', day: input.until } : { kind: input.duration! };
    const until = snoozeUntil(choice, this.clock.now());
    if (!until.ok) {
      const why = { INVALID_DAY: 'That is not a calendar day.', NOT_IN_THE_FUTURE: 'Snooze until a day after today.', TOO_FAR: 'Snooze for at most a year.' }[until.reason];
      throw new NudgesException(NudgesExceptionCode.INVALID_SNOOZE, why, { why: until.reason });
    }
    return this.change(viewer, id, `status = 'SNOOZED', snoozed_until = $3`, [until.until]);
  }

  async dismiss(viewer: Viewer, id: string): Promise<Nudge> {
    return this.change(viewer, id, `status = 'DISMISSED', snoozed_until = NULL`, []);
  }

  /** Checks and changes one nudge of the viewer's inbox in one transaction; a resolved one is left as it is. */
  private async change(viewer: Viewer, id: string, set: string, extra: unknown[]): Promise<Nudge> {
    return this.dataSource.transaction(async (manager) => {
      const nudge = await this.require(manager, viewer, id);
      // A dismissed nudge whose reason went since is resolved too, though it keeps saying it was dismissed.
      if (nudge.status === NudgeStatusEnum.RESOLVED || nudge.resolvedAt !== null) throw new NudgesException(NudgesExceptionCode.NUDGE_RESOLVED, 'Its reason went away already: nothing left to do.');
      // `set` may use $3 onwards, from `extra`.
      await manager.query(
        `WITH changed AS (UPDATE nudges SET ${set}, updated_at = CURRENT_TIMESTAMP WHERE organization_id = $1 AND id = $2 RETURNING organization_id, recipient_id)
         SELECT pg_notify('${NUDGES_CHANNEL}', json_build_object('organizationId', organization_id, 'recipientIds', json_build_array(recipient_id))::text) FROM changed`,
        [viewer.organizationId, nudge.id, ...extra],
      );
      afterCommit(manager, () => this.events.emit({ organizationId: viewer.organizationId, recipientIds: [viewer.personId], raisedIds: [], resolvedIds: [] }));
      return this.require(manager, viewer, id);
    });
  }

  /** One nudge of the viewer's inbox, locked for the change; anyone else's is NUDGE_NOT_FOUND. */
  private async require(manager: EntityManager, viewer: Viewer, id: string): Promise<Nudge> {
    const p = new Parameters();
    const rows: NudgeRow[] = isUuid(id) ? await manager.query(`SELECT ${COLUMNS} ${inInbox(viewer, p)} AND n.id = ${p.add(id)} FOR UPDATE OF n`, p.values) : [];
    if (rows.length === 0) throw new NudgesException(NudgesExceptionCode.NUDGE_NOT_FOUND, 'No such nudge.');
    return Nudge.from(rows[0], this.clock.now());
  }
}
