import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { CommonException, CommonExceptionCode } from '../common/errors/common.exception';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { ACCESS_KEY, AccessLevel } from './access.decorators';

/**
 * Global guard on every query and mutation. It fails closed: an operation must declare who may call
 * it (@Public, @SignedIn or @AdminOnly), otherwise it is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const level = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!level) throw new CommonException(CommonExceptionCode.ACCESS_UNDECLARED, 'This operation is not available.');
    if (level === 'PUBLIC') return true;
    const viewer = GqlExecutionContext.create(context).getContext<GraphqlContext>().viewer;
    if (!viewer) throw new CommonException(CommonExceptionCode.NOT_SIGNED_IN, 'Please sign in.');
    if (level === 'ADMIN' && !viewer.isAdmin) {
      throw new CommonException(CommonExceptionCode.ADMIN_ONLY, 'Only an organization admin can do this.');
    }
    return true;
  }
}
