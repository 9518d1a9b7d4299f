import { Query } from '@nestjs/cqrs';
import type { VisitDetailView } from '../itinerary-views';

export class GetVisitQuery extends Query<VisitDetailView> {
  constructor(readonly visitId: string) {
    super();
  }
}
