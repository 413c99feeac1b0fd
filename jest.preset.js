// Shared transform for every project: swc compiles TypeScript (with legacy decorators and their
// metadata, which NestJS, TypeORM and class-validator read) and the ESM-only packages the API loads:
// @nestjs, pg-boss with its ESM dependencies, and @fastify/cookie and @fastify/static's ESM-only
// `cookie` and `content-disposition` (Node 20 runs them through require(esm); Jest cannot, nor the
// `import()` @fastify/cookie loads `cookie` with).
const path = require('node:path');

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  transform: { '^.+\\.(t|j|mj)sx?$': swcTransform },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|pg-boss|rrule-temporal|serialize-error|non-error|temporal-spec|@fastify/cookie|cookie|content-disposition)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  moduleNameMapper: { '^@onward/domain$': path.join(__dirname, 'libs/domain/src/index.ts') },
};
