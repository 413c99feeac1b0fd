import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { PracticeModule } from '../practice/practice.module';
import { ReportAccessModule } from '../report-access/report-access.module';
import { DashboardScopeService } from './dashboard-scope.service';
import { OrgDashboardService } from './org/org-dashboard.service';
import { DashboardsResolver } from './dashboards.resolver';
import { OutsidePerspectiveService } from './outside-perspective.service';
import { TeamDashboardService } from './team-dashboard.service';

@Module({
  imports: [PeopleModule, ReportAccessModule, OrganizationsModule, PracticeModule],
  providers: [DashboardScopeService, TeamDashboardService, OutsidePerspectiveService, OrgDashboardService, DashboardsResolver],
})
export class DashboardsModule {}
