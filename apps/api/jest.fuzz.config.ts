/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';
import api from './jest.config';

// The schema fuzz (test/fuzz) runs on its own, `npm run test:fuzz`, so `npm run test:unit` stays fast.
const config: Config = {
  ...api,
  displayName: 'api-fuzz',
  testMatch: ['<rootDir>/test/fuzz/**/*.fuzz.ts'],
  testTimeout: 180_000,
};
export default config;
