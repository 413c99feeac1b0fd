import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { within } from './load';

const ROOT = path.resolve(__dirname, '../../../..');
const MAIN = path.join(ROOT, 'dist/apps/api/src/main.js');

/** `npm run build:api`: the server these tests start is the one `npm start` runs. */
export function buildApi(): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'tools/build-api.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`build-api failed: ${result.stderr.toString()}`);
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * The built API in its own process, as in production (run in a separate process also keeps Jest's
 * module sandbox out of the way: errors raised by Node itself are not `instanceof Error` inside it).
 * Its standard output is its JSON log, one line each, kept in `logs`.
 */
export class BuiltServer {
  readonly logs: string[] = [];
  url = '';
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcess;

  private constructor(env: Record<string, string>) {
    const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('ONWARD_') && key !== 'DATABASE_URL' && key !== 'PORT'));
    this.child = spawn(process.execPath, ['--enable-source-maps', MAIN], {
      cwd: ROOT,
      env: { ...base, PORT: '0', ONWARD_SEED: 'false', ONWARD_WEB_DIST: '/nonexistent', ONWARD_LOG_FORMAT: 'json', ONWARD_CHEAP_PASSWORD_HASH: 'true',
        // The test's own server asks for passwords: the API gives its role this one through the owner.
        ONWARD_DB_APP_PASSWORD: 'onward-fault-tests',
        ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    const collect = (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      this.logs.push(...lines.filter(Boolean));
    };
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Starts it and waits until it listens. */
  static async start(env: Record<string, string>, timeoutMs = 30_000): Promise<BuiltServer> {
    const server = new BuiltServer(env);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const running = server.logs.map((line) => /Onward is running on http:\/\/localhost:(\d+)/.exec(line)).find(Boolean);
      if (running) {
        server.url = `http://127.0.0.1:${running[1]}/graphql`;
        return server;
      }
      const exited = await within(server.exited, 50, undefined);
      if (exited || Date.now() > deadline) throw new Error(`the API did not start (${JSON.stringify(exited)}): ${server.logs.slice(-5).join('\n')}`);
    }
  }

  get pid(): number {
    return this.child.pid as number;
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** SIGTERM, then SIGKILL if it is still there after `ms`. */
  async stop(ms = 10_000): Promise<Exit> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.exited;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), ms);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }
}
