import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../database/migrations';

/** Long enough for a busy server, short enough for a load balancer's probe. */
const READINESS_TIMEOUT_MS = 2_000;

/**
 * Ready means the database answers and holds every migration this build knows: an instance that
 * would run against an older schema says so instead of serving errors. What failed is named in
 * plain words only; the driver's message (hosts, ports) stays out of this public answer.
 */
@Injectable()
export class DatabaseReadiness {
  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthIndicatorService,
  ) {}

  check() {
    return this.health
      .check('database')
      .attempt(async () => {
        let applied: { name: string }[];
        try {
          applied = await this.dataSource.query('SELECT name FROM migrations');
        } catch {
          throw new Error('the database did not answer');
        }
        const names = new Set(applied.map((row) => row.name));
        const pending = MIGRATIONS.map((migration) => migration.name).filter((name) => !names.has(name));
        if (pending.length > 0) throw new Error(`migrations not applied: ${pending.join(', ')}`);
        return { migrations: MIGRATIONS.length };
      })
      .withTimeout(READINESS_TIMEOUT_MS);
  }
}
