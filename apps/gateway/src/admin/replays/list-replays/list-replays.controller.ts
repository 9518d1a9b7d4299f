import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../../auth/roles.decorator';
import { ListReplaysParamsDto, ListReplaysQuery, ReplayListDto } from './list-replays.query';

@ApiTags('admin')
@ApiSecurity('api-key')
@Controller('api/admin/replays')
export class ListReplaysController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireRole('admin')
  @ApiOperation({ summary: 'Replays started from the API or the command line, newest first, with their progress and outcome' })
  @ApiOkResponse({ type: ReplayListDto })
  list(@Query() params: ListReplaysParamsDto) {
    return this.queries.execute(new ListReplaysQuery(params.limit, params.before));
  }
}
