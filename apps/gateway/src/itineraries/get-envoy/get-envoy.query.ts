import { Query } from '@nestjs/cqrs';
import type { EnvoyView } from '../itinerary-views';

export class GetEnvoyQuery extends Query<EnvoyView> {
  constructor(readonly envoyId: string) {
    super();
  }
}
