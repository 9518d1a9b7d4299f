import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { paramPipe } from '../../common/param.pipe';
import { EnvoyViewDto, envoyIdParam } from '../itinerary-views';
import { GetEnvoyQuery } from './get-envoy.query';
import { ReadEndpoint } from '../../common/etag.interceptor';

@ApiTags('itineraries')
@ApiSecurity('api-key')
@Controller('api/envoys')
export class GetEnvoyController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @RequireRole('reader')
  @ReadEndpoint({ cached: true })
  @ApiOperation({ summary: 'One envoy: canonical name, aliases, roles over time, visit count' })
  @ApiOkResponse({ type: EnvoyViewDto })
  get(@Param('id', paramPipe('id', envoyIdParam)) id: string) {
    return this.queries.execute(new GetEnvoyQuery(id));
  }
}
