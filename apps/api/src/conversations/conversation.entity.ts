import type { AgendaAnswer, ConversationKind } from '@onward/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A guided growth conversation a manager held with a report. */
@Entity({ name: 'conversations' })
export class ConversationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'uuid' }) reportId!: string;
  @Column({ type: 'uuid' }) heldById!: string;
  @Column({ type: 'varchar', length: 30 }) kind!: ConversationKind;
  /** A satisfaction conversation started from a same-level shared role links to it. */
  @Column({ type: 'uuid', nullable: true }) roleId!: string | null;
  @Column({ type: 'date' }) heldOn!: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) answers!: AgendaAnswer[];
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
