import { Module } from '@nestjs/common';
import { GetEnvoyController } from './get-envoy/get-envoy.controller';
import { GetEnvoyHandler } from './get-envoy/get-envoy.handler';
import { GetItineraryController } from './get-itinerary/get-itinerary.controller';
import { GetItineraryHandler } from './get-itinerary/get-itinerary.handler';
import { GetVisitController } from './get-visit/get-visit.controller';
import { GetVisitHandler } from './get-visit/get-visit.handler';
import { ListEnvoysController } from './list-envoys/list-envoys.controller';
import { ListEnvoysHandler } from './list-envoys/list-envoys.handler';
import { ListVisitsController } from './list-visits/list-visits.controller';
import { ListVisitsHandler } from './list-visits/list-visits.handler';

/** Envoy itineraries: envoys, their merged visits and trips. */
@Module({
  controllers: [ListEnvoysController, GetEnvoyController, GetItineraryController, ListVisitsController, GetVisitController],
  providers: [ListEnvoysHandler, GetEnvoyHandler, GetItineraryHandler, ListVisitsHandler, GetVisitHandler],
})
export class ItinerariesModule {}
