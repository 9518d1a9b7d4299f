-- At most one live submission per article: lets a new article's submission be reserved in one statement
-- (INSERT ... ON CONFLICT DO NOTHING) without the per-article lock, while concurrent duplicates still write one event.
-- (Prisma's schema cannot express a partial index; the migrations carry it.)
CREATE UNIQUE INDEX "ingest_records_one_live_submission" ON "ingest_records" ("article_id")
  WHERE "event_type" = 'ArticleSubmitted' AND "state" <> 'rejected';
