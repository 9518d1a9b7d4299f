import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { paramPipe } from '../../common/param.pipe';
import { CachedRead } from '../../common/response-cache';
import { VisitDetailDto, visitIdParam } from '../itinerary-views';
import { GetVisitQuery } from './get-visit.query';

@ApiTags('itineraries')
@ApiSecurity('api-key')
@Controller('api/visits')
export class GetVisitController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @RequireRole('reader')
  @CachedRead()
  @ApiOperation({ summary: 'One merged visit: counterparts, companions, corroboration and each source with its evidence sentence(s)' })
  @ApiOkResponse({ type: VisitDetailDto })
  get(@Param('id', paramPipe('id', visitIdParam)) id: string) {
    return this.queries.execute(new GetVisitQuery(id));
  }
}
