-- SPDX-License-Identifier: EPL-2.0
-- Plain tables for BI tools and psql: one view per main class, with the reader's own rights.

CREATE VIEW siempleo.offices WITH (security_invoker = true) AS
SELECT o.id, p.name AS plan, o.attrs->>'code' AS code, o.attrs->>'name' AS name,
       o.attrs->>'department' AS department, o.attrs->>'municipality' AS municipality,
       o.attrs->>'model' AS model, (o.attrs->>'staff')::int AS staff, (o.attrs->>'open')::boolean AS open,
       o.version, o.changed_by, o.changed_at
  FROM siempleo.object o JOIN siempleo.plan p ON p.id = o.plan_id
 WHERE o.eclass = 'http://siempleo.hn/model/1.1#//Office' AND NOT o.deleted;

CREATE VIEW siempleo.actions WITH (security_invoker = true) AS
SELECT o.id, p.name AS plan, o.attrs->>'code' AS code, o.attrs->>'title' AS title, o.attrs->>'name' AS name,
       o.attrs->>'status' AS status, (o.attrs->>'progress')::int AS progress, (o.attrs->>'priority')::int AS priority,
       o.attrs->>'phase' AS phase, (o.attrs->>'startDate')::date AS start_date, (o.attrs->>'dueDate')::date AS due_date,
       (o.attrs->>'estimatedCost')::numeric AS estimated_cost, o.attrs->>'fundingSource' AS funding_source,
       o.attrs->>'responsibleUnit' AS responsible_unit, o.attrs->>'responsiblePerson' AS responsible_person,
       ARRAY(SELECT f.attrs->>'code' FROM siempleo.object f WHERE f.id = ANY (o.offices) ORDER BY 1) AS office_codes,
       o.version, o.changed_by, o.changed_at
  FROM siempleo.object o JOIN siempleo.plan p ON p.id = o.plan_id
 WHERE o.eclass = 'http://siempleo.hn/model/1.1#//Action' AND NOT o.deleted;

CREATE VIEW siempleo.progress_reports WITH (security_invoker = true) AS
SELECT o.id, p.name AS plan, o.container AS action_id, a.attrs->>'code' AS action_code,
       (o.attrs->>'date')::date AS date, (o.attrs->>'progress')::int AS progress, o.attrs->>'note' AS note,
       ap.approved_by, ap.approved_at, o.version, o.changed_by, o.changed_at
  FROM siempleo.object o JOIN siempleo.plan p ON p.id = o.plan_id
  LEFT JOIN siempleo.object a ON a.id = o.container
  LEFT JOIN siempleo.approval ap ON ap.report_id = o.id AND ap.report_version = o.version
 WHERE o.eclass = 'http://siempleo.hn/model/1.1#//ProgressReport' AND NOT o.deleted;

CREATE VIEW siempleo.indicators WITH (security_invoker = true) AS
SELECT o.id, p.name AS plan, o.attrs->>'code' AS code, o.attrs->>'name' AS name, o.attrs->>'unit' AS unit,
       (o.attrs->>'baseline')::double precision AS baseline, (o.attrs->>'target')::double precision AS target,
       (o.attrs->>'targetDate')::date AS target_date, o.version, o.changed_by, o.changed_at
  FROM siempleo.object o JOIN siempleo.plan p ON p.id = o.plan_id
 WHERE o.eclass = 'http://siempleo.hn/model/1.1#//Indicator' AND NOT o.deleted;

CREATE VIEW siempleo.referrals WITH (security_invoker = true) AS
SELECT o.id, p.name AS plan, f.attrs->>'code' AS office_code, o.attrs->>'period' AS period,
       fi.attrs->>'code' AS from_institution, ti.attrs->>'code' AS to_institution, s.attrs->>'code' AS service,
       (o.attrs->>'count')::int AS count, o.attrs->>'outcome' AS outcome, o.version, o.changed_by, o.changed_at
  FROM siempleo.object o JOIN siempleo.plan p ON p.id = o.plan_id
  LEFT JOIN siempleo.object f ON f.id = (o.refs->>'office')::uuid
  LEFT JOIN siempleo.object fi ON fi.id = (o.refs->>'from')::uuid
  LEFT JOIN siempleo.object ti ON ti.id = (o.refs->>'to')::uuid
  LEFT JOIN siempleo.object s ON s.id = (o.refs->>'service')::uuid
 WHERE o.eclass = 'http://siempleo.hn/model/1.1#//ReferralRecord' AND NOT o.deleted;

-- changes by office and period: SELECT * FROM siempleo.changes WHERE office_code = 'TEG' AND at >= '2026-01-01'
CREATE VIEW siempleo.changes WITH (security_invoker = true) AS
SELECT c.seq, p.name AS plan, c.at, c.who, c.object_id, substring(c.eclass from '//(.*)$') AS class,
       coalesce(pl.office_code, CASE WHEN EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = c.who) THEN CASE WHEN pg_has_role(c.who, 'siempleo_central', 'MEMBER') THEN 'central' END END) AS office_code,
       c.feature, c.old_value, c.new_value
  FROM siempleo.change_log c JOIN siempleo.plan p ON p.id = c.plan_id
  LEFT JOIN siempleo.planner pl ON pl.role_name = c.who;

GRANT SELECT ON siempleo.offices, siempleo.actions, siempleo.progress_reports, siempleo.indicators,
  siempleo.referrals, siempleo.changes TO siempleo_planner;
