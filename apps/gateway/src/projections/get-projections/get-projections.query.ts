import { Query } from '@nestjs/cqrs';
import type { ProjectionsView } from './projections-view.dto';

export class GetProjectionsQuery extends Query<ProjectionsView> {}
