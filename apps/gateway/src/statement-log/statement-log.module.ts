import { Module } from '@nestjs/common';
import { SearchStatementsController } from './search-statements/search-statements.controller';
import { SearchStatementsHandler } from './search-statements/search-statements.handler';

/** The statement log: who said what, when, where it was reported. */
@Module({ controllers: [SearchStatementsController], providers: [SearchStatementsHandler] })
export class StatementLogModule {}
