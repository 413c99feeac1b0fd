import { Module } from '@nestjs/common';
import { LadderModule } from '../ladder/ladder.module';
import { OrganizationLoaders } from './organization-loaders';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [LadderModule],
  providers: [OrganizationsService, OrganizationsResolver, OrganizationLoaders],
  exports: [OrganizationsService, OrganizationLoaders],
})
export class OrganizationsModule {}
