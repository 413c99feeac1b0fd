import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { InterviewKind } from './role-enums';

@Entity({ name: 'role_interviews' })
export class RoleInterviewEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'uuid' }) roleId!: string;
  /** A calendar date (YYYY-MM-DD): interviews are planned by day, not by instant. */
  @Column({ type: 'date' }) heldOn!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: InterviewKind;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
