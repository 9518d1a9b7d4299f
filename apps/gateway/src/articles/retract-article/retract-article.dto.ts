import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { reasonSchema } from '@newsroom/events';

export const retractArticleSchema = z.object({ reason: reasonSchema.describe('Why the article is withdrawn.') }).strict();
export type RetractArticleRequest = z.infer<typeof retractArticleSchema>;
export class RetractArticleDto extends createZodDto(retractArticleSchema) {}
