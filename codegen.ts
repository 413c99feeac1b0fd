import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations come from the committed schema; `npm run schema` refreshes both targets.
// Each target reads only its own documents, so operation names need only be unique within one.
const client = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
} as const;

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    // The web app's operations.
    'apps/web/src/generated/gql/': {
      ...client,
      documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/generated/**/*'],
    },
    // The operations the API's integration suites send, as a client would.
    'apps/api/test/generated/': {
      ...client,
      documents: ['apps/api/test/**/*.ts', '!apps/api/test/generated/**/*'],
    },
  },
};
export default config;
