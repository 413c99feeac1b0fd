// `npm run dev`: the API (rebuilt and restarted on change) on port 3000 and Vite's dev server on
// 5173 with hot reload, proxying /graphql to the API.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
let api;
let timer;

function startApi() {
  api = spawn('node', ['tools/start.mjs', '--api-only'], { cwd: root, stdio: 'inherit', env: { ONWARD_LOG_FORMAT: 'pretty', ...process.env, ONWARD_WEB_DIST: '/nonexistent' } });
}

function restartApi() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (api && api.exitCode === null) {
      api.once('exit', startApi);
      api.kill('SIGTERM');
    } else startApi();
  }, 300);
}

startApi();
for (const dir of ['apps/api/src', 'libs/domain/src']) watch(path.join(root, dir), { recursive: true }, restartApi);
const vite = spawn('node_modules/.bin/vite', ['--config', 'apps/web/vite.config.mts'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    api?.kill(signal);
    vite.kill(signal);
    process.exit(0);
  });
}
