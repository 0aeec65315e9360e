#!/usr/bin/env python3
"""Checks the shipped data set "Sí Empleo 2024" against the Ecore model and the data-set rules.

    python3 tools/dataset/check_dataset.py [file.siempleo]

1. Conformance to bundles/hn.siempleo.model/model/siempleo.ecore: every XML attribute is a settable feature of
   the element's class (no derived features, no Assessment.actions), in feature order; child elements are
   containment features or many-valued attributes, in feature order; values parse as their data type; enum
   values are literal names; ids are present and unique; every reference resolves to an element of its type.
2. Data-set rules: counts, unique codes per kind, and the rules on offices, diagnostic, actions (priorities,
   owners, dates, costs, statuses relative to TODAY, progress reports), agreement, referrals, territorial tables
   and indicators.
Prints a summary and exits 1 when a check fails. Standard library only.
"""

import collections
import datetime as dt
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
DEFAULT_FILE = os.path.join(REPO, "bundles", "hn.siempleo.core", "data", "si-empleo-2024.siempleo")
ECORE = os.path.join(REPO, "bundles", "hn.siempleo.model", "model", "siempleo.ecore")

NS = "http://siempleo.hn/model/1.1"
XMI = "http://www.omg.org/XMI"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
TODAY = dt.date(2026, 11, 26)
AT_RISK_SHARE = 0.7  # hn.siempleo.model.logic.Actions.AT_RISK_SHARE

errors = []


def check(condition, message):
    if not condition:
        errors.append(message)
    return condition


# ---------------------------------------------------------------------------------------------------------------
# The Ecore model
# ---------------------------------------------------------------------------------------------------------------
class Feature:
    def __init__(self, e):
        self.name = e.get("name")
        self.is_reference = e.get(f"{{{XSI}}}type") == "ecore:EReference"
        self.type = e.get("eType").split("#//")[-1]
        self.many = e.get("upperBound") not in (None, "0", "1")
        self.containment = e.get("containment") == "true"
        self.derived = e.get("derived") == "true" or e.get("transient") == "true"
        self.opposite = e.get("eOpposite")


def load_ecore(path):
    root = ET.parse(path).getroot()
    check(root.get("nsURI") == NS, f"ecore nsURI is {root.get('nsURI')}")
    enums, datatypes, own, supers = {}, set(), {}, {}
    for c in root.findall("eClassifiers"):
        kind, name = c.get(f"{{{XSI}}}type"), c.get("name")
        if kind == "ecore:EEnum":
            enums[name] = [lit.get("name") for lit in c.findall("eLiterals")]
        elif kind == "ecore:EDataType":
            datatypes.add(name)
        else:
            own[name] = [Feature(f) for f in c.findall("eStructuralFeatures")]
            supers[name] = [s.split("#//")[-1] for s in (c.get("eSuperTypes") or "").split()]

    def all_features(name):
        out = []
        for s in supers[name]:
            out += all_features(s)
        return out + own[name]

    def ancestors(name):
        out = {name}
        for s in supers[name]:
            out |= ancestors(s)
        return out

    classes = {name: all_features(name) for name in own}
    return classes, enums, {name: ancestors(name) for name in own}


# ---------------------------------------------------------------------------------------------------------------
# Conformance
# ---------------------------------------------------------------------------------------------------------------
def valid_value(ftype, value, enums):
    if ftype in enums:
        return value in enums[ftype]
    try:
        if ftype == "EInt":
            return re.fullmatch(r"-?\d+", value) is not None
        if ftype in ("EDouble", "EDoubleObject"):
            float(value)
            return True
        if ftype == "EBoolean":
            return value in ("true", "false")
        if ftype == "EBigDecimal":
            return re.fullmatch(r"\d+\.\d{2}", value) is not None  # lempiras, plain decimal, 2 decimals
        if ftype == "LocalDate":
            return re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None and bool(dt.date.fromisoformat(value))
        return ftype == "EString"
    except ValueError:
        return False


