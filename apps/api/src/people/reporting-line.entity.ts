import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One period during which `managerId` managed `reportId`. Exactly one open line (endedAt null) per
 * report with a manager; privacy rules ask who managed whom, and since when.
 */
@Entity({ name: 'reporting_lines' })
export class ReportingLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'uuid' })
  reportId!: string;

  @Column({ type: 'uuid' })
  managerId!: string;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  changedById!: string | null;
}
