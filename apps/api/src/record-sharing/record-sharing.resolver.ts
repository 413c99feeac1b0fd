import { Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people-loaders';
import { EarlierRecordSharing, RecordShare } from './models/record-share.model';
import { RecordSharingService } from './record-sharing.service';

@Resolver(() => EarlierRecordSharing)
export class RecordSharingResolver {
  constructor(private readonly sharing: RecordSharingService) {}

  @Query(() => EarlierRecordSharing, { description: 'Whether your current manager sees the records you had with earlier managers, and the history of it.' })
  @SignedIn()
  earlierRecordSharing(@CurrentViewer() viewer: Viewer): Promise<EarlierRecordSharing> {
    return this.sharing.status(viewer);
  }

  @Mutation(() => EarlierRecordSharing, { description: 'Lets your current manager see the debriefs, conversations and action items you had with earlier managers.' })
  @SignedIn()
  shareEarlierRecords(@CurrentViewer() viewer: Viewer): Promise<EarlierRecordSharing> {
    return this.sharing.share(viewer);
  }

  @Mutation(() => EarlierRecordSharing, { description: 'Stops your current manager seeing your earlier records; takes effect on their next request.' })
  @SignedIn()
  stopSharingEarlierRecords(@CurrentViewer() viewer: Viewer): Promise<EarlierRecordSharing> {
    return this.sharing.stop(viewer);
  }
}

@Resolver(() => RecordShare)
export class RecordShareFieldsResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { nullable: true, description: 'The manager you shared with.' })
  async manager(@Parent() share: RecordShare, @Context() context: GraphqlContext): Promise<Person | null> {
    return await this.people.of(context).personById.load(share.managerId);
  }
}
