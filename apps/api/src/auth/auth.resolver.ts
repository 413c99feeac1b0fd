import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { Person } from '../people/models/person.model';
import { PeopleService } from '../people/people.service';
import { Public, RequestContext } from './access.decorators';
import { AuthService } from './auth.service';
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly people: PeopleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => Person, { nullable: true, description: 'The signed-in person, or null when nobody is signed in.' })
  @Public()
  async me(@RequestContext() context: GraphqlContext): Promise<Person | null> {
    if (!context.viewer) return null;
    return Person.from(await this.people.getPerson(context.viewer, context.viewer.personId));
  }

  @Mutation(() => Person, { description: 'Creates an organization and its first admin, and signs them in.' })
  @Public()
  async signUp(@Args('input', { description: 'The organization and its admin.' }) input: SignUpInput, @RequestContext() context: GraphqlContext): Promise<Person> {
    const { person, token } = await this.auth.signUp(input);
    setSessionCookie(context.res, token, this.config.sessionDays, this.config.secureCookies);
    return Person.from(person);
  }

  @Mutation(() => Person, { description: 'Signs in with email and password.' })
  @Public()
  async logIn(@Args('input', { description: 'Credentials.' }) input: LogInInput, @RequestContext() context: GraphqlContext): Promise<Person> {
    const { person, token } = await this.auth.logIn(input, context.req.ip ?? 'unknown');
    setSessionCookie(context.res, token, this.config.sessionDays, this.config.secureCookies);
    return Person.from(person);
  }

  @Mutation(() => Boolean, { description: 'Ends this session everywhere it is used; true even when nobody was signed in.' })
  @Public()
  async logOut(@RequestContext() context: GraphqlContext): Promise<boolean> {
    if (context.viewer) await this.sessions.end(context.viewer.sessionId);
    clearSessionCookie(context.res, this.config.secureCookies);
    return true;
  }
}
