import type { MailDelivery, NudgeKind } from '@onward/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A person's choices about nudge mail; no row means the defaults. */
@Entity({ name: 'notification_settings' })
export class NotificationSettingsEntity {
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'boolean', default: true })
  emailEnabled!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  mutedKinds!: NudgeKind[];

  @Column({ type: 'varchar', length: 12, default: 'IMMEDIATE' })
  delivery!: MailDelivery;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
