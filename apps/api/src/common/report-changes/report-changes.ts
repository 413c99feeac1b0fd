import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Some reports of one organization changed in a way a derived view (their nudges) may care about. */
export interface ReportChange {
  organizationId: string;
  reportIds: string[];
}

export type ReportChangeListener = (manager: EntityManager, change: ReportChange) => Promise<void>;

/**
 * Features tell what they changed about a report (a role shared, revoked, deleted or opened by the
 * manager, an interview recorded, a debrief or conversation held, a person deactivated or
 * re-levelled, earlier records shared), inside the transaction that changed it; whoever derives
 * something from those facts listens, so no feature depends on the ones that follow it.
 */
@Injectable()
export class ReportChanges {
  private readonly listeners: ReportChangeListener[] = [];

  on(listener: ReportChangeListener): void {
    this.listeners.push(listener);
  }

  async changed(manager: EntityManager, organizationId: string, reportIds: string[]): Promise<void> {
    if (reportIds.length === 0) return;
    for (const listener of this.listeners) await listener(manager, { organizationId, reportIds });
  }
}

@Global()
@Module({ providers: [ReportChanges], exports: [ReportChanges] })
export class ReportChangesModule {}
