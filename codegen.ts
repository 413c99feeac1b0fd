import type { CodegenConfig } from '@graphql-codegen/cli';

// The web app's typed operations come from the committed schema; `npm run schema` refreshes both.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/generated/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/generated/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};
export default config;
