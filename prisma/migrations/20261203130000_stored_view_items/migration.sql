-- The JSON of a visit and of a track claim as the API gives them, built by Postgres once when the row is written
-- (a trigger fills `item`) instead of on every read: GET /api/peace-processes/{track} serialised 100 claims with
-- every source per request, and on 50,000 generated articles that made the route's SQL about 3 times dearer than
-- reading the stored text (raw pg 574 -> 1,508 queries/s). The views are functions of the row alone, so a row
-- written live and the same row written by a replay carry the same text; the visit's detail route calls visit_view
-- with the evidence sentences. A trigger rather than a generated column: Prisma's schema cannot declare one (its
-- migrations would write the expression as a DEFAULT, which may not name columns). Generations copy the triggers
-- with their tables (createGenerationSchema).

CREATE FUNCTION visit_view(
  id text, envoy_id text, envoy text, city text, country text, date text, end_date text, mode text,
  longitude double precision, latitude double precision, counterparts jsonb, companions jsonb, corroboration integer,
  confirmed_by text, sources jsonb, evidence boolean
) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT json_build_object('id', id, 'envoyId', envoy_id, 'envoy', envoy, 'city', city, 'country', country,
    'date', date, 'endDate', end_date, 'mode', mode,
    'coordinates', CASE WHEN longitude IS NOT NULL AND latitude IS NOT NULL THEN json_build_array(longitude, latitude) END,
    'counterparts', counterparts, 'companions', companions, 'corroboration', corroboration, 'confirmedBy', confirmed_by,
    'sources', (SELECT coalesce(jsonb_agg(CASE WHEN evidence THEN source - 'ordinal' ELSE source - 'ordinal' - 'evidence' END ORDER BY n), '[]'::jsonb)
                FROM jsonb_array_elements(sources) WITH ORDINALITY AS listed(source, n)))::text
$$;

CREATE FUNCTION timeline_claim_view(id text, state text, date text, effective_date text, corroboration integer, sources jsonb)
RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT json_build_object('id', id, 'state', state, 'date', date, 'effectiveDate', effective_date,
    'corroboration', corroboration,
    'sources', (SELECT coalesce(jsonb_agg(source - 'ordinal' ORDER BY n), '[]'::jsonb)
                FROM jsonb_array_elements(sources) WITH ORDINALITY AS listed(source, n)))::text
$$;

-- a list's visit: without the evidence sentences (GET /api/visits/{id} gives them)
CREATE FUNCTION visits_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.item := visit_view(NEW.id, NEW.envoy_id, NEW.envoy, NEW.city, NEW.country, NEW.date, NEW.end_date, NEW.mode,
    NEW.longitude, NEW.latitude, NEW.counterparts, NEW.companions, NEW.corroboration, NEW.confirmed_by, NEW.sources, false);
  RETURN NEW;
END $$;

-- a timeline's claim: with every source and its evidence
CREATE FUNCTION track_claims_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.item := timeline_claim_view(NEW.id, NEW.state, NEW.date, NEW.effective_date, NEW.corroboration, NEW.sources);
  RETURN NEW;
END $$;

-- public and the read-model generations built before this migration (rm_gen_<n>); the rows already there are
-- updated once, which fires the trigger
DO $$
DECLARE
  s text;
BEGIN
  FOR s IN SELECT 'public' UNION ALL SELECT nspname FROM pg_namespace WHERE nspname ~ '^rm_gen_[0-9]+$' ORDER BY 1 LOOP
    IF to_regclass(format('%I.visits', s)) IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %I.visits ADD COLUMN item TEXT', s);
      EXECUTE format('CREATE TRIGGER visits_item BEFORE INSERT OR UPDATE ON %I.visits FOR EACH ROW EXECUTE FUNCTION public.visits_item()', s);
      EXECUTE format('UPDATE %I.visits SET item = NULL', s);
    END IF;
    IF to_regclass(format('%I.track_claims', s)) IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %I.track_claims ADD COLUMN item TEXT', s);
      EXECUTE format('CREATE TRIGGER track_claims_item BEFORE INSERT OR UPDATE ON %I.track_claims FOR EACH ROW EXECUTE FUNCTION public.track_claims_item()', s);
      EXECUTE format('UPDATE %I.track_claims SET item = NULL', s);
    END IF;
  END LOOP;
END $$;
