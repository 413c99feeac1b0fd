import type { QueuedMailSkipReason } from '@onward/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A nudge mail, a daily digest, or a nudge inside a digest, on its way out; see the nudge-outbox migration. */
@Entity({ name: 'nudge_outbox' })
export class NudgeOutboxEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'varchar', length: 10 }) channel!: 'EMAIL';
  /** The manager it was written for; it goes to nobody else. */
  @Column({ type: 'uuid' }) recipientId!: string;
  @Column({ type: 'uuid', nullable: true }) nudgeId!: string | null;
  /** A digest's local day (YYYY-MM-DD) in the organization's time zone. */
  @Column({ type: 'date', nullable: true }) digestDay!: string | null;
  /** The digest a nudge goes out in. */
  @Column({ type: 'uuid', nullable: true }) digestId!: string | null;
  @Column({ type: 'smallint', default: 0 }) attempts!: number;
  @Column({ type: 'timestamptz', nullable: true }) claimedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) skippedAt!: Date | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) skipReason!: QueuedMailSkipReason | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) lastError!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
