import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarFeed, CalendarFeedLink } from './models/calendar-feed.model';

@Resolver()
export class CalendarResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Query(() => CalendarFeed, { nullable: true, description: 'The signed-in person’s calendar feed, if they made one (its address is not shown again).' })
  @SignedIn()
  async myCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<CalendarFeed | null> {
    const feed = await this.feeds.mine(viewer);
    return feed && Object.assign(new CalendarFeed(), feed);
  }

  @Mutation(() => CalendarFeedLink, { description: 'Makes a new secret calendar address listing your reports’ practice due days; an earlier one stops working.' })
  @SignedIn()
  async createCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<CalendarFeedLink> {
    return Object.assign(new CalendarFeedLink(), await this.feeds.create(viewer));
  }

  @Mutation(() => Boolean, { description: 'Stops the calendar address from working; true when there was one.' })
  @SignedIn()
  async revokeCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.feeds.revoke(viewer);
  }
}
