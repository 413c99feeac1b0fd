import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './vite-graphql-documents.mts';
import { mantineStyles } from './vite-mantine-styles.mts';

const apiPort = process.env.ONWARD_API_PORT ?? '3000';

// `npm run dev`: Vite on 5173 proxies /graphql to the API; `npm run build:web` writes dist/web,
// which the API serves on its own port in production.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [graphqlDocuments(path.resolve(import.meta.dirname, 'src/generated/gql')), mantineStyles(path.resolve(import.meta.dirname, '../../node_modules'), path.resolve(import.meta.dirname, 'src/main.tsx')), react()],
  resolve: { alias: { '@onward/domain': path.resolve(import.meta.dirname, '../../libs/domain/src/index.ts') } },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: `http://127.0.0.1:${apiPort}`, ws: true } },
  },
  build: { outDir: path.resolve(import.meta.dirname, '../../dist/web'), emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
});
