import { Query } from '@nestjs/cqrs';
import type { TrackStatusView } from '../track-views';

export class GetTrackQuery extends Query<TrackStatusView> {
  constructor(readonly track: string) {
    super();
  }
}
