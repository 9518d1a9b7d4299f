import { Query } from '@nestjs/cqrs';
import type { StatementDetailView } from '@newsroom/api-views';

export class GetStatementQuery extends Query<StatementDetailView> {
  constructor(readonly statementId: string) {
    super();
  }
}
