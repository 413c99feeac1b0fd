import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NudgeKind, NudgeStatus } from '@onward/domain';

/** A reminder to a report's current manager about that report; see the nudges migration. */
@Entity({ name: 'nudges' })
export class NudgeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'varchar', length: 40 }) kind!: NudgeKind;
  @Column({ type: 'uuid' }) reportId!: string;
  /** The report's manager when the nudge was raised or last followed a change of manager. */
  @Column({ type: 'uuid' }) recipientId!: string;
  @Column({ type: 'uuid', nullable: true }) roleId!: string | null;
  @Column({ type: 'varchar', length: 200 }) dedupKey!: string;
  @Column({ type: 'date', nullable: true }) dueOn!: string | null;
  @Column({ type: 'varchar', length: 12 }) status!: NudgeStatus;
  @Column({ type: 'timestamptz', nullable: true }) snoozedUntil!: Date | null;
  @Column({ type: 'timestamptz' }) raisedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
