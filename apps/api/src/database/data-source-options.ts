import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { QueryCounter } from './query-counter';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Schema changes are migrations only: `synchronize` stays off and migrations run under a lock at start. */
export function dataSourceOptions(url: string, logger = new QueryCounter()): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger,
    extra: { max: Number(process.env.ONWARD_DB_POOL ?? 10), application_name: 'onward-api' },
  };
}
