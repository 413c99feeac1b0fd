import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { DiscoveryModule } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { AppModule } from '../src/app.module';
import { ACCESS_KEY } from '../src/auth/access.decorators';
import { readConfig } from '../src/config/app-config';

@Module({ imports: [DiscoveryModule] })
class Discovery {}

/** Every query and mutation must say who may call it; the guard refuses the rest (fail closed). */
describe('access declarations', () => {
  it('every Query and Mutation resolver carries @Public, @SignedIn or @AdminOnly', async () => {
    const app = await NestFactory.create(
      {
        module: class Root {},
        imports: [AppModule.forRoot({ config: readConfig({}), databaseUrl: 'postgres://schema-only.invalid/none', schemaOnly: true }), Discovery],
      },
      new FastifyAdapter(),
      { logger: ['error'] },
    );
    await app.init();
    const scanner = new MetadataScanner();
    const operations: { name: string; access: unknown }[] = [];
    for (const wrapper of app.get(DiscoveryService).getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        const kind = Reflect.getMetadata('graphql:resolver_type', handler);
        if (kind === 'Query' || kind === 'Mutation' || kind === 'Subscription') {
          operations.push({ name: `${kind}.${method}`, access: Reflect.getMetadata(ACCESS_KEY, handler) });
        }
      }
    }
    const controllers = app
      .get(DiscoveryService)
      .getControllers()
      .map((wrapper) => ({ name: wrapper.name, access: Reflect.getMetadata(ACCESS_KEY, wrapper.metatype as object) }));
    await app.close();
    // Routes outside GraphQL: each controller says who may call it. The public ones are the probes
    // and the two addresses that carry their own credential (a signed unsubscribe link, a feed's secret).
    expect(controllers.filter((c) => !['PUBLIC', 'SIGNED_IN', 'ADMIN'].includes(c.access as string))).toEqual([]);
    expect(controllers.filter((c) => c.access === 'PUBLIC').map((c) => c.name).sort()).toEqual(['CalendarFeedController', 'HealthController', 'UnsubscribeController']);
    expect(operations.length).toBeGreaterThan(15);
    expect(operations.filter((op) => !['PUBLIC', 'SIGNED_IN', 'ADMIN'].includes(op.access as string)).map((op) => op.name)).toEqual([]);
    expect(operations.filter((op) => op.access === 'PUBLIC').map((op) => op.name).sort()).toEqual([
      'Mutation.acceptInvitation',
      'Mutation.logIn',
      'Mutation.logOut',
      'Mutation.requestPasswordReset',
      'Mutation.resetPassword',
      'Mutation.signUp',
      'Query.invitation',
      'Query.me',
    ]);
  });
});