def walk(elem, cls, model, path, objects, pending_refs):
    """Checks elem as an instance of cls; records objects and references."""
    classes, enums, _ = model
    features = classes[cls]
    index = {f.name: i for i, f in enumerate(features)}
    by_name = {f.name: f for f in features}
    check(f"{{{XSI}}}type" not in elem.attrib, f"{path}: unexpected xsi:type")
    last = -1
    for key, value in elem.attrib.items():
        if key.startswith(f"{{{XMI}}}"):
            check(path == "Workspace", f"{path}: xmi attribute {key} outside the root")
            continue
        f = by_name.get(key)
        if not check(f is not None, f"{path}: {key} is not a feature of {cls}"):
            continue
        if not check(not f.derived, f"{path}: derived feature {key} must not be saved"):
            continue
        check(not f.containment, f"{path}: containment {key} written as attribute")
        check(not (f.is_reference and f.opposite and f.many and cls == "Assessment"),
              f"{path}: {key} is the opposite of Action.originAssessment and must not be saved")
        check(not (not f.is_reference and f.many), f"{path}: many-valued attribute {key} must be child elements")
        check(index[key] > last, f"{path}: attribute {key} out of feature order")
        last = max(last, index[key])
        if f.is_reference:
            ids = value.split()
            check(f.many or len(ids) == 1, f"{path}: single reference {key} has {len(ids)} ids")
            check(len(ids) == len(set(ids)), f"{path}: duplicate ids in {key}")
            pending_refs.append((path, key, f.type, ids))
        else:
            check(valid_value(f.type, value, enums), f"{path}: {key}={value!r} is not a valid {f.type}")
    obj_id = elem.get("id")
    if check(obj_id, f"{path}: no id"):
        check(obj_id not in objects, f"{path}: duplicate id {obj_id}")
        objects[obj_id] = (cls, elem)
    last = -1
    for i, child in enumerate(elem):
        f = by_name.get(child.tag)
        if not check(f is not None, f"{path}: child <{child.tag}> is not a feature of {cls}"):
            continue
        check(index[child.tag] >= last, f"{path}: child <{child.tag}> out of feature order")
        last = index[child.tag]
        if f.containment:
            walk(child, f.type, model, f"{path}/{child.tag}[{child.get('code') or i}]", objects, pending_refs)
        else:
            check(not f.is_reference and f.many, f"{path}: <{child.tag}> must be an attribute")
            check(not child.attrib and len(child) == 0 and (child.text or "").strip(),
                  f"{path}: <{child.tag}> must hold text only")
            check(valid_value(f.type, child.text or "", enums), f"{path}: <{child.tag}> has an invalid value")


# ---------------------------------------------------------------------------------------------------------------
# Data-set rules
# ---------------------------------------------------------------------------------------------------------------
def date(e, key):
    v = e.get(key)
    return dt.date.fromisoformat(v) if v else None


def ids_of(e, key):
    return e.get(key)


def ids(e, key):
    return (e.get(key) or "").split()


def expected_progress(start, due, today):
    """hn.siempleo.model.logic.Actions.expectedProgress."""
    if start is None or due is None or not today > start:
        return 0.0
    total = max(1, (due - start).days)
    return 100.0 * min(total, (today - start).days) / total


