import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly, CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { Organization } from './models/organization.model';
import { OrganizationsService } from './organizations.service';
import { OrganizationsException, OrganizationsExceptionCode } from './organizations.exception';
import { OrganizationLoaders } from './organization-loaders';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly loaders: OrganizationLoaders,
  ) {}

  @Query(() => Organization, { description: 'The signed-in person’s organization.' })
  @SignedIn()
  async organization(@CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext): Promise<Organization> {
    // Through the request's loader: the team page reads the cadence setting here and for every report's status.
    const organization = await this.loaders.of(context).organizationById.load(viewer.organizationId);
    if (!organization) throw new OrganizationsException(OrganizationsExceptionCode.ORGANIZATION_NOT_FOUND, 'No such organization.');
    return Organization.from(organization);
  }

  @Mutation(() => Organization, { description: 'Changes the organization’s name or settings (admins).' })
  @AdminOnly()
  async updateOrganization(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'What changes.' }) input: UpdateOrganizationInput,
  ): Promise<Organization> {
    return Organization.from(await this.organizations.update(viewer, input));
  }
}
