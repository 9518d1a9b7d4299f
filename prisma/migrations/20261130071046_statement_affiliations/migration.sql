-- GET /api/statements?organisation=: what each statement's speaker speaks for (their roles' titles and their state's
-- name, from the extractor's knowledge, written by the projector) and a 'simple' full-text vector over the speaker
-- and those words. Statements projected before this migration get the speaker's own name (an institution speaks
-- for itself) until a replay rewrites them with their affiliations.

-- AlterTable
ALTER TABLE "statements" ADD COLUMN     "affiliation_search" tsvector,
ADD COLUMN     "affiliations" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "statements_affiliation_search_idx" ON "statements" USING GIN ("affiliation_search");

UPDATE "statements" SET "affiliation_search" = to_tsvector('simple', "speaker");

-- Read-model generations built before this migration (rm_gen_<n>: tables copied from public) get them too.
DO $$
DECLARE
  s text;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname ~ '^rm_gen_[0-9]+$' LOOP
    IF to_regclass(format('%I.statements', s)) IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %I.statements ADD COLUMN IF NOT EXISTS affiliation_search tsvector, ADD COLUMN IF NOT EXISTS affiliations text[] DEFAULT ARRAY[]::text[]', s);
      EXECUTE format('CREATE INDEX IF NOT EXISTS statements_affiliation_search_idx ON %I.statements USING GIN (affiliation_search)', s);
      EXECUTE format('UPDATE %I.statements SET affiliation_search = to_tsvector(''simple'', speaker)', s);
    END IF;
  END LOOP;
END $$;
