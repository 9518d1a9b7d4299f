-- The query API's orders, so that a page is an index scan that stops at its LIMIT instead of a sort of every
-- matching row. NULLS LAST is written here by hand: Prisma's schema does not model it (and its diff ignores it).

-- GET /api/statements: ORDER BY date DESC NULLS LAST, id. A frequent search word ("ceasefire") then reads the
-- newest statements in order and stops after a page; rare words still go through the GIN index on search.
-- CreateIndex
CREATE INDEX "statements_date_desc_id_idx" ON "statements"("date" DESC NULLS LAST, "id");

-- GET /api/peace-processes/{track}: the latest claims, ORDER BY effective_date DESC NULLS LAST, state, id.
-- CreateIndex
CREATE INDEX "track_claims_timeline_idx" ON "track_claims"("track", "effective_date" DESC NULLS LAST, "state", "id");

-- Read-model generations built before this migration (rm_gen_<n>: tables copied from public) get them too.
DO $$
DECLARE
  s text;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname ~ '^rm_gen_[0-9]+$' LOOP
    IF to_regclass(format('%I.statements', s)) IS NOT NULL THEN
      EXECUTE format('CREATE INDEX IF NOT EXISTS statements_date_desc_id_idx ON %I.statements (date DESC NULLS LAST, id)', s);
    END IF;
    IF to_regclass(format('%I.track_claims', s)) IS NOT NULL THEN
      EXECUTE format('CREATE INDEX IF NOT EXISTS track_claims_timeline_idx ON %I.track_claims (track, effective_date DESC NULLS LAST, state, id)', s);
    END IF;
  END LOOP;
END $$;
