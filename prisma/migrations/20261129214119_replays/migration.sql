-- CreateTable
CREATE TABLE "replays" (
    "id" SERIAL NOT NULL,
    "state" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "generation" TEXT,
    "extractor_version" TEXT,
    "switch_when_done" BOOLEAN NOT NULL DEFAULT true,
    "requested_by" TEXT NOT NULL,
    "runner" TEXT,
    "events_done" BIGINT NOT NULL DEFAULT 0,
    "events_total" BIGINT NOT NULL DEFAULT 0,
    "rate" DOUBLE PRECISION,
    "eta_seconds" INTEGER,
    "cancel_requested" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,
    "checksums" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "replays_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "replays_created_at_idx" ON "replays"("created_at");

ALTER TABLE "replays" ADD CONSTRAINT "replays_state_check"
  CHECK ("state" IN ('requested', 'running', 'caught_up', 'switched', 'interrupted', 'cancelled', 'failed'));
-- At most one replay requested or running at a time (the API answers 409 on this index).
CREATE UNIQUE INDEX "replays_one_active" ON "replays" ((true)) WHERE "state" IN ('requested', 'running');

-- replays belongs to the whole system: every existing read-model generation sees it through a view (new ones get
-- theirs from createGenerationSchema, libs/database generations.ts).
DO $$
DECLARE s text;
BEGIN
  FOR s IN SELECT "schema" FROM "read_model_generations" WHERE "schema" <> 'public' LOOP
    IF EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = s) THEN
      EXECUTE format('CREATE OR REPLACE VIEW %I.replays AS SELECT * FROM public.replays', s);
    END IF;
  END LOOP;
END $$;
