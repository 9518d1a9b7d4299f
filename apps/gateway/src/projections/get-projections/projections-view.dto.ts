import { projectionsViewSchema } from '@newsroom/api-views';
import { createZodDto } from 'nestjs-zod';

export type { PartitionView, ProjectionsView } from '@newsroom/api-views';
export class ProjectionsViewDto extends createZodDto(projectionsViewSchema) {}
