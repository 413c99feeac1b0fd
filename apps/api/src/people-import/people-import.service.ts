import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readPeopleTable } from '@onward/domain';
import Papa from 'papaparse';
import { DataSource, EntityManager } from 'typeorm';
import { assertAdmin, type Viewer } from '../auth/viewer';
import { LadderService } from '../ladder/ladder.service';
import { PeopleService } from '../people/people.service';
import { ManagerChange, ReportingLinesService } from '../people/reporting-lines.service';
import { ExistingPerson, planImport, PlannedRow } from './import-plan';
import { ImportPeopleInput } from './dto/import-people.input';
import { ImportOutcome, PeopleImportReport } from './models/people-import-report.model';
import { PeopleImportException, PeopleImportExceptionCode } from './people-import.exception';

@Injectable()
export class PeopleImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleService,
    private readonly reportingLines: ReportingLinesService,
    private readonly ladder: LadderService,
  ) {}

  /** All or nothing: when any row is rejected (or on a dry run) nothing is written. */
  async import(viewer: Viewer, input: ImportPeopleInput): Promise<PeopleImportReport> {
    assertAdmin(viewer);
    const parsed = Papa.parse<string[]>(input.csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
    const table = readPeopleTable(parsed.data);
    if (!table.ok) throw new PeopleImportException(PeopleImportExceptionCode.UNREADABLE_CSV, table.error);
    const badQuotes = parsed.errors.find((e) => e.type === 'Quotes');
    if (badQuotes) throw new PeopleImportException(PeopleImportExceptionCode.UNREADABLE_CSV, `Line ${(badQuotes.row ?? 0) + 1} has an unclosed quote.`);

    return this.dataSource.transaction(async (manager) => {
      await this.reportingLines.lock(manager, viewer.organizationId);
      const context = await this.loadContext(manager, viewer, table.rows.map((r) => r.email.toLowerCase()));
      const plan = planImport(table.rows, context);
      const count = (outcome: ImportOutcome) => plan.filter((p) => p.outcome === outcome).length;
      const rejected = count(ImportOutcome.REJECTED);
      const apply = rejected === 0 && !input.dryRun;
      if (apply) await this.apply(manager, viewer, plan, context.people);
      return {
        applied: apply,
        dryRun: input.dryRun,
        created: count(ImportOutcome.CREATED),
        updated: count(ImportOutcome.UPDATED),
        unchanged: count(ImportOutcome.UNCHANGED),
        rejected,
        rows: plan.map((p) => ({ line: p.row.line, email: p.row.email, name: p.row.name, outcome: p.outcome, messages: p.messages })),
      };
    });
  }

  private async loadContext(manager: EntityManager, viewer: Viewer, emails: string[]) {
    const people: ExistingPerson[] = await this.people.listForImport(manager, viewer.organizationId);
    const levels = await this.ladder.levelsOf(viewer.organizationId, manager);
    const ours = new Set(people.map((p) => p.email.toLowerCase()));
    const inUse = await this.people.emailsInUse(manager, emails);
    return {
      people,
      levelIdByKey: new Map(levels.map((l) => [l.key, l.id])),
      takenElsewhere: new Set([...inUse].filter((email) => !ours.has(email))),
    };
  }

  /**
   * A few statements for the whole file, whatever its length: one insert of the new people, one
   * update of the changed profiles, then every reporting line rewired at once. Rewiring all at once
   * never passes through a loop; the plan checked the final chart under the lock.
   */
  private async apply(manager: EntityManager, viewer: Viewer, plan: PlannedRow[], existing: ExistingPerson[]): Promise<void> {
    const created = plan.filter((p) => p.outcome === ImportOutcome.CREATED);
    const newIdByEmail = await this.people.insertInvited(
      manager,
      viewer.organizationId,
      created.map((p) => ({ email: p.row.email, name: p.row.name, title: p.row.title, levelId: p.levelId })),
    );
    await this.people.writeProfiles(
      manager,
      viewer.organizationId,
      plan
        .filter((p) => p.outcome === ImportOutcome.UPDATED && p.existing)
        .map((p) => ({ id: p.existing!.id, name: p.row.name, title: p.row.title, levelId: p.levelId })),
    );
    // Managers outside the file are people the plan already loaded; the plan checked they exist.
    const existingIdByEmail = new Map(existing.map((p) => [p.email.toLowerCase(), p.id]));
    const idOf = (email: string) => newIdByEmail.get(email) ?? existingIdByEmail.get(email)!;
    const changes: ManagerChange[] = plan
      .filter((p) => p.outcome === ImportOutcome.CREATED || p.existing)
      .map((p) => ({
        reportId: idOf(p.row.email.toLowerCase()),
        fromManagerId: p.existing?.managerId ?? null,
        toManagerId: p.managerEmail ? idOf(p.managerEmail) : null,
      }));
    await this.reportingLines.changeManagers(manager, viewer.organizationId, changes, viewer.personId);
  }
}
