-- CreateIndex
CREATE INDEX "applied_events_topic_partition_offset_idx" ON "applied_events"("topic", "partition", "offset" DESC);

-- Read-model generations built before this migration (rm_gen_<n>: tables copied from public) get it too.
DO $$
DECLARE
  s text;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname ~ '^rm_gen_[0-9]+$' LOOP
    IF to_regclass(format('%I.applied_events', s)) IS NOT NULL THEN
      EXECUTE format('CREATE INDEX IF NOT EXISTS applied_events_topic_partition_offset_idx ON %I.applied_events (topic, partition, "offset" DESC)', s);
    END IF;
  END LOOP;
END $$;
