import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { paramPipe } from '../../common/param.pipe';
import { VisitDetailDto, visitIdParam } from '../itinerary-views';
import { GetVisitQuery } from './get-visit.query';
import { ReadEndpoint } from '../../common/etag.interceptor';

@ApiTags('itineraries')
@ApiSecurity('api-key')
@Controller('api/visits')
export class GetVisitController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @RequireRole('reader')
  @ReadEndpoint({ cached: true })
  @ApiOperation({ summary: 'One merged visit: counterparts, companions, corroboration and each source with its evidence sentence(s)' })
  @ApiOkResponse({ type: VisitDetailDto })
  get(@Param('id', paramPipe('id', visitIdParam)) id: string) {
    return this.queries.execute(new GetVisitQuery(id));
  }
}
