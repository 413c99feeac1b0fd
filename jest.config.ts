/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// One Jest run over every project; each project keeps its own environment and setup.
const config: Config = {
  // A project's own testTimeout is not read when Jest runs several projects: set it here for all.
  testTimeout: 30_000,
  projects: ['<rootDir>/libs/domain', '<rootDir>/apps/api', '<rootDir>/apps/web'],
};
export default config;
