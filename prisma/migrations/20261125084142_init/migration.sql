-- CreateEnum
CREATE TYPE "ApiKeyRole" AS ENUM ('publisher', 'reader', 'admin');

-- CreateEnum
CREATE TYPE "IngestState" AS ENUM ('pending', 'accepted', 'rejected', 'projected');

-- CreateEnum
CREATE TYPE "ArticleState" AS ENUM ('projected', 'retracted', 'failed');

-- CreateEnum
CREATE TYPE "DeadLetterState" AS ENUM ('dead', 'redriven');

-- CreateTable
CREATE TABLE "api_keys" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" "ApiKeyRole" NOT NULL,
    "secret_hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingest_records" (
    "event_id" UUID NOT NULL,
    "article_id" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "idempotency_key" TEXT,
    "state" "IngestState" NOT NULL,
    "reason" TEXT,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ingest_records_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" TEXT NOT NULL,
    "title" TEXT,
    "url" TEXT,
    "outlet" TEXT,
    "language" TEXT,
    "published_at" VARCHAR(10),
    "format" TEXT NOT NULL DEFAULT 'text',
    "text" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "state" "ArticleState" NOT NULL,
    "failure_reason" TEXT,
    "retraction_reason" TEXT,
    "extractor_version" TEXT,
    "last_event_id" UUID NOT NULL,
    "event_count" INTEGER NOT NULL,
    "first_occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "last_occurred_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_visits" (
    "article_id" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "envoy" TEXT NOT NULL,
    "city" TEXT,
    "country" CHAR(2),
    "date" VARCHAR(10),
    "mode" TEXT NOT NULL,
    "counterparts" TEXT[],
    "companions" TEXT[],
    "evidence" TEXT NOT NULL,
    "extractor_version" TEXT NOT NULL,

    CONSTRAINT "article_visits_pkey" PRIMARY KEY ("article_id","ordinal")
);

-- CreateTable
CREATE TABLE "article_statements" (
    "article_id" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "speaker" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "extractor_version" TEXT NOT NULL,

    CONSTRAINT "article_statements_pkey" PRIMARY KEY ("article_id","ordinal")
);

-- CreateTable
CREATE TABLE "article_status_claims" (
    "article_id" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "track" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "date" VARCHAR(10),
    "evidence" TEXT NOT NULL,
    "extractor_version" TEXT NOT NULL,

    CONSTRAINT "article_status_claims_pkey" PRIMARY KEY ("article_id","ordinal")
);

-- CreateTable
CREATE TABLE "projection_checkpoints" (
    "projection" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "partition" INTEGER NOT NULL,
    "next_offset" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "projection_checkpoints_pkey" PRIMARY KEY ("projection","topic","partition")
);

-- CreateTable
CREATE TABLE "applied_events" (
    "event_id" UUID NOT NULL,
    "article_id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "partition" INTEGER NOT NULL,
    "offset" BIGINT NOT NULL,
    "applied_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "applied_events_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "dead_letters" (
    "id" BIGSERIAL NOT NULL,
    "topic" TEXT NOT NULL,
    "partition" INTEGER NOT NULL,
    "offset" BIGINT NOT NULL,
    "event_id" TEXT,
    "article_id" TEXT,
    "event_type" TEXT,
    "reason" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "stack" TEXT,
    "attempts" INTEGER NOT NULL,
    "key" TEXT,
    "value" BYTEA,
    "headers" JSONB NOT NULL,
    "state" "DeadLetterState" NOT NULL DEFAULT 'dead',
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "redriven_at" TIMESTAMPTZ(3),

    CONSTRAINT "dead_letters_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ingest_records_idempotency_key_key" ON "ingest_records"("idempotency_key");

-- CreateIndex
CREATE INDEX "ingest_records_article_id_created_at_idx" ON "ingest_records"("article_id", "created_at");

-- CreateIndex
CREATE INDEX "articles_outlet_idx" ON "articles"("outlet");

-- CreateIndex
CREATE INDEX "articles_state_idx" ON "articles"("state");

-- CreateIndex
CREATE INDEX "article_visits_envoy_date_idx" ON "article_visits"("envoy", "date");

-- CreateIndex
CREATE INDEX "article_visits_country_city_idx" ON "article_visits"("country", "city");

-- CreateIndex
CREATE INDEX "article_statements_speaker_idx" ON "article_statements"("speaker");

-- CreateIndex
CREATE INDEX "article_status_claims_track_date_idx" ON "article_status_claims"("track", "date");

-- CreateIndex
CREATE INDEX "dead_letters_state_created_at_idx" ON "dead_letters"("state", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "dead_letters_topic_partition_offset_key" ON "dead_letters"("topic", "partition", "offset");
