import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One message in the thread between a report and their manager about a shared role. */
@Entity({ name: 'role_comments' })
export class RoleCommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'uuid' }) roleId!: string;
  @Column({ type: 'uuid' }) authorId!: string;
  @Column({ type: 'text' }) body!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  /** Set when its author last edited it. */
  @Column({ type: 'timestamptz', nullable: true }) editedAt!: Date | null;
}
