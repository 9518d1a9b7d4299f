-- Enumerations become text with CHECK constraints: a read-model generation (its own Postgres schema, see
-- libs/database generations.ts) then shares no types with public, and values are kept as they are.

DROP INDEX "read_model_generations_one_live";

ALTER TABLE "api_keys" ALTER COLUMN "role" TYPE TEXT USING "role"::text,
  ADD CONSTRAINT "api_keys_role_check" CHECK ("role" IN ('publisher', 'reader', 'admin'));

ALTER TABLE "articles" ALTER COLUMN "state" TYPE TEXT USING "state"::text,
  ADD CONSTRAINT "articles_state_check" CHECK ("state" IN ('projected', 'retracted', 'failed'));

ALTER TABLE "dead_letters" ALTER COLUMN "state" DROP DEFAULT;
ALTER TABLE "dead_letters" ALTER COLUMN "state" TYPE TEXT USING "state"::text,
  ALTER COLUMN "state" SET DEFAULT 'dead',
  ADD CONSTRAINT "dead_letters_state_check" CHECK ("state" IN ('dead', 'redriven'));

ALTER TABLE "ingest_records" ALTER COLUMN "state" TYPE TEXT USING "state"::text,
  ADD CONSTRAINT "ingest_records_state_check" CHECK ("state" IN ('pending', 'accepted', 'rejected', 'projected'));

ALTER TABLE "read_model_generations" ALTER COLUMN "state" TYPE TEXT USING "state"::text,
  ADD CONSTRAINT "read_model_generations_state_check" CHECK ("state" IN ('building', 'live', 'retired'));
CREATE UNIQUE INDEX "read_model_generations_one_live" ON "read_model_generations" ("state") WHERE "state" = 'live';

DROP TYPE "ApiKeyRole";
DROP TYPE "ArticleState";
DROP TYPE "DeadLetterState";
DROP TYPE "GenerationState";
DROP TYPE "IngestState";
