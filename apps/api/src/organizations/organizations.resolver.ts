import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly, CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { Organization } from './models/organization.model';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @Query(() => Organization, { description: 'The signed-in person’s organization.' })
  @SignedIn()
  async organization(@CurrentViewer() viewer: Viewer): Promise<Organization> {
    return Organization.from(await this.organizations.mine(viewer));
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
