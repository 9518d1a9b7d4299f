export * from './article/article.evolve';
export * from './article/article-facts';