def rules(root, objects, stats):
    by_id = {i: e for i, (_, e) in objects.items()}
    kind_of = {i: c for i, (c, _) in objects.items()}
    code_of = {i: e.get("code") for i, e in by_id.items()}

    # codes unique per kind
    codes = collections.defaultdict(list)
    for i, (cls, e) in objects.items():
        if e.get("code") is not None:
            codes[cls].append(e.get("code"))
    for cls, cs in codes.items():
        dup = [c for c, n in collections.Counter(cs).items() if n > 1]
        check(not dup, f"duplicate {cls} codes: {dup}")

    def of(cls):
        return [e for c, e in objects.values() if c == cls]

    def code(cls, c):
        found = [e for e in of(cls) if e.get("code") == c]
        return found[0] if found else None

    # counts
    expected = {"Institution": 4, "Office": 17, "Service": 5, "PolicyAxis": 3, "Dimension": 4, "Diagnostic": 18,
                "ActionPlan": 1, "Action": 83, "Agreement": 1, "TerritorialTable": 5, "LocalPlan": 5}
    for cls, n in expected.items():
        check(len(of(cls)) == n, f"{cls}: {len(of(cls))} elements, expected {n}")
    check(len(root.findall("localPlanProtocol")) == 6, "localPlanProtocol must have 6 steps")
    check(len([i for i in root.findall("indicators") if not i.get("code").startswith("IND-AC-")]) == 13,
          "expected 13 service and plan indicators")
    check({e.get("code") for e in of("Institution")} == {"SETRASS", "SENPRENDE", "INFOP", "SPE"}, "institutions")
    check({e.get("code") for e in of("Service")} == {"INT", "ORI", "GEM", "DER", "TER"}, "services")
    for n, c in enumerate(["EJE1", "EJE2", "EJE3"], 1):
        check(code("PolicyAxis", c) is not None and code("PolicyAxis", c).get("number") == str(n), f"axis {c}")
    plan_dims = {"GOB": "PREPARATION", "ORG": "RESPONSE", "ALI": "PREPARATION", "REN": "RESPONSE"}
    for c, pd in plan_dims.items():
        dim = code("Dimension", c)
        check(dim is not None and dim.get("planDimension") == pd, f"dimension {c} must be {pd}")
    criteria = of("Criterion")
    check(len(criteria) >= 12, "too few criteria")

    # offices
    sid = {e.get("code"): e.get("id") for e in of("Service")}
    iid = {e.get("code"): e.get("id") for e in of("Institution")}
    integrated = set()
    for o in of("Office"):
        oc = o.get("code")
        check(o.get("department") and o.get("municipality"), f"{oc}: department and municipality")
        check(3 <= int(o.get("staff")) <= 20, f"{oc}: staff {o.get('staff')}")
        check({sid["INT"], sid["ORI"]} <= set(ids(o, "services")), f"{oc}: must offer INT and ORI")
        partners = set(ids(o, "partners"))
        if o.get("model") == "INTEGRATED":
            integrated.add(o.get("id"))
            check(partners and partners <= {iid["INFOP"], iid["SENPRENDE"]}, f"{oc}: partners of integrated office")
            check(sid["DER"] in ids(o, "services"), f"{oc}: integrated office must offer DER")
        else:
            check(not partners, f"{oc}: traditional office with partners")
    check(5 <= len(integrated) <= 7, f"{len(integrated)} integrated offices, expected about 6")
    check(sum(o.get("open") == "false" for o in of("Office")) == 1, "exactly one closed office")
    for s in of("Service"):
        check(1 <= len(ids(s, "indicators")) <= 4, f"service {s.get('code')}: 1-4 indicators")

    # diagnostic
    dx = of("Diagnostic")[0]
    dx_date = date(dx, "date")
    check(dx_date and dx_date.year == 2023 and dx_date.month == 9, "diagnostic date must be in September 2023")
    check(dx.get("scope") == "NATIONAL" and dx.get("office") is None, "diagnostic must be national")
    check(len(dx.findall("assessors")) == 3, "diagnostic must have 3 assessors")
    assessments = dx.findall("assessments")
    assessed = [a.get("criterion") for a in assessments]
    check(sorted(assessed) == sorted(c.get("id") for c in criteria), "one assessment per criterion")
    scores = collections.Counter(a.get("score") for a in assessments)
    check("NOT_ASSESSED" not in scores, "completed diagnostic has NOT_ASSESSED scores")
    check(scores["INITIAL"] + scores["DEVELOPING"] > len(assessments) / 2, "scores mostly INITIAL/DEVELOPING")
    for a in assessments:
        check(a.get("evidence") and a.get("finding") and a.get("recommendation"), "assessment texts")
    dimension_of_criterion = {c.get("id"): d.get("id") for d in of("Dimension") for c in d.findall("criteria")}
    for c in criteria:
        check(len(c.findall("levelDescriptions")) == 4, f"criterion {c.get('code')}: 4 level descriptions")
        check(kind_of.get(c.get("suggestedAxis")) == "PolicyAxis", f"criterion {c.get('code')}: suggested axis")
    check(len(root.findall("diagnostics")) == 1, "one top-level diagnostic")
    scans = dx.findall("officeScans")
    check(sorted(ids_of(s, "office") for s in scans) == sorted(o.get("id") for o in of("Office")),
          "one office scan per office")
    for s in scans:
        check(s.get("scope") == "OFFICE" and date(s, "date") < dx_date, f"{s.get('code')}: office scan before the national")
        check(sorted(a.get("criterion") for a in s.findall("assessments")) == sorted(c.get("id") for c in criteria),
              f"{s.get('code')}: one assessment per criterion")
        check(all(a.get("score") not in (None, "NOT_ASSESSED") for a in s.findall("assessments")),
              f"{s.get('code')}: every criterion scored")

    # action plan
    plan = of("ActionPlan")[0]
    check(plan.get("name") == "Plan de acción para el fortalecimiento de las capacidades institucionales de "
                              "Sí Empleo", "plan name")
    p_start, p_end = date(plan, "periodStart"), date(plan, "periodEnd")
    check((p_start, p_end, plan.get("budgetYear")) == (dt.date(2024, 3, 1), dt.date(2027, 12, 31), "2025"),
          "plan period and budget year")
    actions = plan.findall("actions")
    check([a.get("code") for a in actions] == [f"AC-{i:02d}" for i in range(1, 84)], "action codes AC-01..AC-83")
    dim_by_id = {d.get("id"): d for d in of("Dimension")}
    own = [a for a in actions if a.get("priority") in ("1", "2")]
    extra = [a for a in actions if a.get("priority") in ("3", "4")]
    check(len(own) == 50 and len(extra) == 33, f"priorities: {len(own)} P1/P2 and {len(extra)} P3/P4")
    by_axis = collections.Counter(code_of[a.get("axis")] for a in actions if a.get("axis"))
    for axis in ("EJE1", "EJE2", "EJE3"):
        check(by_axis[axis] >= 15, f"{axis} has {by_axis[axis]} actions (< 15)")
    check(len({a.get("dimension") for a in actions}) == 4, "actions must cover the four dimensions")
    missing_owner_dates, missing_cost, overdue, behind, cancelled, with_origin = [], [], [], [], [], 0
    for a in actions:
        ac = a.get("code")
        start, due, status = date(a, "startDate"), date(a, "dueDate"), a.get("status")
        progress = int(a.get("progress"))
        check(a.get("title") and a.get("description"), f"{ac}: title and description")
        check(kind_of.get(a.get("axis")) == "PolicyAxis", f"{ac}: axis")
        dim = dim_by_id.get(a.get("dimension"))
        if check(dim is not None, f"{ac}: dimension"):
            check(a.get("planDimension") == dim.get("planDimension"), f"{ac}: planDimension differs from dimension")
        check(a.get("phase") in ("SHORT", "MEDIUM", "LONG"), f"{ac}: phase")
        check(a.get("responsibleUnit"), f"{ac}: responsibleUnit")
        check(len(ids(a, "offices")) <= 6, f"{ac}: more than 6 offices")
        check(1 <= len(ids(a, "services")) <= 3, f"{ac}: 1-3 services")
        check(a.get("verificationMeans") and ids(a, "indicators"), f"{ac}: verification means and indicators")
        check((start is None) == (due is None), f"{ac}: start and due date go together")
        if start and due:
            check(start <= due, f"{ac}: due before start")
            check(p_start <= start and due <= p_end, f"{ac}: dates outside the plan period")
        origin = a.get("originAssessment")
        if origin:
            with_origin += 1
            assessment = by_id.get(origin)
            if check(kind_of.get(origin) == "Assessment", f"{ac}: originAssessment"):
                check(dimension_of_criterion[assessment.get("criterion")] == a.get("dimension"),
                      f"{ac}: origin criterion outside the action's dimension")
        # priorities, owners, dates, costs
        if a in own:
            check(a.get("estimatedCost") is None, f"{ac}: P1/P2 with estimated cost")
            if not (a.get("responsiblePerson") and start and due):
                missing_owner_dates.append(ac)
        else:
            check(start is not None and start.year >= 2025, f"{ac}: P3/P4 must start in 2025 or later")
            check(a.get("responsiblePerson"), f"{ac}: P3/P4 responsiblePerson")
            cost, funding = a.get("estimatedCost"), a.get("fundingSource")
            check((cost is None) == (funding is None), f"{ac}: cost and funding source go together")
            if cost is None:
                missing_cost.append(ac)
            else:
                check(150000 <= float(cost) <= 12000000, f"{ac}: cost {cost} out of range")
        # status and progress relative to TODAY
        check(0 <= progress <= 100, f"{ac}: progress {progress}")
        check((status == "DONE") == (progress == 100), f"{ac}: DONE if and only if progress 100")
        if status == "NOT_STARTED":
            check(progress == 0, f"{ac}: NOT_STARTED with progress")
        if status == "CANCELLED":
            cancelled.append(ac)
        elif start is None:
            check(status == "NOT_STARTED", f"{ac}: action without dates must be NOT_STARTED")
        elif due < TODAY:
            if status != "DONE":
                overdue.append(ac)
        elif start <= TODAY:
            check(status == "IN_PROGRESS" and 10 <= progress <= 90, f"{ac}: running action must be IN_PROGRESS 10-90")
            if progress < AT_RISK_SHARE * expected_progress(start, due, TODAY):
                behind.append(ac)
        else:
            check(status == "NOT_STARTED", f"{ac}: future action must be NOT_STARTED")
        # progress reports
        reports = a.findall("progressReports")
        check(len(reports) <= 3, f"{ac}: more than 3 progress reports")
        if reports:
            dates = [date(r, "date") for r in reports]
            values = [int(r.get("progress")) for r in reports]
            check(dates == sorted(dates) and len(set(dates)) == len(dates), f"{ac}: report dates not ascending")
            check(values == sorted(values), f"{ac}: report progress decreases")
            check(values[-1] == progress, f"{ac}: last report differs from progress")
            check(start is not None and start <= dates[0] and dates[-1] <= TODAY, f"{ac}: report dates")
            check(all(r.get("note") for r in reports), f"{ac}: report without note")
    check(len(missing_owner_dates) == 9, f"{len(missing_owner_dates)} P1/P2 without owner or dates, expected 9")
    check(len(missing_cost) == 7, f"{len(missing_cost)} P3/P4 without cost, expected 7")
    check(4 <= len(overdue) <= 8, f"{len(overdue)} overdue actions, expected about 6")
    check(1 <= len(cancelled) <= 2, f"{len(cancelled)} cancelled actions, expected 1-2")
    check(2 <= len(behind) <= 6, f"{len(behind)} running actions behind schedule, expected a few")
    check(with_origin >= 0.75 * len(actions), "most actions must reference their origin assessment")

    # agreement
    ag = of("Agreement")[0]
    check(ag.get("code") == "CONV-2023-01", "agreement code")
    check(set(ids(ag, "parties")) == {iid["SETRASS"], iid["SENPRENDE"], iid["INFOP"]}, "agreement parties")
    check(date(ag, "signatureDate").strftime("%Y-%m") == "2023-11", "signature in November 2023")
    check((date(ag, "validFrom"), date(ag, "validUntil")) == (dt.date(2023, 12, 1), dt.date(2027, 11, 30)),
          "agreement validity")
    check(set(ids(ag, "integratedOffices")) == integrated, "integratedOffices must be the INTEGRATED offices")
    check(len(ag.findall("commitments")) >= 8, "at least 8 commitments")
    for c in ag.findall("commitments"):
        check(c.get("institution") in ids(ag, "parties") and c.get("service") and c.get("description"),
              "commitment institution, service and description")
    steps = ag.findall("protocolSteps")
    check(5 <= len(steps) <= 7, "5-7 referral protocol steps")
    check([s.get("order") for s in steps] == [str(i) for i in range(1, len(steps) + 1)], "referral step order")
    check(all(s.get("responsible") for s in steps), "referral step responsible")
    referrals = ag.findall("referrals")
    check(130 <= len(referrals) <= 170, f"{len(referrals)} referral records, expected about 150")
    periods = {f"{y}-T{q}" for y in (2024, 2025, 2026) for q in (1, 2, 3, 4)} - {"2026-T4"}
    keys = set()
    for r in referrals:
        check(r.get("office") in integrated, "referral from a non-integrated office")
        check(r.get("period") in periods, f"referral period {r.get('period')}")
        check(r.get("from") == iid["SETRASS"] and r.get("to") in (iid["INFOP"], iid["SENPRENDE"]), "referral parties")
        check(3 <= int(r.get("count")) <= 80, f"referral count {r.get('count')}")
        key = (r.get("office"), r.get("period"), r.get("to"), r.get("outcome"))
        check(key not in keys, f"duplicate referral record {key}")
        keys.add(key)

    # local plan protocol and territorial tables
    protocol = root.findall("localPlanProtocol")
    check([s.get("code") for s in protocol] == [f"PL-{i}" for i in range(1, 7)], "protocol codes PL-1..PL-6")
    check([s.get("order") for s in protocol] == [str(i) for i in range(1, 7)], "protocol order")
    for t in of("TerritorialTable"):
        tc = t.get("code")
        check(t.get("department") and t.get("municipality") and t.get("installedOn"), f"{tc}: place and date")
        members = t.findall("members")
        check(5 <= len(members) <= 8, f"{tc}: {len(members)} members")
        for m in members:
            check(m.get("name") and m.get("sector"), f"{tc}: member name and sector")
        plans = t.findall("localPlans")
        if check(len(plans) == 1, f"{tc}: one local plan"):
            st = plans[0].findall("steps")
            check([s.get("step") for s in st] == [s.get("id") for s in protocol], f"{tc}: steps follow the protocol")
            statuses = "".join({"DONE": "D", "IN_PROGRESS": "I", "PENDING": "P"}[s.get("status")] for s in st)
            check(re.fullmatch(r"D+I?P*", statuses) is not None, f"{tc}: step statuses {statuses}")
            done_dates = [date(s, "date") for s in st if s.get("status") == "DONE"]
            check(all(done_dates) and done_dates == sorted(done_dates), f"{tc}: DONE steps need ascending dates")
            check(all(s.get("date") is None for s in st if s.get("status") != "DONE"), f"{tc}: dates on open steps")
            check(done_dates[0] == date(t, "installedOn"), f"{tc}: step 1 is the installation")

    # indicators
    period_form = {"MONTHLY": r"^\d{4}-(0[1-9]|1[0-2])$", "QUARTERLY": r"^\d{4}-T[1-4]$", "YEARLY": r"^\d{4}$"}
    for i in root.findall("indicators"):
        ic = i.get("code")
        ms = i.findall("measurements")
        form = period_form[i.get("periodicity") or "QUARTERLY"]
        if ic.startswith("IND-AC-"):
            check(not ms, f"{ic}: an action's indicator has no measurements yet")
            continue
        check(len(ms) >= 2, f"{ic}: at least 2 measurements")
        check(i.get("unit") and i.get("target") and i.get("targetDate") and i.get("definition"), f"{ic}: ficha")
        keys = [(m.get("period"), m.get("office")) for m in ms]
        check(len(keys) == len(set(keys)), f"{ic}: duplicate measurement")
        check(all(re.match(form, p or "") for p, _ in keys), f"{ic}: period outside the periodicity")
        check(all(re.match(form, t.get("period") or "") for t in i.findall("targets")), f"{ic}: target period")
        if i.get("aggregation") == "WEIGHTED_MEAN":
            check(all(m.get("weight") for m in ms if m.get("office")), f"{ic}: office values need a weight")
    offices_2024 = {m.get("office") for i in root.findall("indicators") for m in i.findall("measurements")
                    if (m.get("period") or "").startswith("2024-T")}
    check(len(offices_2024 - {None}) == 17, "2024 quarterly values for the 17 offices")

    stats.update(actions=actions, own=own, extra=extra, by_axis=by_axis, missing_owner_dates=missing_owner_dates,
                 missing_cost=missing_cost, overdue=overdue, behind=behind, cancelled=cancelled,
                 referrals=len(referrals), with_origin=with_origin, code_of=code_of)


