import { Module } from '@nestjs/common';
import { GetProjectionsController } from './get-projections/get-projections.controller';
import { GetProjectionsHandler } from './get-projections/get-projections.handler';
import { ListDeadLettersController } from './list-dead-letters/list-dead-letters.controller';
import { ListDeadLettersHandler } from './list-dead-letters/list-dead-letters.handler';
import { RedriveDeadLetterController } from './redrive-dead-letter/redrive-dead-letter.controller';
import { RedriveDeadLetterHandler } from './redrive-dead-letter/redrive-dead-letter.handler';

/** Projection administration: where each partition stands, the dead letters, and their re-drive. */
@Module({
  controllers: [GetProjectionsController, ListDeadLettersController, RedriveDeadLetterController],
  providers: [GetProjectionsHandler, ListDeadLettersHandler, RedriveDeadLetterHandler],
})
export class ProjectionsModule {}
