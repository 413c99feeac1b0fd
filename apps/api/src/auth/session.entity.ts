import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A signed-in browser. Only the SHA-256 of the token is stored, so a database leak signs nobody in. */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'bytea' })
  tokenHash!: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** By the clock, like the three below. */
  @Column({ type: 'timestamptz' })
  signedInAt!: Date;

  /** Moved forward at most every few minutes (SESSION_TOUCH_MINUTES), not on every request. */
  @Column({ type: 'timestamptz' })
  lastUsedAt!: Date;

  /** Slides out with use, never past `absoluteExpiresAt`. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz' })
  absoluteExpiresAt!: Date;

  /** "Firefox on Linux": a summary of the user agent, never the string itself. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  device!: string | null;
}
