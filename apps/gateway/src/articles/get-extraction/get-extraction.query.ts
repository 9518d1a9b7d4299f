import { Query } from '@nestjs/cqrs';
import { extractionSchema } from '@newsroom/api-views';
import type { Extraction } from '@newsroom/extraction';
import { createZodDto } from 'nestjs-zod';

export class ExtractionDto extends createZodDto(extractionSchema) {}

export class GetExtractionQuery extends Query<Extraction> {
  constructor(readonly articleId: string) {
    super();
  }
}
