import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequireRole } from '../../auth/roles.decorator';
import { paramPipe } from '../../common/param.pipe';
import { envoyIdParam } from '../itinerary-views';
import { GetItineraryQuery, ItineraryDto, ItineraryParamsDto, type ItineraryAnswer } from './get-itinerary.query';
import { itineraryCsv, itineraryGeoJson } from './itinerary-formats';
import { ReadEndpoint } from '../../common/etag.interceptor';

@ApiTags('itineraries')
@ApiSecurity('api-key')
@Controller('api/envoys')
export class GetItineraryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/itinerary')
  @RequireRole('reader')
  @ReadEndpoint({ cached: true })
  @ApiOperation({ summary: "An envoy's visits and trips; also as CSV (Accept: text/csv) or GeoJSON (Accept: application/geo+json)" })
  @ApiProduces('application/json', 'text/csv', 'application/geo+json')
  @ApiOkResponse({ type: ItineraryDto })
  async get(
    @Param('id', paramPipe('id', envoyIdParam)) id: string,
    @Query() params: ItineraryParamsDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<unknown> {
    const answer: ItineraryAnswer = await this.queries.execute(new GetItineraryQuery(id, params));
    const wanted = response.req.accepts(['application/json', 'text/csv', 'application/geo+json']);
    if (accept && wanted === 'text/csv') {
      response.type('text/csv').attachment(`${id}-itinerary.csv`);
      return itineraryCsv(answer.itinerary());
    }
    if (accept && wanted === 'application/geo+json') {
      response.type('application/geo+json');
      return itineraryGeoJson(answer.itinerary());
    }
    return answer.json;
  }
}
