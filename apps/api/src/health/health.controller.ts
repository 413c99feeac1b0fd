import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../auth/access.decorators';
import { DatabaseReadiness } from './database-readiness';

/** Probes for an orchestrator or load balancer, outside GraphQL and open to anyone. */
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseReadiness,
  ) {}

  /** Alive: the process answers. It never touches the database, so a database outage does not restart it. */
  @Get('healthz')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Ready for traffic: the database answers and every migration is applied; 503 otherwise. */
  @Get('readyz')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.check()]);
  }
}
