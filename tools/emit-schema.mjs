// Writes apps/api/schema.graphql from the code-first resolvers (no database needed), then
// regenerates the typed operations of the web app and of the API's integration suites from it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
run('node', ['tools/build-api.mjs']);
run('node', ['dist/apps/api/src/schema/emit-schema.js', 'apps/api/schema.graphql']);
if (!process.argv.includes('--no-codegen')) run('node_modules/.bin/graphql-codegen', ['--config', 'codegen.ts']);
