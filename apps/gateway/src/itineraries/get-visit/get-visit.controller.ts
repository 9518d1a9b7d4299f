import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { Exchange, type HttpExchange } from '../../common/request-context';
import { CachedReads } from '../../common/response-cache';
import { paramPipe } from '../../common/param.pipe';
import { VisitDetailDto, visitIdParam } from '../itinerary-views';
import { GetVisitQuery } from './get-visit.query';

@ApiTags('itineraries')
@ApiSecurity('api-key')
@Controller('api/visits')
export class GetVisitController {
  constructor(
    private readonly queries: QueryBus,
    private readonly reads: CachedReads,
  ) {}

  @Get(':id')
  @RequireRole('reader')
  @ApiOperation({ summary: 'One merged visit: counterparts, companions, corroboration and each source with its evidence sentence(s)' })
  @ApiOkResponse({ type: VisitDetailDto })
  get(@Param('id', paramPipe('id', visitIdParam)) id: string, @Exchange() http: HttpExchange) {
    return this.reads.answer(http, () => this.queries.execute(new GetVisitQuery(id)));
  }
}
