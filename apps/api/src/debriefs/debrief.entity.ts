import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A manager's debrief with a report after an outside interview. */
@Entity({ name: 'debriefs' })
export class DebriefEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'uuid' }) reportId!: string;
  @Column({ type: 'uuid' }) heldById!: string;
  @Column({ type: 'uuid', nullable: true }) roleId!: string | null;
  @Column({ type: 'date' }) heldOn!: string;
  @Column({ type: 'text', nullable: true }) wentWell!: string | null;
  @Column({ type: 'text', nullable: true }) couldBeBetter!: string | null;
  @Column({ type: 'text', nullable: true }) thirdPartyFeedback!: string | null;
  /** The level the other company assessed, mapped onto our ladder; `assessedLevelLabel` is their own word. */
  @Column({ type: 'uuid', nullable: true }) assessedLevelId!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) assessedLevelLabel!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) outcome!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) stages!: string[];
  @Column({ type: 'int', nullable: true }) stageCount!: number | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) themes!: string[];
  @Column({ type: 'smallint', nullable: true }) ratingStartedOnTime!: number | null;
  @Column({ type: 'smallint', nullable: true }) ratingRoleClearlyExplained!: number | null;
  @Column({ type: 'smallint', nullable: true }) ratingInterviewersPrepared!: number | null;
  @Column({ type: 'smallint', nullable: true }) ratingTreatedWithRespect!: number | null;
  @Column({ type: 'smallint', nullable: true }) ratingChallenging!: number | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
