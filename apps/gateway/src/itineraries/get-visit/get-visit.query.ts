import { Query } from '@nestjs/cqrs';
import type { JsonText } from '../../common/json-text';
import type { VisitDetailView } from '../itinerary-views';

export class GetVisitQuery extends Query<JsonText<VisitDetailView>> {
  constructor(readonly visitId: string) {
    super();
  }
}
