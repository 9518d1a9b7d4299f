-- Merge buckets that stay small however much a speaker or a track accumulates (see libs/read-models).
-- Rows projected before this migration get their keys derived in SQL (accents are not folded here as the
-- projector does: a replay recomputes them exactly).

-- AlterTable
ALTER TABLE "article_statements" ADD COLUMN     "bucket" TEXT NOT NULL DEFAULT '';
UPDATE "article_statements" SET "bucket" = "speaker" || '|' || "type" || '|' || array_to_string(
  (array_remove(regexp_split_to_array(lower("text"), '[^[:alnum:]]+'), ''))[1:5], ' ');
ALTER TABLE "article_statements" ALTER COLUMN "bucket" DROP DEFAULT;

-- AlterTable
ALTER TABLE "article_status_claims" ADD COLUMN     "claim_key" TEXT NOT NULL DEFAULT '';
UPDATE "article_status_claims" SET "claim_key" = "track" || '|' || "state" || '|' || coalesce("date", 'reported:' || coalesce("published_at", ''));
ALTER TABLE "article_status_claims" ALTER COLUMN "claim_key" DROP DEFAULT;

-- AlterTable
ALTER TABLE "statements" ADD COLUMN     "bucket" TEXT NOT NULL DEFAULT '';
UPDATE "statements" SET "bucket" = "speaker" || '|' || "type" || '|' || array_to_string(
  (array_remove(regexp_split_to_array(lower("text"), '[^[:alnum:]]+'), ''))[1:5], ' ');
ALTER TABLE "statements" ALTER COLUMN "bucket" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "article_statements_bucket_idx" ON "article_statements"("bucket");

-- CreateIndex
CREATE INDEX "article_status_claims_claim_key_idx" ON "article_status_claims"("claim_key");

-- CreateIndex
CREATE INDEX "statements_bucket_idx" ON "statements"("bucket");
