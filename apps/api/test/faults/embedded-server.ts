import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sleep } from './load';

const FIXTURE = path.join(__dirname, 'embedded-server.fixture.ts');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A PostgreSQL server this test owns: embedded, in its own folder and port, so that it can be
 * stopped and killed without touching anyone else's server.
 */
export class EmbeddedServer {
  url = '';
  /** What the last failed start said. */
  private lastError = '';
  private fixture: ChildProcess | undefined;

  constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  /** Starts it, retrying for a while: after a SIGKILL, orphaned backends hold its memory for a moment. */
  async start(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const started = await this.startOnce();
      if (started) return;
      if (Date.now() > deadline) throw new Error(`embedded PostgreSQL did not start on port ${this.port}: ${this.lastError}`);
      await sleep(100);
    }
  }

  private startOnce(): Promise<boolean> {
    const child = spawn(process.execPath, ['-r', 'esbuild-register', FIXTURE, this.dir, String(this.port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.fixture = child;
    return new Promise((resolve) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (line) {
          this.url = (JSON.parse(line) as { url: string }).url;
          resolve(true);
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => {
        this.lastError = (this.lastError + chunk.toString()).slice(-500);
      });
      child.once('exit', () => resolve(false));
    });
  }

  /** The postmaster's pid, from its pid file. */
  postmaster(): number | undefined {
    const file = path.join(this.dir, 'pg', 'postmaster.pid');
    if (!existsSync(file)) return undefined;
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
  }

  /** SIGINT is PostgreSQL's fast shutdown (what `pg_ctl stop -m fast` sends); SIGKILL is a crash. */
  async signal(signal: 'SIGINT' | 'SIGKILL'): Promise<void> {
    const pid = this.postmaster();
    if (!pid) throw new Error('no postmaster running');
    process.kill(pid, signal);
    while (isAlive(pid)) await sleep(10);
    // The helper process has nothing left to look after.
    this.fixture?.kill('SIGKILL');
  }

  async stop(): Promise<void> {
    const fixture = this.fixture;
    // A helper killed by signal() has a signal code and no exit code, and will not exit again.
    if (!fixture || fixture.exitCode !== null || fixture.signalCode !== null) return;
    const exited = new Promise((resolve) => fixture.once('exit', resolve));
    fixture.kill('SIGTERM');
    await exited;
  }
}
