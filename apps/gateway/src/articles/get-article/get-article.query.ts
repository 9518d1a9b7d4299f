import { Query } from '@nestjs/cqrs';
import type { ArticleView } from './article-view.dto';

export class GetArticleQuery extends Query<ArticleView> {
  constructor(readonly articleId: string) {
    super();
  }
}
