import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum RecordShareEnd {
  /** The report stopped sharing. */
  STOPPED = 'STOPPED',
  /** The report got another manager: a share is with one manager and ends with that reporting line. */
  MANAGER_CHANGED = 'MANAGER_CHANGED',
}

/** A report lets their current manager see the records they had with earlier managers. */
@Entity({ name: 'record_shares' })
export class RecordShareEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'uuid' }) reportId!: string;
  @Column({ type: 'uuid' }) managerId!: string;
  @Column({ type: 'timestamptz' }) startedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) endedReason!: RecordShareEnd | null;
}
