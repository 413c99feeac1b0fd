import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person's secret calendar address, kept only as the hash of its token. */
@Entity({ name: 'calendar_feeds' })
export class CalendarFeedEntity {
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
