import { Query } from '@nestjs/cqrs';
import type { DeadLetterList } from './dead-letter-view.dto';

export class ListDeadLettersQuery extends Query<DeadLetterList> {
  constructor(
    readonly state: 'dead' | 'redriven' | 'all',
    readonly limit: number,
    readonly before?: string,
  ) {
    super();
  }
}
