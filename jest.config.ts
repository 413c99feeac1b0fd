/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// One Jest run over every project; each project keeps its own environment and setup.
const config: Config = {
  projects: ['<rootDir>/libs/domain', '<rootDir>/apps/api', '<rootDir>/apps/web'],
};
export default config;
