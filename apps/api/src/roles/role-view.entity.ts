import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The access log: someone other than the owner read the role's detail. */
@Entity({ name: 'role_views' })
export class RoleViewEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'uuid' }) roleId!: string;
  @Column({ type: 'uuid' }) viewerId!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) viewedAt!: Date;
}
