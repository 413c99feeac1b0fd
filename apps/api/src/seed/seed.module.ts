import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [OrganizationsModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
