import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LevelSource, RoleOutcome, RoleSource } from './role-enums';

/** An outside role a report keeps; private to them until shared with their current manager. */
@Entity({ name: 'interesting_roles' })
export class InterestingRoleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'uuid' }) ownerId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) company!: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) url!: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) location!: string | null;
  @Column({ type: 'boolean', default: false }) remote!: boolean;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'varchar', length: 30 }) source!: RoleSource;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) employmentTypes!: string[];
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) } })
  salaryMin!: number | null;
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) } })
  salaryMax!: number | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) salaryCurrency!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) salaryUnit!: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) datePosted!: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) validThrough!: string | null;

  /** The effective level: inferred from the title unless a person set it (then never re-inferred). */
  @Column({ type: 'uuid', nullable: true }) levelId!: string | null;
  @Column({ type: 'varchar', length: 10, default: LevelSource.INFERRED }) levelSource!: LevelSource;
  @Column({ type: 'varchar', length: 10, nullable: true }) levelConfidence!: 'HIGH' | 'LOW' | null;
  @Column({ type: 'uuid', nullable: true }) levelSetById!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) levelSetAt!: Date | null;

  @Column({ type: 'boolean', default: false }) toldNotLooking!: boolean;
  @Column({ type: 'text', nullable: true }) myWhy!: string | null;
  @Column({ type: 'text', nullable: true }) whyTheyReachedOut!: string | null;
  @Column({ type: 'boolean', default: false }) jobDescriptionReceived!: boolean;
  /** Private to the report unless `whatWouldItTakeShared`. */
  @Column({ type: 'text', nullable: true }) whatWouldItTake!: string | null;
  @Column({ type: 'boolean', default: false }) whatWouldItTakeShared!: boolean;

  @Column({ type: 'varchar', length: 20, default: RoleOutcome.CONSIDERING }) outcome!: RoleOutcome;
  @Column({ type: 'timestamptz', nullable: true }) sharedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) shareMessage!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
