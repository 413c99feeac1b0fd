import { Module } from '@nestjs/common';
import { LadderResolver } from './ladder.resolver';
import { LadderService } from './ladder.service';
import { PersonLevelResolver } from './person-level.resolver';

@Module({
  providers: [LadderService, LadderResolver, PersonLevelResolver],
  exports: [LadderService],
})
export class LadderModule {}
