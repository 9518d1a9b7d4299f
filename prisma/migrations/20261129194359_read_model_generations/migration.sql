-- CreateEnum
CREATE TYPE "GenerationState" AS ENUM ('building', 'live', 'retired');

-- CreateTable
CREATE TABLE "read_model_generations" (
    "id" SERIAL NOT NULL,
    "schema" TEXT NOT NULL,
    "state" "GenerationState" NOT NULL,
    "extractor_version" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "switched_at" TIMESTAMPTZ(3),
    "checksums" JSONB,

    CONSTRAINT "read_model_generations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "read_model_generations_schema_key" ON "read_model_generations"("schema");

-- The read models built so far live in the public schema: the first live generation.
INSERT INTO "read_model_generations" ("schema", "state") VALUES ('public', 'live');
-- At most one live generation.
CREATE UNIQUE INDEX "read_model_generations_one_live" ON "read_model_generations" ("state") WHERE "state" = 'live';
