import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { OutsidePerspectiveArgs } from './dto/outside-perspective.args';
import { OutsidePerspective } from './models/outside-perspective.model';
import { TeamDashboard } from './models/team-dashboard.model';
import { OutsidePerspectiveService } from './outside-perspective.service';
import { OrgDashboard } from './org/org-dashboard.model';
import { OrgDashboardService } from './org/org-dashboard.service';
import { TeamDashboardService } from './team-dashboard.service';

/** Thin: who may see what is decided in the services (DashboardScopeService). */
@Resolver()
export class DashboardsResolver {
  constructor(
    private readonly team: TeamDashboardService,
    private readonly outside: OutsidePerspectiveService,
    private readonly org: OrgDashboardService,
  ) {}

  @Query(() => TeamDashboard, { description: 'Your team dashboard, over your direct reports (managers only).' })
  @SignedIn()
  teamDashboard(@CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext): Promise<TeamDashboard> {
    return this.team.forManager(viewer, context);
  }

  @Query(() => OutsidePerspective, { description: 'What your debriefs with your direct reports (scope TEAM, managers) or everyone’s under you (scope SUBTREE: leaders over their subtree, admins over the organization, under the anonymity threshold) say about how other companies interview.' })
  @SignedIn()
  outsidePerspective(@CurrentViewer() viewer: Viewer, @Args() args: OutsidePerspectiveArgs, @Context() context: GraphqlContext): Promise<OutsidePerspective> {
    return this.outside.forViewer(viewer, args, context);
  }

  @Query(() => OrgDashboard, { description: 'People counts per team under you, or across the organization for an admin, under the anonymity threshold (leaders and admins only).' })
  @SignedIn()
  orgDashboard(@CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext): Promise<OrgDashboard> {
    return this.org.forViewer(viewer, context);
  }
}
