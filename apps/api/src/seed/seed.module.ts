import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RolesModule } from '../roles/roles.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [OrganizationsModule, RolesModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
