import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { SessionSummary } from '../sessions.service';

@ObjectType({ description: 'A browser or app where the person is signed in.' })
export class Session {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the person signed in there.' }) signedInAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it was last used, to within a few minutes.' }) lastUsedAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it ends unless used again (it never lasts past its maximum lifetime).' }) expiresAt!: Date;
  @Field(() => String, { nullable: true, description: 'Browser and system, e.g. "Firefox on Linux"; null when unknown.' }) device!: string | null;
  @Field({ description: 'True for the session making this request ("this device").' }) current!: boolean;

  static from(summary: SessionSummary, currentSessionId: string): Session {
    return Object.assign(new Session(), { ...summary, current: summary.id === currentSessionId });
  }
}
