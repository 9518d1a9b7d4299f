import { Query } from '@nestjs/cqrs';
import type { StatementDetailView } from '@newsroom/api-views';
import type { JsonText } from '../../common/json-text';

export class GetStatementQuery extends Query<JsonText<StatementDetailView>> {
  constructor(readonly statementId: string) {
    super();
  }
}
