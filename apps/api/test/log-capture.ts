import type { DestinationStream } from 'pino';

/** Collects the API's log lines (one JSON object each) so a test can read what it would have printed. */
export class LogCapture implements DestinationStream {
  readonly lines: string[] = [];

  write(line: string): void {
    this.lines.push(line);
  }

  entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  requests(): Record<string, unknown>[] {
    return this.entries().filter((entry) => entry.msg === 'request completed' || entry.msg === 'request failed');
  }

  text(): string {
    return this.lines.join('');
  }
}
