import { Module } from '@nestjs/common';
import { LadderLoaders } from './ladder-loaders';
import { LadderResolver } from './ladder.resolver';
import { LadderService } from './ladder.service';
import { PersonLevelResolver } from './person-level.resolver';

@Module({
  providers: [LadderService, LadderResolver, PersonLevelResolver, LadderLoaders],
  exports: [LadderService, LadderLoaders],
})
export class LadderModule {}
