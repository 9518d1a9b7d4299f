import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { Exchange, type HttpExchange } from '../../common/request-context';
import { CachedReads } from '../../common/response-cache';
import { paramPipe } from '../../common/param.pipe';
import { EnvoyViewDto, envoyIdParam } from '../itinerary-views';
import { GetEnvoyQuery } from './get-envoy.query';

@ApiTags('itineraries')
@ApiSecurity('api-key')
@Controller('api/envoys')
export class GetEnvoyController {
  constructor(
    private readonly queries: QueryBus,
    private readonly reads: CachedReads,
  ) {}

  @Get(':id')
  @RequireRole('reader')
  @ApiOperation({ summary: 'One envoy: canonical name, aliases, roles over time, visit count' })
  @ApiOkResponse({ type: EnvoyViewDto })
  get(@Param('id', paramPipe('id', envoyIdParam)) id: string, @Exchange() http: HttpExchange) {
    return this.reads.answer(http, () => this.queries.execute(new GetEnvoyQuery(id)));
  }
}
