import { findReportingCycles, PersonRow } from '@onward/domain';
import { PersonStatus } from '../people/person-status';
import { ImportOutcome } from './models/people-import-report.model';

export interface ExistingPerson {
  id: string;
  email: string;
  name: string;
  title: string | null;
  levelId: string | null;
  managerId: string | null;
  status: PersonStatus;
}

export interface PlannedRow {
  row: PersonRow;
  outcome: ImportOutcome;
  messages: string[];
  /** Set for rows that change someone already in the organization. */
  existing?: ExistingPerson;
  levelId: string | null;
  /** The manager's email, lower case; resolved to an id when applying. */
  managerEmail: string | null;
}

export interface PlanContext {
  people: ExistingPerson[];
  levelIdByKey: Map<string, string>;
  /** Emails (lower case) already used in another organization. */
  takenElsewhere: Set<string>;
}

/**
 * Decides, row by row, what an import would do, and rejects rows that would break a rule: an
 * unknown level or manager, an email used elsewhere, or a reporting loop in the resulting chart.
 */
export function planImport(rows: PersonRow[], context: PlanContext): PlannedRow[] {
  const byEmail = new Map(context.people.map((p) => [p.email.toLowerCase(), p]));
  const levelKeyById = new Map([...context.levelIdByKey].map(([key, id]) => [id, key]));
  const emailById = new Map(context.people.map((p) => [p.id, p.email.toLowerCase()]));
  const rowEmails = new Set(rows.map((r) => r.email.toLowerCase()));

  const planned = rows.map((row): PlannedRow => {
    const email = row.email.toLowerCase();
    const messages = [...row.problems];
    const existing = byEmail.get(email);
    if (context.takenElsewhere.has(email)) messages.push(`${row.email} already has an Onward account in another organization`);
    const levelId = row.levelKey ? (context.levelIdByKey.get(row.levelKey.toUpperCase()) ?? context.levelIdByKey.get(row.levelKey) ?? null) : null;
    if (row.levelKey && !levelId) messages.push(`level "${row.levelKey}" is not on the ladder (known: ${[...context.levelIdByKey.keys()].join(', ')})`);
    const managerEmail = row.managerEmail?.toLowerCase() ?? null;
    if (managerEmail && !rowEmails.has(managerEmail)) {
      const manager = byEmail.get(managerEmail);
      if (!manager) messages.push(`manager ${row.managerEmail} is neither in this file nor in the organization`);
      else if (manager.status === PersonStatus.DEACTIVATED) messages.push(`manager ${row.managerEmail} is deactivated`);
    }
    if (existing?.status === PersonStatus.DEACTIVATED) messages.push(`${row.email} is deactivated; reactivate them before importing changes`);
    if (messages.length > 0) return { row, outcome: ImportOutcome.REJECTED, messages, existing, levelId, managerEmail };
    if (!existing) return { row, outcome: ImportOutcome.CREATED, messages: [], levelId, managerEmail };

    const currentManagerEmail = existing.managerId ? (emailById.get(existing.managerId) ?? null) : null;
    const changes: string[] = [];
    if (existing.name !== row.name) changes.push(`name: ${existing.name} → ${row.name}`);
    if ((existing.title ?? null) !== row.title) changes.push(`title: ${existing.title ?? '—'} → ${row.title ?? '—'}`);
    if (existing.levelId !== levelId) changes.push(`level: ${levelKeyById.get(existing.levelId ?? '') ?? '—'} → ${row.levelKey ?? '—'}`);
    if (currentManagerEmail !== managerEmail) changes.push(`manager: ${currentManagerEmail ?? '—'} → ${managerEmail ?? '—'}`);
    return { row, outcome: changes.length ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED, messages: changes, existing, levelId, managerEmail };
  });

  rejectReportingLoops(planned, context.people);
  return planned;
}

function rejectReportingLoops(planned: PlannedRow[], people: ExistingPerson[]): void {
  const idByEmail = new Map(people.map((p) => [p.email.toLowerCase(), p.id]));
  const emailById = new Map(people.map((p) => [p.id, p.email]));
  const idOf = (email: string) => idByEmail.get(email) ?? `new:${email}`;
  const managerOf = new Map<string, string | null>(people.map((p) => [p.id, p.managerId]));
  for (const plan of planned) {
    if (plan.outcome === ImportOutcome.REJECTED) continue;
    managerOf.set(idOf(plan.row.email.toLowerCase()), plan.managerEmail ? idOf(plan.managerEmail) : null);
  }
  const planByKey = new Map(planned.map((p) => [idOf(p.row.email.toLowerCase()), p]));
  const nameOf = (key: string) => planByKey.get(key)?.row.email ?? emailById.get(key) ?? key;
  for (const cycle of findReportingCycles(managerOf)) {
    const loop = [...cycle, cycle[0]].map(nameOf).join(' → ');
    for (const key of cycle) {
      const plan = planByKey.get(key);
      if (plan && plan.outcome !== ImportOutcome.REJECTED) {
        plan.outcome = ImportOutcome.REJECTED;
        plan.messages = [`reporting lines would form a loop: ${loop}`];
      }
    }
  }
}
