import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseReadiness } from './database-readiness';
import { HealthController } from './health.controller';

@Module({
  // A failed probe is answered with 503 and logged as one request line; terminus's own log of it
  // would go around the JSON logger.
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [DatabaseReadiness],
})
export class HealthModule {}
