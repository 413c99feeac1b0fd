import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonStatus } from './person-status';

export { PersonStatus } from './person-status';


/** A member of an organization. `managerId` is the current reporting line; history is in reporting_lines. */
@Entity({ name: 'people' })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  /** Stored as typed; unique across all organizations, compared in lower case. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  title!: string | null;

  @Column({ type: 'uuid', nullable: true })
  levelId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  managerId!: string | null;

  @Column({ type: 'boolean', default: false })
  isAdmin!: boolean;

  @Column({ type: 'varchar', length: 12 })
  status!: PersonStatus;

  /** argon2id; null until the person accepts an invitation. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  /** When they joined the organization; the first practice is due 30 days later. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  joinedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
