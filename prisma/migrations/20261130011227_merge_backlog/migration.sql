-- CreateTable
CREATE TABLE "merge_backlog" (
    "id" BIGSERIAL NOT NULL,
    "model" TEXT NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "merge_backlog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "merge_backlog_model_key_idx" ON "merge_backlog"("model", "key");

-- Read-model generations built before this migration (rm_gen_<n>: tables copied from public) get it too.
DO $$
DECLARE
  s text;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname ~ '^rm_gen_[0-9]+$' LOOP
    EXECUTE format('CREATE TABLE IF NOT EXISTS %I.merge_backlog (LIKE public.merge_backlog INCLUDING ALL)', s);
  END LOOP;
END $$;
