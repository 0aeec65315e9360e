-- SPDX-License-Identifier: EPL-2.0
-- The shared plan: one row per model object, generic over the model (any EClass, plug-in classes included),
-- optimistic locking by version, office rights by row-level security, an append-only change log.
-- Run by Flyway as the database owner (schema siempleo); planners log in as roles of their own.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'siempleo_planner') THEN
    CREATE ROLE siempleo_planner NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'siempleo_central') THEN
    CREATE ROLE siempleo_central NOLOGIN IN ROLE siempleo_planner;
  END IF;
END $$;

CREATE TABLE siempleo.plan (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE,
  root uuid NOT NULL,
  approval_required boolean NOT NULL DEFAULT false,
  published_by text NOT NULL DEFAULT session_user,
  published_at timestamptz NOT NULL DEFAULT now()
);

-- which office a login role plans for (by office code); roles in siempleo_central are central
CREATE TABLE siempleo.planner (
  role_name text PRIMARY KEY,
  office_code text NOT NULL
);

-- how the offices of an object are found: 'ref' = the objects named by a reference of its own,
-- 'container' = the offices of its container. Classes without a rule belong to the centre only.
CREATE TABLE siempleo.office_rule (
  eclass text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('ref', 'container')),
  feature text CHECK ((kind = 'ref') = (feature IS NOT NULL))
);
INSERT INTO siempleo.office_rule VALUES
  ('http://siempleo.hn/model/1.1#//Action', 'ref', 'offices'),
  ('http://siempleo.hn/model/1.1#//ReferralRecord', 'ref', 'office'),
  ('http://siempleo.hn/model/1.1#//ProgressReport', 'container', NULL);

