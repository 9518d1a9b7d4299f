import { Query } from '@nestjs/cqrs';
import type { ReplayView } from '../replay-view';

export class GetReplayQuery extends Query<ReplayView> {
  constructor(readonly id: number) {
    super();
  }
}
