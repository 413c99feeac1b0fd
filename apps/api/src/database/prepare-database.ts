import { DataSource } from 'typeorm';
import { type AppRole, ensureAppRoleCanLogIn, ownerDataSourceOptions } from './app-role';
import { runMigrationsUnderLock } from './run-migrations';

/**
 * Before the API opens its pool: migrations run as the owner, then the app role is checked (and
 * given its password if needed). Returns the URL the API's pool connects with.
 */
export async function prepareDatabase(ownerUrl: string, role: AppRole): Promise<string> {
  const owner = new DataSource(ownerDataSourceOptions(ownerUrl, role));
  await owner.initialize();
  try {
    await runMigrationsUnderLock(owner);
  } finally {
    await owner.destroy();
  }
  return ensureAppRoleCanLogIn(ownerUrl, role);
}