CREATE TABLE siempleo.object (
  id uuid PRIMARY KEY,
  plan_id uuid NOT NULL REFERENCES siempleo.plan ON DELETE CASCADE,
  eclass text NOT NULL,
  container uuid,
  feature text,
  pos double precision NOT NULL DEFAULT 0,
  attrs jsonb NOT NULL DEFAULT '{}',
  refs jsonb NOT NULL DEFAULT '{}',
  offices uuid[] NOT NULL DEFAULT '{}',
  version bigint NOT NULL DEFAULT 1,
  deleted boolean NOT NULL DEFAULT false,
  changed_by text NOT NULL DEFAULT session_user,
  changed_at timestamptz NOT NULL DEFAULT now(),
  tx xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX object_plan_tx ON siempleo.object (plan_id, tx);
CREATE INDEX object_plan_class ON siempleo.object (plan_id, eclass);
CREATE INDEX object_container ON siempleo.object (container);

CREATE TABLE siempleo.change_log (
  seq bigserial PRIMARY KEY,
  plan_id uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  who text NOT NULL DEFAULT session_user,
  object_id uuid NOT NULL,
  eclass text NOT NULL,
  offices uuid[] NOT NULL,
  feature text NOT NULL,
  old_value jsonb,
  new_value jsonb
);
CREATE INDEX change_log_object ON siempleo.change_log (object_id, seq);
CREATE INDEX change_log_plan_at ON siempleo.change_log (plan_id, at);

-- approval of progress reports by a central role (when the plan requires it)
CREATE TABLE siempleo.approval (
  report_id uuid PRIMARY KEY REFERENCES siempleo.object,
  report_version bigint NOT NULL,
  approved_by text NOT NULL DEFAULT session_user,
  approved_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION siempleo.is_central() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT pg_has_role(session_user, 'siempleo_central', 'MEMBER')
      OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
$$;

CREATE FUNCTION siempleo.my_offices() RETURNS uuid[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT coalesce(array_agg(o.id), '{}')
    FROM siempleo.object o JOIN siempleo.planner p ON p.role_name = session_user
   WHERE o.eclass = 'http://siempleo.hn/model/1.1#//Office' AND o.attrs->>'code' = p.office_code AND NOT o.deleted
$$;

-- stamps every written row: version, who, when, transaction, and the offices it belongs to (computed here,
-- never taken from the client, so a modified client cannot claim another office's row)
CREATE FUNCTION siempleo.stamp_object() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
  rule siempleo.office_rule;
  value jsonb;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.id <> OLD.id OR NEW.plan_id <> OLD.plan_id OR NEW.eclass <> OLD.eclass THEN
      RAISE EXCEPTION 'siempleo: id, plan and class of an object never change' USING ERRCODE = 'check_violation';
    END IF;
    NEW.version := OLD.version + 1;
  ELSE
    NEW.version := 1;
  END IF;
  NEW.changed_by := session_user;
  NEW.changed_at := now();
  NEW.tx := pg_current_xact_id();
  SELECT * INTO rule FROM siempleo.office_rule r WHERE r.eclass = NEW.eclass;
  IF NOT FOUND THEN
    NEW.offices := '{}';
  ELSIF rule.kind = 'container' THEN
    NEW.offices := coalesce((SELECT c.offices FROM siempleo.object c WHERE c.id = NEW.container), '{}');
  ELSE
    value := NEW.refs -> rule.feature;
    IF value IS NULL OR jsonb_typeof(value) = 'null' THEN
      NEW.offices := '{}';
    ELSIF jsonb_typeof(value) = 'array' THEN
      NEW.offices := ARRAY(SELECT jsonb_array_elements_text(value)::uuid);
    ELSE
      NEW.offices := ARRAY[(value #>> '{}')::uuid];
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER object_stamp BEFORE INSERT OR UPDATE ON siempleo.object
  FOR EACH ROW EXECUTE FUNCTION siempleo.stamp_object();

-- the change log, written in the writer's transaction; one row per changed feature
CREATE FUNCTION siempleo.log_object() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO siempleo.change_log (plan_id, object_id, eclass, offices, feature, old_value, new_value)
    VALUES (NEW.plan_id, NEW.id, NEW.eclass, NEW.offices, '(creado)', NULL,
            jsonb_build_object('container', NEW.container, 'feature', NEW.feature) || NEW.attrs || NEW.refs);
  ELSE
    INSERT INTO siempleo.change_log (plan_id, object_id, eclass, offices, feature, old_value, new_value)
    SELECT NEW.plan_id, NEW.id, NEW.eclass, NEW.offices, coalesce(n.key, o.key), o.value, n.value
      FROM jsonb_each(OLD.attrs || OLD.refs) o FULL JOIN jsonb_each(NEW.attrs || NEW.refs) n ON n.key = o.key
     WHERE o.value IS DISTINCT FROM n.value;
    IF NEW.deleted AND NOT OLD.deleted THEN
      INSERT INTO siempleo.change_log (plan_id, object_id, eclass, offices, feature, old_value, new_value)
      VALUES (NEW.plan_id, NEW.id, NEW.eclass, NEW.offices, '(eliminado)', NULL, NULL);
    ELSIF NEW.container IS DISTINCT FROM OLD.container OR NEW.feature IS DISTINCT FROM OLD.feature THEN
      INSERT INTO siempleo.change_log (plan_id, object_id, eclass, offices, feature, old_value, new_value)
      VALUES (NEW.plan_id, NEW.id, NEW.eclass, NEW.offices, '(contenedor)',
              jsonb_build_object('container', OLD.container, 'feature', OLD.feature),
              jsonb_build_object('container', NEW.container, 'feature', NEW.feature));
    END IF;
    -- a changed progress report needs a new approval
    DELETE FROM siempleo.approval a WHERE a.report_id = NEW.id AND a.report_version <> NEW.version;
  END IF;
  PERFORM pg_notify('siempleo', NEW.plan_id::text);
  RETURN NULL;
END $$;
CREATE TRIGGER object_log AFTER INSERT OR UPDATE ON siempleo.object
  FOR EACH ROW EXECUTE FUNCTION siempleo.log_object();

-- append-only, even for the owner
CREATE FUNCTION siempleo.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'siempleo: el historial de cambios no se modifica ni se borra' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON siempleo.change_log
  FOR EACH ROW EXECUTE FUNCTION siempleo.refuse_change();
CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON siempleo.change_log
  FOR EACH STATEMENT EXECUTE FUNCTION siempleo.refuse_change();

ALTER TABLE siempleo.object ENABLE ROW LEVEL SECURITY;
CREATE POLICY object_read ON siempleo.object FOR SELECT TO siempleo_planner USING (true);
CREATE POLICY object_central ON siempleo.object FOR ALL TO siempleo_central
  USING ((SELECT siempleo.is_central())) WITH CHECK ((SELECT siempleo.is_central()));
CREATE POLICY object_office_insert ON siempleo.object FOR INSERT TO siempleo_planner
  WITH CHECK (offices && (SELECT siempleo.my_offices()));
CREATE POLICY object_office_update ON siempleo.object FOR UPDATE TO siempleo_planner
  USING (offices && (SELECT siempleo.my_offices())) WITH CHECK (offices && (SELECT siempleo.my_offices()));

ALTER TABLE siempleo.approval ENABLE ROW LEVEL SECURITY;
CREATE POLICY approval_read ON siempleo.approval FOR SELECT TO siempleo_planner USING (true);
CREATE POLICY approval_central ON siempleo.approval FOR INSERT TO siempleo_central WITH CHECK ((SELECT siempleo.is_central()));

ALTER TABLE siempleo.plan ENABLE ROW LEVEL SECURITY;
CREATE POLICY plan_read ON siempleo.plan FOR SELECT TO siempleo_planner USING (true);
CREATE POLICY plan_central ON siempleo.plan FOR ALL TO siempleo_central USING (true) WITH CHECK (true);

GRANT USAGE ON SCHEMA siempleo TO siempleo_planner;
GRANT SELECT ON ALL TABLES IN SCHEMA siempleo TO siempleo_planner;
GRANT INSERT, UPDATE ON siempleo.object TO siempleo_planner;
GRANT INSERT, UPDATE ON siempleo.plan TO siempleo_central;
GRANT INSERT ON siempleo.approval TO siempleo_central;
GRANT EXECUTE ON FUNCTION siempleo.is_central(), siempleo.my_offices() TO siempleo_planner;
