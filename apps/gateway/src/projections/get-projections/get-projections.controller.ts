import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { GetProjectionsQuery } from './get-projections.query';
import { ProjectionsViewDto } from './projections-view.dto';

@ApiTags('projections')
@ApiSecurity('api-key')
@Controller('api/projections')
export class GetProjectionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireRole('reader')
  @ApiOperation({ summary: 'Per partition: last applied offset and time, consumer lag, events/s, dead letters, extractor version' })
  @ApiOkResponse({ type: ProjectionsViewDto })
  get() {
    return this.queries.execute(new GetProjectionsQuery());
  }
}