def main(argv):
    path = os.path.abspath(argv[1]) if len(argv) > 1 else DEFAULT_FILE
    model = load_ecore(ECORE)
    with open(path, "rb") as f:
        raw = f.read()
    check(raw.startswith(b'<?xml version="1.0" encoding="UTF-8"?>'), "XML declaration with UTF-8")
    raw.decode("utf-8")
    root = ET.fromstring(raw)
    check(root.tag == f"{{{NS}}}Workspace", f"root element is {root.tag}")
    check(root.get(f"{{{XMI}}}version") == "2.0", "xmi:version 2.0")
    objects, pending = {}, []
    walk(root, "Workspace", model, "Workspace", objects, pending)
    _, _, ancestors = model
    for where, key, etype, targets in pending:
        for t in targets:
            if check(t in objects, f"{where}: {key} -> unknown id {t}"):
                check(etype in ancestors[objects[t][0]], f"{where}: {key} -> {objects[t][0]}, expected {etype}")
    stats = {}
    if not errors:  # the data-set rules assume a conforming file
        rules(root, objects, stats)

    kinds = collections.Counter(c for c, _ in objects.values())
    print(f"{path}: {os.path.getsize(path)} bytes, {len(objects)} elements, {len(pending)} reference features")
    print("  " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    if stats:
        prio = collections.Counter(a.get("priority") for a in stats["actions"])
        print(f"  actions: {len(stats['actions'])} (P1 {prio['1']}, P2 {prio['2']}, P3 {prio['3']}, P4 {prio['4']}; "
              f"own means {len(stats['own'])}, additional budget {len(stats['extra'])})")
        print("  by axis: " + ", ".join(f"{k} {v}" for k, v in sorted(stats["by_axis"].items())))
        print(f"  P1/P2 without owner or dates ({len(stats['missing_owner_dates'])}): "
              f"{' '.join(stats['missing_owner_dates'])}")
        print(f"  P3/P4 without cost and funding ({len(stats['missing_cost'])}): {' '.join(stats['missing_cost'])}")
        print(f"  overdue on {TODAY} ({len(stats['overdue'])}): {' '.join(stats['overdue'])}; "
              f"behind schedule ({len(stats['behind'])}): {' '.join(stats['behind'])}; "
              f"cancelled: {' '.join(stats['cancelled'])}")
        print(f"  with origin assessment: {stats['with_origin']}; referral records: {stats['referrals']}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
