import { addDaysUtc } from '../cadence/calendar';
import type { PracticeState } from '../cadence/practice-status';
import type { StretchTag } from '../levels/stretch';
import type { NudgeKind } from './nudge-kind';

/** A same-level share suggests a satisfaction talk unless one was held this many days before it, or since. */
export const SATISFACTION_TALK_LOOKBACK_DAYS = 90;

/** A report's cadence as their current manager sees it (the practice module computes it with `practiceStatus`). */
export interface ReportPracticeFacts {
  reportId: string;
  state: PracticeState;
  /** The last covered day, YYYY-MM-DD. */
  dueOn: string;
}

/**
 * One role a report currently shares with their manager, and only what the manager may know about
 * it: nothing private (unshared roles, a private "what would it take") ever reaches these facts.
 */
export interface SharedRoleFacts {
  roleId: string;
  reportId: string;
  sharedAt: Date;
  /** The role's level against the report's current level. */
  stretch: StretchTag;
  /** The current manager opened the role since it was (last) shared. */
  openedSinceShared: boolean;
  /** Days of the interviews the report recorded on the role, YYYY-MM-DD, in any order. */
  interviewDays: readonly string[];
  /** The latest debrief about this role the current manager may see, YYYY-MM-DD. */
  lastDebriefOn: string | null;
  /** The latest satisfaction conversation with the report the current manager may see, YYYY-MM-DD. */
  lastSatisfactionTalkOn: string | null;
}

/** A nudge the facts call for, before anyone decides whether it exists already. */
export interface DueNudge {
  kind: NudgeKind;
  reportId: string;
  roleId: string | null;
  /** The practice's due day, for the two practice kinds. */
  dueOn: string | null;
  /**
   * With kind and report, what makes a nudge the same one on every sweep: the due day of a
   * practice; one sharing of a role (role and the moment it was shared); for a pending debrief,
   * that sharing and the interview day. A re-run computes the same keys, so it inserts nothing.
   */
  dedupKey: string;
}

/** PRACTICE_DUE_SOON from the first day of the due-soon window, PRACTICE_OVERDUE from the day after the due day. */
export function practiceNudges(facts: ReportPracticeFacts): DueNudge[] {
  const kind: NudgeKind | null = facts.state === 'OVERDUE' ? 'PRACTICE_OVERDUE' : facts.state === 'DUE_SOON' ? 'PRACTICE_DUE_SOON' : null;
  return kind ? [{ kind, reportId: facts.reportId, roleId: null, dueOn: facts.dueOn, dedupKey: facts.dueOn }] : [];
}

/**
 * What one shared role calls for on `today` (YYYY-MM-DD, UTC):
 * - ROLE_SHARED until the current manager first opens it after it was shared;
 * - DEBRIEF_PENDING once an interview day is over (before today) with no debrief about the role
 *   held on or after that day;
 * - SATISFACTION_TALK_SUGGESTED for a SAME_LEVEL role when no satisfaction conversation was held
 *   within the 90 days before it was shared, or since.
 */
export function sharedRoleNudges(role: SharedRoleFacts, today: string): DueNudge[] {
  const sharing = `${role.roleId}@${role.sharedAt.toISOString()}`;
  const nudge = (kind: NudgeKind, dedupKey: string): DueNudge => ({ kind, reportId: role.reportId, roleId: role.roleId, dueOn: null, dedupKey });
  const due: DueNudge[] = [];
  if (!role.openedSinceShared) due.push(nudge('ROLE_SHARED', sharing));
  const pendingSince = debriefPendingSince(role, today);
  if (pendingSince) due.push(nudge('DEBRIEF_PENDING', `${sharing}@${pendingSince}`));
  if (isSatisfactionTalkSuggested(role)) due.push(nudge('SATISFACTION_TALK_SUGGESTED', sharing));
  return due;
}

/**
 * The interview day a debrief is pending for on `today` (YYYY-MM-DD, UTC): the latest interview
 * day before today, when no debrief about the role was held on or after it; null when none is
 * pending. The nudge and the team dashboard both count pending debriefs by this.
 */
