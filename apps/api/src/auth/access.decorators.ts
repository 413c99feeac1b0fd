import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import type { Viewer } from './viewer';

export const ACCESS_KEY = 'onward:access';
export type AccessLevel = 'PUBLIC' | 'SIGNED_IN' | 'ADMIN';

/** Anyone may call it, signed in or not. Say so explicitly: an undecorated resolver is refused. */
export const Public = () => SetMetadata(ACCESS_KEY, 'PUBLIC' satisfies AccessLevel);
/** Any signed-in, active person; the service then checks what they may see. */
export const SignedIn = () => SetMetadata(ACCESS_KEY, 'SIGNED_IN' satisfies AccessLevel);
/** Organization admins only (the service checks again, per organization). */
export const AdminOnly = () => SetMetadata(ACCESS_KEY, 'ADMIN' satisfies AccessLevel);

/** The signed-in person; only on resolvers that are @SignedIn or @AdminOnly. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(context).getContext<GraphqlContext>().viewer;
  if (!viewer) throw new Error('CurrentViewer used on a resolver that does not require a session');
  return viewer;
});

/** The viewer when there is one, on @Public resolvers. */
export const OptionalViewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): Viewer | null => GqlExecutionContext.create(context).getContext<GraphqlContext>().viewer,
);

/** The request context (for setting and clearing the session cookie). */
export const RequestContext = createParamDecorator(
  (_: unknown, context: ExecutionContext): GraphqlContext => GqlExecutionContext.create(context).getContext<GraphqlContext>(),
);
