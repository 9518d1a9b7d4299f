import { articleViewSchema } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';

export type { ArticleView } from '@newsroom/api-views';
export class ArticleViewDto extends createZodDto(articleViewSchema) {}
