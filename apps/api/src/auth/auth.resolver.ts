import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { Person } from '../people/models/person.model';
import { PeopleException, PeopleExceptionCode } from '../people/people.exception';
import { PeopleLoaders } from '../people/people-loaders';
import { Public, RequestContext } from './access.decorators';
import { AuthCookies } from './auth-cookies';
import { AuthService } from './auth.service';
import { bindSignedIn } from './bind-viewer.step';
import type { SignedIn } from './auth.service';
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { SessionsService } from './sessions.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly cookies: AuthCookies,
    private readonly peopleLoaders: PeopleLoaders,
  ) {}

  @Query(() => Person, { nullable: true, description: 'The signed-in person, or null when nobody is signed in.' })
  @Public()
  async me(@RequestContext() context: GraphqlContext): Promise<Person | null> {
    if (!context.viewer) return null;
    // Through the request's loader, which later fields (a role's owner, a debrief's report) share.
    const person = await this.peopleLoaders.of(context).personById.load(context.viewer.personId);
    if (!person) throw new PeopleException(PeopleExceptionCode.PERSON_NOT_FOUND, 'No such person.');
    return person;
  }

  @Mutation(() => Person, { description: 'Creates an organization and its first admin, and signs them in.' })
  @Public()
  async signUp(@Args('input', { description: 'The organization and its admin.' }) input: SignUpInput, @RequestContext() context: GraphqlContext): Promise<Person> {
    return this.signedIn(context, await this.auth.signUp(input, context.req.headers['user-agent']));
  }

  @Mutation(() => Person, { description: 'Signs in with email and password.' })
  @Public()
  async logIn(@Args('input', { description: 'Credentials.' }) input: LogInInput, @RequestContext() context: GraphqlContext): Promise<Person> {
    const { req } = context;
    return this.signedIn(context, await this.auth.logIn(input, { clientIp: req.ip ?? 'unknown', deviceCookie: this.cookies.readDevice(req), userAgent: req.headers['user-agent'] }));
  }

  @Mutation(() => Boolean, { description: 'Ends this session everywhere it is used; true even when nobody was signed in.' })
  @Public()
  async logOut(@RequestContext() context: GraphqlContext): Promise<boolean> {
    if (context.viewer) await this.sessions.end(context.viewer.sessionId);
    this.cookies.clearSession(context);
    return true;
  }

  private async signedIn(context: GraphqlContext, { person, token, deviceCookie }: SignedIn): Promise<Person> {
    this.cookies.setSession(context, token);
    this.cookies.setDevice(context, deviceCookie);
    await bindSignedIn(this.sessions, this.peopleLoaders, context, token);
    return Person.from(person);
  }
}
