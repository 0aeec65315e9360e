-- SPDX-License-Identifier: EPL-2.0
-- A plan can require a central role's approval of its progress reports (plan.approval_required, changed only by
-- central roles: office roles have no UPDATE right on siempleo.plan). The view says which reports wait for it: the
-- plan requires approval and the report's current version is not approved (never, or changed since).

CREATE OR REPLACE VIEW siempleo.progress_reports WITH (security_invoker = true) AS
SELECT o.id, p.name AS plan, o.container AS action_id, a.attrs->>'code' AS action_code,
       (o.attrs->>'date')::date AS date, (o.attrs->>'progress')::int AS progress, o.attrs->>'note' AS note,
       ap.approved_by, ap.approved_at, o.version, o.changed_by, o.changed_at,
       (p.approval_required AND ap.report_id IS NULL) AS approval_pending
  FROM siempleo.object o JOIN siempleo.plan p ON p.id = o.plan_id
  LEFT JOIN siempleo.object a ON a.id = o.container
  LEFT JOIN siempleo.approval ap ON ap.report_id = o.id AND ap.report_version = o.version
 WHERE o.eclass = 'http://siempleo.hn/model/1.1#//ProgressReport' AND NOT o.deleted;
