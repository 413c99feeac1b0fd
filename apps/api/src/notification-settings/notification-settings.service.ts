import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { unsubscribe, withChanges, type MailPreferenceChanges, type MailPreferences, type UnsubscribeScope } from '@onward/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { SystemActor, Viewer } from '../auth/viewer';
import { mailPreferences, writeMailPreferences } from './notification-settings.queries';

/**
 * A person's choices about nudge mail. Only the person changes their own, signed in, or with the
 * one-click link a mail carried (which changes one setting and nothing else). Nobody else reads
 * them but the mail that honours them.
 */
@Injectable()
export class NotificationSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async mine(viewer: Viewer): Promise<MailPreferences> {
    return (await mailPreferences(this.dataSource.manager, viewer.organizationId, [viewer.personId])).get(viewer.personId)!;
  }

  async update(viewer: Viewer, changes: MailPreferenceChanges): Promise<MailPreferences> {
    return this.change(viewer.organizationId, viewer.personId, (current) => withChanges(current, changes));
  }

  /** A one-click unsubscribe, acting for the organization the signed link names. */
  async unsubscribe(actor: SystemActor, personId: string, scope: UnsubscribeScope): Promise<MailPreferences> {
    return this.change(actor.organizationId, personId, (current) => unsubscribe(current, scope));
  }

  /**
   * Read, change, write under a lock on the person's settings, so that two changes at once (a
   * click in a mail while the settings page saves) both land: the row may not exist yet to lock.
   */
  private change(organizationId: string, personId: string, next: (current: MailPreferences) => MailPreferences): Promise<MailPreferences> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`notification-settings:${personId}`]);
      const current = (await mailPreferences(manager, organizationId, [personId])).get(personId)!;
      const changed = next(current);
      await writeMailPreferences(manager, organizationId, personId, changed);
      return changed;
    });
  }
}
