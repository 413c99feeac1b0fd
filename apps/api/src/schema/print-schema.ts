import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AppModule } from '../app.module';
import { readConfig } from '../config/app-config';

/** The API's GraphQL schema as SDL, built without a database. */
export async function printOnwardSchema(): Promise<string> {
  const app = await NestFactory.create(
    AppModule.forRoot({ config: readConfig({}), databaseUrl: 'postgres://schema-only.invalid/none', schemaOnly: true }),
    new FastifyAdapter(),
    { logger: ['error'] },
  );
  await app.init();
  const sdl = printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema));
  await app.close();
  return `${sdl}\n`;
}
