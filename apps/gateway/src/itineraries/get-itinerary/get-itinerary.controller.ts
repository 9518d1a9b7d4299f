import { Controller, Get, Headers, Param, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { RequireRole } from '../../auth/roles.decorator';
import { paramPipe } from '../../common/param.pipe';
import { CachedReads } from '../../common/response-cache';
import { envoyIdParam } from '../itinerary-views';
import { GetItineraryQuery, ItineraryDto, ItineraryParamsDto, type ItineraryAnswer } from './get-itinerary.query';
import { itineraryCsv, itineraryGeoJson } from './itinerary-formats';

@ApiTags('itineraries')
@ApiSecurity('api-key')
@Controller('api/envoys')
export class GetItineraryController {
  constructor(
    private readonly queries: QueryBus,
    private readonly reads: CachedReads,
  ) {}

  @Get(':id/itinerary')
  @RequireRole('reader')
  @ApiOperation({ summary: "An envoy's visits and trips; also as CSV (Accept: text/csv) or GeoJSON (Accept: application/geo+json)" })
  @ApiProduces('application/json', 'text/csv', 'application/geo+json')
  @ApiOkResponse({ type: ItineraryDto })
  get(
    @Param('id', paramPipe('id', envoyIdParam)) id: string,
    @Query() params: ItineraryParamsDto,
    @Headers('accept') accept: string | undefined,
    @Req() request: Request,
  ): Promise<unknown> {
    return this.reads.answer(request, async () => {
      const answer: ItineraryAnswer = await this.queries.execute(new GetItineraryQuery(id, params));
      const wanted = request.accepts(['application/json', 'text/csv', 'application/geo+json']);
      const response = request.res!;
      if (accept && wanted === 'text/csv') {
        response.type('text/csv').attachment(`${id}-itinerary.csv`);
        return itineraryCsv(answer.itinerary());
      }
      if (accept && wanted === 'application/geo+json') {
        response.type('application/geo+json');
        return itineraryGeoJson(answer.itinerary());
      }
      return answer.json;
    });
  }
}
