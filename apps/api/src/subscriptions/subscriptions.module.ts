import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/sessions.module';
import { GraphqlConfigModule } from '../graphql.config';
import { PeopleModule } from '../people/people.module';
import { GraphqlWsServer } from './graphql-ws.server';

/** GraphQL subscriptions over graphql-ws on /graphql; features declare their own `@Subscription`s. */
@Module({ imports: [GraphqlConfigModule, SessionsModule, PeopleModule], providers: [GraphqlWsServer] })
export class SubscriptionsModule {}
