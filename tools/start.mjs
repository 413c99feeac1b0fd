// `npm start`: builds the web app and the API, then runs the API, which serves both on one port.
// Without DATABASE_URL the API starts an embedded PostgreSQL under ./.data (see README).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const step = (label, cmd, args) => {
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error(`onward: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`onward: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

if (!process.argv.includes('--no-build')) {
  if (!process.argv.includes('--api-only')) {
    step('built the web app', 'node_modules/.bin/vite', ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'error']);
    step('compressed the web app', 'node', ['tools/compress-web.mjs']);
  }
  step('built the API', 'node', ['tools/build-api.mjs']);
}

// A person at a terminal reads lines, not JSON; anything else (a supervisor, a pipe) gets JSON.
// `npm start` is the production way to run: Apollo and the libraries take their production paths,
// and the schema is not introspectable (ONWARD_EXPOSE_SCHEMA=true turns it back on).
const env = { ONWARD_LOG_FORMAT: process.stdout.isTTY ? 'pretty' : 'json', NODE_ENV: 'production', ...process.env };
const api = spawn('node', ['--enable-source-maps', 'dist/apps/api/src/main.js'], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
