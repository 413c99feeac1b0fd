import { Module } from '@nestjs/common';
import { NudgesModule } from '../nudges/nudges.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RolesModule } from '../roles/roles.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [OrganizationsModule, RolesModule, NudgesModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
