// The demo articles `npm start` ingests through the gateway: the seed fixtures shipped in tests/fixtures/seeds.
// Submitting is idempotent (the article id comes from the URL), so a second start adds no events.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface DemoArticle {
  text: string;
  title?: string;
  url?: string;
  outlet?: string;
  publishedAt?: string;
}

export function readDemoArticles(dir: string): DemoArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d+\.txt$/.test(f))
    .sort()
    .map((file) => {
      const metaFile = path.join(dir, file.replace(/\.txt$/, '.meta.json'));
      const meta = fs.existsSync(metaFile) ? (JSON.parse(fs.readFileSync(metaFile, 'utf8')) as Record<string, unknown>) : {};
      const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
      return {
        text: fs.readFileSync(path.join(dir, file), 'utf8'),
        title: str(meta.title),
        url: str(meta.url),
        outlet: str(meta.outlet),
        publishedAt: str(meta.publishedAt),
      };
    });
}

/** Submits the articles; resolves to the ids of those accepted now or before with the same content. */
export async function submitDemoArticles(baseUrl: string, publisherKey: string, articles: DemoArticle[]): Promise<string[]> {
  const ids: string[] = [];
  for (const article of articles) {
    const response = await fetch(`${baseUrl}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': publisherKey },
      body: JSON.stringify(article),
    });
    const body = (await response.json()) as { articleId?: string; message?: string };
    // 409: the same article is on the log with other content (an earlier version of the demo text): keep it
    if (response.status === 409) continue;
    if (response.status !== 202 || !body.articleId) throw new Error(`demo article ${article.url ?? ''} rejected: ${response.status} ${JSON.stringify(body)}`);
    ids.push(body.articleId);
  }
  return ids;
}
