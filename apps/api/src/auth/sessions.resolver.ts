import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from './access.decorators';
import { Session } from './models/session.model';
import { SessionsService } from './sessions.service';
import type { Viewer } from './viewer';

@Resolver()
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Query(() => [Session], { description: 'Where the signed-in person is signed in: this session first, then the most recently used.' })
  @SignedIn()
  async mySessions(@CurrentViewer() viewer: Viewer): Promise<Session[]> {
    return (await this.sessions.listFor(viewer)).map((s) => Session.from(s, viewer.sessionId));
  }

  @Mutation(() => ID, { description: 'Signs the person out of one of their other sessions; returns its id. Use logOut for this one.' })
  @SignedIn()
  endSession(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'One of the person’s other sessions.' }) id: string): Promise<string> {
    return this.sessions.endOther(viewer, id);
  }

  @Mutation(() => [ID], { description: 'Signs the person out everywhere but here; returns the ids of the sessions ended.' })
  @SignedIn()
  endOtherSessions(@CurrentViewer() viewer: Viewer): Promise<string[]> {
    return this.sessions.endAllOthers(viewer);
  }
}
