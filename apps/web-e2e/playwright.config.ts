import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Overridable so that two runs can share a machine.
const PORT = process.env.ONWARD_E2E_PORT ?? '3300';
const baseURL = `http://127.0.0.1:${PORT}`;
const repoRoot = path.resolve(__dirname, '../..');

// A fresh embedded PostgreSQL per run. The config is loaded again in each worker; the folder made
// by the first load travels to them through the environment, so only one is ever created, and the
// process that made it removes it when it exits (after the web server has been stopped).
if (!process.env.ONWARD_E2E_DATA_DIR) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'onward-e2e-'));
  process.env.ONWARD_E2E_DATA_DIR = dataDir;
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}

/**
 * Browser tests against the app started exactly as users start it (`node tools/start.mjs`), on
 * Debian's Chromium. `npm run test:e2e` builds first, hence `--no-build` here.
 */
export default defineConfig({
  testDir: './src',
  // One folder per port: two runs on one machine (they need different ports anyway) never clear each other's traces.
  outputDir: path.join(os.tmpdir(), `onward-e2e-results-${PORT}`),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ],
    },
  },
  webServer: {
    command: 'node tools/start.mjs --no-build',
    cwd: repoRoot,
    // GET /graphql answers 400 (a query is required), which Playwright counts as "up".
    url: `${baseURL}/graphql`,
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT,
      ONWARD_DATA_DIR: process.env.ONWARD_E2E_DATA_DIR,
      ONWARD_EMBEDDED_PG_PORT: process.env.ONWARD_E2E_PG_PORT ?? '54340',
      // Empty: the API starts its embedded PostgreSQL instead of connecting to a server.
      DATABASE_URL: '',
      // Invitation links point at the address the browser uses.
      ONWARD_PUBLIC_URL: baseURL,
    },
  },
});