export function debriefPendingSince(role: Pick<SharedRoleFacts, 'interviewDays' | 'lastDebriefOn'>, today: string): string | null {
  const lastInterview = role.interviewDays.filter((day) => day < today).sort().at(-1);
  return lastInterview && (role.lastDebriefOn === null || role.lastDebriefOn < lastInterview) ? lastInterview : null;
}

/** A shared SAME_LEVEL role with no satisfaction conversation in the 90 days before it was shared, or since. */
export function isSatisfactionTalkSuggested(role: Pick<SharedRoleFacts, 'stretch' | 'sharedAt' | 'lastSatisfactionTalkOn'>): boolean {
  if (role.stretch !== 'SAME_LEVEL') return false;
  const lookbackFrom = addDaysUtc(new Date(`${role.sharedAt.toISOString().slice(0, 10)}T00:00:00Z`), -SATISFACTION_TALK_LOOKBACK_DAYS).toISOString().slice(0, 10);
  return role.lastSatisfactionTalkOn === null || role.lastSatisfactionTalkOn < lookbackFrom;
}

/** A nudge the sweep wants, addressed to the report's current manager. */
export interface WantedNudge extends DueNudge {
  recipientId: string;
}

/** A nudge already raised and not yet resolved, as the sweep read it. */
export interface UnresolvedNudge {
  id: string;
  kind: NudgeKind;
  reportId: string;
  dedupKey: string;
  recipientId: string;
}

export interface SweepPlan {
  /**
   * Wanted and not among the unresolved: to insert. The unique key keeps one raised before as it
   * is, except one the sweep resolved, whose reason is back (its record was deleted): it opens again.
   */
  raise: WantedNudge[];
  /** Unresolved whose reason is gone (held, opened, revoked, deleted, no manager, deactivated). */
  resolve: string[];
  /** Unresolved and still wanted, but the report's manager changed: the nudge follows to the new one. */
  readdress: { id: string; recipientId: string }[];
}

/**
 * Compares what the facts call for with what is raised, by deduplication key. Keyed report by
 * report (the report id as it came, then a short kind-and-key string): one long composite string
 * per nudge made this several times slower over an organization's 100,000 nudges. Most reports
 * want a single nudge, which is kept as it is: a map of a report's keys is made for a second one.
 */
export function planSweep(wanted: readonly WantedNudge[], unresolved: readonly UnresolvedNudge[]): SweepPlan {
  const pending = new Map<string, WantedNudge | Map<string, WantedNudge>>();
  for (const nudge of wanted) {
    const ofReport = pending.get(nudge.reportId);
    if (ofReport === undefined) pending.set(nudge.reportId, nudge);
    else if (ofReport instanceof Map) ofReport.set(keyOf(nudge), nudge);
    else if (keyOf(ofReport) === keyOf(nudge)) pending.set(nudge.reportId, nudge);
    else pending.set(nudge.reportId, new Map([[keyOf(ofReport), ofReport], [keyOf(nudge), nudge]]));
  }
  const plan: SweepPlan = { raise: [], resolve: [], readdress: [] };
  for (const existing of unresolved) {
    const ofReport = pending.get(existing.reportId);
    const key = keyOf(existing);
    let still: WantedNudge | undefined;
    if (ofReport instanceof Map) {
      still = ofReport.get(key);
      ofReport.delete(key);
    } else if (ofReport !== undefined && keyOf(ofReport) === key) {
      still = ofReport;
      pending.delete(existing.reportId);
    }
    if (!still) plan.resolve.push(existing.id);
    else if (still.recipientId !== existing.recipientId) plan.readdress.push({ id: existing.id, recipientId: still.recipientId });
  }
  for (const ofReport of pending.values()) {
    if (ofReport instanceof Map) for (const nudge of ofReport.values()) plan.raise.push(nudge);
    else plan.raise.push(ofReport);
  }
  return plan;
}

/** What tells a report's nudges apart. */
function keyOf(nudge: { kind: NudgeKind; dedupKey: string }): string {
  return `${nudge.kind}|${nudge.dedupKey}`;
}
