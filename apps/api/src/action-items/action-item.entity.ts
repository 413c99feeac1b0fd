import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ActionItemOwner {
  REPORT = 'REPORT',
  MANAGER = 'MANAGER',
}

/** Something to do after a debrief or conversation; it belongs to the report's growth record. */
@Entity({ name: 'action_items' })
export class ActionItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'uuid' }) reportId!: string;
  @Column({ type: 'uuid', nullable: true }) debriefId!: string | null;
  @Column({ type: 'uuid', nullable: true }) conversationId!: string | null;
  @Column({ type: 'varchar', length: 10 }) owner!: ActionItemOwner;
  @Column({ type: 'varchar', length: 1000 }) text!: string;
  @Column({ type: 'date', nullable: true }) dueOn!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) doneAt!: Date | null;
  @Column({ type: 'uuid' }) createdById!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
