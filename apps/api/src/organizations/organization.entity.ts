import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A tenant: every other tenant table carries its id. */
@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** How often each report should practise interviewing (docs/product.md: default 12 months). */
  @Column({ type: 'int', default: 12 })
  practiceCadenceMonths!: number;

  /** Aggregates over fewer people than this are suppressed (never below 3). */
  @Column({ type: 'int', default: 5 })
  anonymityThreshold!: number;

  /** Where the organization's clocks are: an IANA name; suggested conversation slots are local to it. */
  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timeZone!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
