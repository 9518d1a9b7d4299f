import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { DeadLetterListDto, ListDeadLettersParamsDto } from './dead-letter-view.dto';
import { ListDeadLettersQuery } from './list-dead-letters.query';

@ApiTags('projections')
@ApiSecurity('api-key')
@Controller('api/projections/dead-letters')
export class ListDeadLettersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireRole('reader')
  @ApiOperation({ summary: 'Events the projector could not use: original topic, partition, offset, reason, error and stack' })
  @ApiOkResponse({ type: DeadLetterListDto })
  list(@Query() params: ListDeadLettersParamsDto) {
    return this.queries.execute(new ListDeadLettersQuery(params.state, params.limit, params.before));
  }
}
