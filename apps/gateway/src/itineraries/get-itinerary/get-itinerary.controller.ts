import { Controller, Get, Headers, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import accepts from 'accepts';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../auth/roles.decorator';
import { paramPipe } from '../../common/param.pipe';
import { Exchange, type HttpExchange } from '../../common/request-context';
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
    @Exchange() http: HttpExchange,
  ): Promise<unknown> {
    return this.reads.answer(http, async () => {
      const answer: ItineraryAnswer = await this.queries.execute(new GetItineraryQuery(id, params));
      const wanted = accepts(http.request.raw).type(['application/json', 'text/csv', 'application/geo+json']);
      if (accept && wanted === 'text/csv') {
        // the id is an envoy id (letters, digits and hyphens): nothing to quote in the file name
        http.reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${id}-itinerary.csv"`);
        return itineraryCsv(answer.itinerary());
      }
      if (accept && wanted === 'application/geo+json') {
        http.reply.header('Content-Type', 'application/geo+json; charset=utf-8');
        return itineraryGeoJson(answer.itinerary());
      }
      return answer.json;
    });
  }
}
