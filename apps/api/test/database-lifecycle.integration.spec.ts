import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ChildProcess, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { readConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { runMigrationsUnderLock } from '../src/database/run-migrations';
import { signUpOrganization } from './builders';
import { GraphqlClient } from './graphql-client';
import { CREATE_ROLE, ROLE } from './roles-operations';
import { createTestDatabase } from './test-database';

describe('database lifecycle', () => {
  // Errors only. Two apps in one process also share @nestjs/typeorm's registry of data-source
  // names, which warns about the second; each app still has its own data source.
  beforeAll(() => Logger.overrideLogger(['error']));

  it('instances starting together apply each migration exactly once', async () => {
    const database = await createTestDatabase();
    const sources = Array.from({ length: 3 }, () => new DataSource(dataSourceOptions(database.url)));
    try {
      await Promise.all(sources.map((s) => s.initialize()));
      const applied = await Promise.all(sources.map((s) => runMigrationsUnderLock(s)));
      expect(applied.flat()).toEqual(MIGRATIONS.map((m) => m.name));
      const [{ n }] = await sources[0].query('SELECT count(*)::int AS n FROM migrations');
      expect(n).toBe(MIGRATIONS.length);
    } finally {
      await Promise.all(sources.map((s) => (s.isInitialized ? s.destroy() : undefined)));
      await database.drop();
    }
  });

  it('two API instances started together on one database migrate it once and serve side by side', async () => {
    const database = await createTestDatabase();
    const config = { ...readConfig({}), webDist: '/nonexistent', publicUrl: 'http://onward.test' };
    const apps: NestFastifyApplication[] = [];
    try {
      const started = await Promise.allSettled([0, 1].map(() => createApp({ config, databaseUrl: database.url, logLevels: ['error'] })));
      for (const result of started) if (result.status === 'fulfilled') apps.push(result.value);
      expect(started.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
      const urls: string[] = [];
      for (const app of apps) {
        await app.listen(0, '127.0.0.1');
        urls.push(`http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`);
      }
      const rows = await apps[0].get(DataSource).query('SELECT name, count(*)::int AS n FROM migrations GROUP BY name ORDER BY name');
      expect(rows).toEqual(MIGRATIONS.map((m) => ({ name: m.name, n: 1 })).sort((a, b) => a.name.localeCompare(b.name)));

      // The session cookie works on both, as behind a load balancer: each write on one is read on the other.
      const org = await signUpOrganization({ client: () => new GraphqlClient(urls[0]) });
      const onInstance = (i: number) => Object.assign(new GraphqlClient(urls[i]), { cookie: org.admin.client.cookie });
      for (let i = 0; i < 6; i += 1) {
        const writer = onInstance(i % 2);
        const reader = onInstance((i + 1) % 2);
        const { createInterestingRole } = await writer.ok(CREATE_ROLE, { input: { title: `Engineer ${i}` } });
        expect((await reader.ok(ROLE, { id: createInterestingRole.id })).interestingRole.title).toBe(`Engineer ${i}`);
      }
    } finally {
      await Promise.all(apps.map((app) => app.close()));
      await database.drop();
    }
  }, 30_000);

  it('every migration can be reverted and re-applied', async () => {
    const database = await createTestDatabase();
    const source = new DataSource(dataSourceOptions(database.url));
    try {
      await source.initialize();
      await runMigrationsUnderLock(source);
      for (let i = 0; i < MIGRATIONS.length; i += 1) await source.undoLastMigration();
      expect(await source.query(`SELECT to_regclass('public.people') AS t`)).toEqual([{ t: null }]);
      expect(await runMigrationsUnderLock(source)).toEqual(MIGRATIONS.map((m) => m.name));
    } finally {
      await source.destroy();
      await database.drop();
    }
  });

  it('the embedded server keeps its data across runs and recovers from a run killed with SIGKILL', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'onward-embedded-'));
    const port = String(54360 + Math.floor(Math.random() * 30));
    const fixture = path.join(__dirname, 'embedded-database.fixture.ts');
    const run = (mode: string) => spawn(process.execPath, ['-r', 'esbuild-register', fixture, mode, dir, port], { stdio: ['ignore', 'pipe', 'inherit'] });
    const output = (child: ChildProcess) =>
      new Promise<string>((resolve) => {
        let text = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('ready')) resolve(text);
        });
        child.on('exit', () => resolve(text));
      });
    try {
      const writer = run('write');
      expect(await output(writer)).toContain('ready');
      writer.kill('SIGKILL');
      await new Promise((resolve) => writer.on('exit', resolve));
      const orphan = Number(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
      expect(() => process.kill(orphan, 0)).not.toThrow(); // the server outlived its parent
      expect(await output(run('read'))).toContain('value=42');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
