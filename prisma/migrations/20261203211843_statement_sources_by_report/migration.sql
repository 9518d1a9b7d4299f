-- A statement's sources are its reports (article_statements.statement_id, listed in compareSources order) instead of
-- a copy in the statement row: a statement quoted by thousands of articles (the UN's figures of a war, repeated in
-- every background paragraph) was read, rebuilt and rewritten whole, jsonb of every source with its evidence, each
-- time one more article quoted it, under its bucket's lock. The rows already there are linked once from their stored
-- sources, in public and in the read-model generations built before this migration (rm_gen_<n>).
DO $$
DECLARE
  s text;
BEGIN
  FOR s IN SELECT 'public' UNION ALL SELECT nspname FROM pg_namespace WHERE nspname ~ '^rm_gen_[0-9]+$' ORDER BY 1 LOOP
    IF to_regclass(format('%I.statements', s)) IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %I.article_statements ADD COLUMN "statement_id" TEXT', s);
      EXECUTE format('ALTER TABLE %I.statements ADD COLUMN "source_count" INTEGER', s);
      EXECUTE format(
        'UPDATE %1$I.article_statements a SET statement_id = linked.id
         FROM (SELECT st.id, src->>''articleId'' AS article_id, (src->>''ordinal'')::int AS ordinal
               FROM %1$I.statements st, jsonb_array_elements(st.sources) AS src) linked
         WHERE a.article_id = linked.article_id AND a.ordinal = linked.ordinal', s);
      EXECUTE format('UPDATE %I.statements SET source_count = jsonb_array_length(sources)', s);
      EXECUTE format('ALTER TABLE %I.statements DROP COLUMN "sources", ALTER COLUMN "source_count" SET NOT NULL', s);
      EXECUTE format('CREATE INDEX "article_statements_statement_id_idx" ON %I.article_statements ("statement_id")', s);
    END IF;
  END LOOP;
END $$;
