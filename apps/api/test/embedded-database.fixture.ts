// Run by database-lifecycle.integration.spec.ts in a child process (node -r esbuild-register), so
// that the test can kill it with SIGKILL exactly as a crashed `npm start` would die.
import { Client } from 'pg';
import { startEmbeddedDatabase } from '../src/database/embedded-database';

async function main(): Promise<void> {
  const [mode, dir, port] = process.argv.slice(2);
  const database = await startEmbeddedDatabase(dir, Number(port));
  const client = new Client({ connectionString: database.url });
  await client.connect();
  if (mode === 'write') {
    await client.query('CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)');
    await client.end();
    console.log('ready');
    setInterval(() => undefined, 60_000); // wait to be killed
    return;
  }
  const { rows } = await client.query('SELECT v FROM kept');
  await client.end();
  await database.stop();
  console.log(`value=${rows[0].v}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
