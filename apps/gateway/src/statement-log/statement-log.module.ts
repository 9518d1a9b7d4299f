import { Module } from '@nestjs/common';
import { GetStatementController } from './get-statement/get-statement.controller';
import { GetStatementHandler } from './get-statement/get-statement.handler';
import { SearchStatementsController } from './search-statements/search-statements.controller';
import { SearchStatementsHandler } from './search-statements/search-statements.handler';

/** The statement log: who said what, when, where it was reported. */
@Module({ controllers: [SearchStatementsController, GetStatementController], providers: [SearchStatementsHandler, GetStatementHandler] })
export class StatementLogModule {}
