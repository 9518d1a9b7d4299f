-- AlterTable
ALTER TABLE "article_statements" ADD COLUMN     "outlet" TEXT,
ADD COLUMN     "published_at" VARCHAR(10),
ADD COLUMN     "tracks" TEXT[],
ADD COLUMN     "url" TEXT;

-- AlterTable
ALTER TABLE "article_status_claims" ADD COLUMN     "outlet" TEXT,
ADD COLUMN     "published_at" VARCHAR(10),
ADD COLUMN     "url" TEXT;

-- AlterTable
ALTER TABLE "article_visits" ADD COLUMN     "bucket" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "outlet" TEXT,
ADD COLUMN     "published_at" VARCHAR(10),
ADD COLUMN     "url" TEXT;
-- rows projected before this migration: derive the bucket (envoy|city|country), then no default
UPDATE "article_visits" SET "bucket" = "envoy" || '|' || coalesce("city", '') || '|' || coalesce("country", '');
ALTER TABLE "article_visits" ALTER COLUMN "bucket" DROP DEFAULT;

-- CreateTable
CREATE TABLE "envoys" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "country" CHAR(2),
    "roles" JSONB NOT NULL,
    "visit_count" INTEGER NOT NULL,
    "first_date" VARCHAR(10),
    "last_date" VARCHAR(10),

    CONSTRAINT "envoys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visits" (
    "id" TEXT NOT NULL,
    "envoy_id" TEXT NOT NULL,
    "envoy" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "city" TEXT,
    "country" CHAR(2),
    "date" VARCHAR(10),
    "end_date" VARCHAR(10),
    "mode" TEXT NOT NULL,
    "longitude" DOUBLE PRECISION,
    "latitude" DOUBLE PRECISION,
    "counterparts" JSONB NOT NULL,
    "companions" JSONB NOT NULL,
    "sources" JSONB NOT NULL,
    "corroboration" INTEGER NOT NULL,
    "confirmed_by" TEXT,

    CONSTRAINT "visits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statements" (
    "id" TEXT NOT NULL,
    "speaker" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "date" VARCHAR(10),
    "tracks" TEXT[],
    "sources" JSONB NOT NULL,
    "corroboration" INTEGER NOT NULL,
    "search" tsvector,

    CONSTRAINT "statements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "track_claims" (
    "id" TEXT NOT NULL,
    "track" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "date" VARCHAR(10),
    "effective_date" VARCHAR(10),
    "sources" JSONB NOT NULL,
    "corroboration" INTEGER NOT NULL,

    CONSTRAINT "track_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tracks" (
    "track" TEXT NOT NULL,
    "current_state" TEXT,
    "disputed" TEXT[],
    "last_change" VARCHAR(10),
    "claim_count" INTEGER NOT NULL,

    CONSTRAINT "tracks_pkey" PRIMARY KEY ("track")
);

-- CreateTable
CREATE TABLE "change_log" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "envoy" TEXT,
    "track" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "change_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "envoys_name_key" ON "envoys"("name");

-- CreateIndex
CREATE INDEX "visits_bucket_idx" ON "visits"("bucket");

-- CreateIndex
CREATE INDEX "visits_envoy_id_date_idx" ON "visits"("envoy_id", "date");

-- CreateIndex
CREATE INDEX "visits_country_city_date_idx" ON "visits"("country", "city", "date");

-- CreateIndex
CREATE INDEX "visits_date_id_idx" ON "visits"("date", "id");

-- CreateIndex
CREATE INDEX "statements_speaker_idx" ON "statements"("speaker");

-- CreateIndex
CREATE INDEX "statements_date_id_idx" ON "statements"("date", "id");

-- CreateIndex
CREATE INDEX "statements_tracks_idx" ON "statements" USING GIN ("tracks");

-- CreateIndex
CREATE INDEX "statements_search_idx" ON "statements" USING GIN ("search");

-- CreateIndex
CREATE INDEX "track_claims_track_effective_date_idx" ON "track_claims"("track", "effective_date");

-- CreateIndex
CREATE INDEX "change_log_created_at_idx" ON "change_log"("created_at");

-- CreateIndex
CREATE INDEX "article_visits_bucket_idx" ON "article_visits"("bucket");
