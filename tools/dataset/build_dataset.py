#!/usr/bin/env python3
"""Builds the shipped data set "Sí Empleo 2024" as EMF XMI (nsURI http://siempleo.hn/model/1.1).

    python3 tools/dataset/build_dataset.py [output]

The data lives in si_empleo_2024_data.py (same folder); this script only derives what is mechanical:
  * ids: uuid5(NAMESPACE, "kind:key"), so re-running gives the same file byte for byte;
  * 0-3 progress reports per action (unless the table gives them) from status, progress and dates;
  * the quarterly referral records of the agreement (deterministic, hash-based counts);
  * the measurements of the indicators that summarise referrals (IND-07, IND-08: per office and quarter) and
    territorial tables (IND-09, IND-10: yearly), so the numbers agree with the records;
  * the ILLUSTRATIVE quarterly values and targets of 2024 per office of the indicators the offices report;
  * the indicators of the actions (Action.indicators): the format 1.0 free-text indicator, baseline and target
    of an action become a link to the indicator of the same name, else to a new plan indicator IND-<action
    code>: the same rule as the Java migration of 1.0 files (hn.siempleo.results ActionIndicatorMigration).
Standard library only. The default output is bundles/hn.siempleo.core/data/si-empleo-2024.siempleo.
"""

import datetime as dt
import hashlib
import os
import re
import unicodedata
import sys
import uuid

sys.dont_write_bytecode = True  # keep tools/dataset free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import si_empleo_2024_data as D  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_OUTPUT = os.path.join(REPO, "bundles", "hn.siempleo.core", "data", "si-empleo-2024.siempleo")

# Fixed namespace of the data set ids (never change it: every id of the shipped file derives from it).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "http://siempleo.hn/data/si-empleo-2024")
NS_URI = "http://siempleo.hn/model/1.1"


def uid(kind, key):
    """The stable id of an element: uuid5 of "kind:key"; kind is the EClass name in lowerCamelCase, key the
    code, or for elements without code a path of codes (e.g. "progressReport:AC-02/2024-09-30")."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def stable_hash(key):
    """A deterministic integer for `key`, independent of Python's hash randomisation."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:12], 16)


def d(s):
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------------------------------------------------------
# Minimal XML tree: Node(tag, attrs [(name, value)], children, text)
# ---------------------------------------------------------------------------------------------------------------
class Node:
    def __init__(self, tag, attrs=(), children=(), text=None):
        self.tag = tag
        self.attrs = [(k, v) for k, v in attrs if v is not None]  # unset attributes are omitted
        self.children = list(children)
        self.text = text


def esc_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def esc_attr(s):
    return (esc_text(s).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
            .replace("\t", "&#9;"))


def fmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v) if v != int(v) else f"{v:.1f}"
    if isinstance(v, (list, tuple)):
        return " ".join(v) if v else None
    return str(v)


def serialize(node, out, indent=0):
    pad = "  " * indent
    attrs = "".join(f' {k}="{esc_attr(s)}"' for k, v in node.attrs if (s := fmt(v)) is not None)
    if node.text is not None:
        out.append(f"{pad}<{node.tag}{attrs}>{esc_text(node.text)}</{node.tag}>")
    elif not node.children:
        out.append(f"{pad}<{node.tag}{attrs}/>")
    else:
        out.append(f"{pad}<{node.tag}{attrs}>")
        for c in node.children:
            serialize(c, out, indent + 1)
        out.append(f"{pad}</{node.tag}>")


def coded(kind, code, name, description=None):
    """id, code, name, description: the features of Identified and Coded, in ecore order."""
    return [("id", uid(kind, code)), ("code", code), ("name", name), ("description", description)]


def refs(kind, codes):
    return [uid(kind, c) for c in codes]


def ref(kind, code):
    return uid(kind, code) if code else None


# ---------------------------------------------------------------------------------------------------------------
# Derived data
# ---------------------------------------------------------------------------------------------------------------
TODAY = d(D.TODAY)


def quarter_ends(start, end):
    """Quarter-end dates strictly between start and end."""
    out = []
    for y in range(start.year, end.year + 1):
        for m, day in ((3, 31), (6, 30), (9, 30), (12, 31)):
            q = dt.date(y, m, day)
            if start < q < end:
                out.append(q)
    return out


def expected_progress(start, due, today):
    """Same formula as hn.siempleo.model.logic.Actions.expectedProgress."""
    if start is None or due is None or not today > start:
        return 0.0
    total = max(1, (due - start).days)
    return 100.0 * min(total, (today - start).days) / total


_NOTES = [
    "Actividades en ejecución según el cronograma.",
    "Insumos preparados y coordinación con las áreas involucradas.",
    "Avance reportado en el informe trimestral de seguimiento del plan.",
    "Primeros productos entregados y en revisión.",
]


def progress_reports(a):
    """0-3 (date, progress, note) for action `a`: dates ascending, progress non-decreasing, last = progress."""
    if "reports" in a:
        return a["reports"]
    status, progress = a["status"], a["progress"]
    if a["start"] is None:
        return []
    start, due = d(a["start"]), d(a["due"])
    follow_up = d(D.LAST_FOLLOW_UP)
    if status in ("NOT_STARTED", "CANCELLED"):  # one explanatory report: at the last cut, or when cancelled
        when = follow_up if status == "NOT_STARTED" else min(due, follow_up)
        return [(when.isoformat(), progress, a["delay"])] if a.get("delay") else []
    h = stable_hash(a["code"])
    end = due if status == "DONE" else follow_up
    if status == "DONE" and h % 5 == 0:
        return []  # some finished actions were closed without intermediate reports
    candidates = quarter_ends(start, end)
    n = min(h % 3, len(candidates))  # 0-2 intermediate reports at quarter ends, besides the final one
    picks = [candidates[i] for i in sorted({int((k + 1) * len(candidates) / (n + 1)) for k in range(n)})]
    span = max(1, (end - start).days)
    out = []
    for i, q in enumerate(picks):
        p = int(progress * (q - start).days / span) // 5 * 5
        p = max(5, min(progress - 5, p))
        out.append((q.isoformat(), p, _NOTES[(h + i) % len(_NOTES)]))
    if status == "DONE":
        last_note = f"Acción concluida. Medio de verificación: {a['verification']}."
    elif a.get("delay"):
        last_note = a["delay"]
    elif progress < 0.7 * expected_progress(start, due, TODAY):
        last_note = "Avance por debajo de lo programado; se acordó reforzar el equipo responsable."
    else:
        last_note = "Avance conforme a lo programado."
    out.append((end.isoformat(), progress, last_note))
    return out


def referral_records():
    """(office, period, to, count, outcome): referrals from SETRASS per integrated office, quarter and receiving
    institution present in the office (its partners). Every pair has an ATTENDED record per quarter, three
    quarters with a NOT_ATTENDED record and, in the last quarter, an IN_PROCESS record. Counts are illustrative."""
    partners = {o[0]: o[5] for o in D.OFFICES}
    out = []
    last = len(D.REFERRAL_PERIODS) - 1
    for office in D.INTEGRATED:
        base = D.REFERRAL_BASE[office]
        for to in ("INFOP", "SENPRENDE"):
            if to not in partners[office]:
                continue
            # three quarters with unattended referrals, mostly in the first six quarters (learning phase)
            not_attended = set()
            k = 0
            while len(not_attended) < 3:
                span = 6 if len(not_attended) < 2 else len(D.REFERRAL_PERIODS)
                not_attended.add(stable_hash(f"na:{office}:{to}:{k}") % span)
                k += 1
            for qi, period in enumerate(D.REFERRAL_PERIODS):
                ramp = 0.35 + 0.65 * min(1.0, qi / 5)  # the integrated model ramps up during 2024-2025
                h = stable_hash(f"{office}:{period}:{to}")
                jitter = 0.85 + 0.3 * (h % 1000) / 1000
                count = max(3, min(80, round(base * ramp * {"INFOP": 0.6, "SENPRENDE": 0.45}[to] * jitter)))
                out.append((office, period, to, count, "ATTENDED"))
                if qi in not_attended:
                    out.append((office, period, to, max(3, round(count * 0.6)), "NOT_ATTENDED"))
                if qi == last:  # the last quarter still has referrals being processed
                    out.append((office, period, to, max(3, round(count * 0.4)), "IN_PROCESS"))
    return out


def period_end(period):
    """Last day of a quarter written as 2024-T3."""
    year, quarter = period.split("-T")
    month, day = {"1": (3, 31), "2": (6, 30), "3": (9, 30), "4": (12, 31)}[quarter]
    return dt.date(int(year), month, day)


def computed_measurements(code, referrals):
    out = []
    for date_s in D.COMPUTED_MEASUREMENT_DATES:
        date = d(date_s)
        window = [r for r in referrals if date - dt.timedelta(days=365) < period_end(r[1]) <= date]
        if code == "IND-07":
            value = float(sum(r[3] for r in window))
        elif code == "IND-08":
            total = sum(r[3] for r in window)
            value = round(100.0 * sum(r[3] for r in window if r[4] == "ATTENDED") / total, 1)
        elif code == "IND-09":
            value = float(sum(1 for t in D.TERRITORIAL_TABLES if d(t[4]) <= date))
        elif code == "IND-10":
            value = float(sum(1 for t in D.TERRITORIAL_TABLES
                              if t[6][4]["PL-5"][0] == "DONE" and d(t[6][4]["PL-5"][1]) <= date))
        else:
            raise ValueError(code)
        out.append((date_s, value))
    return out


LEVELS = ["INITIAL", "DEVELOPING", "ESTABLISHED", "CONSOLIDATED"]
INTEGRATED_OFFICES = {"OF-01", "OF-02", "OF-04", "OF-05", "OF-07", "OF-09"}


def office_score(office, is_open, model, crit, national):
    """An office's illustrative score: the national one moved by -1, 0 or +1 (hash of office and criterion);
    integrated offices score higher in Alianzas and the closed office scores Inicial everywhere."""
    if not is_open:
        return "INITIAL"
    level = LEVELS.index(national) + 1
    offset = stable_hash(f"office-scan:{office}/{crit}") % 3 - 1
    if model == "INTEGRATED" and crit.startswith("A"):
        offset = max(offset, 0) + 1
    return LEVELS[min(4, max(1, level + offset)) - 1]


def office_scans(dx):
    """The scans of the 17 offices that make up the national diagnostic (the office by dimension heat map)."""
    national = {crit: score for crit, score, *_ in D.ASSESSMENTS}
    out = []
    for code, name, _dep, _mun, model, _partners, _services, _staff, is_open, _desc in D.OFFICES:
        scan = f"{dx['code']}-{code}"
        out.append(Node("officeScans", coded("diagnostic", scan, f"Diagnóstico PES Scan 2023 – {name}") + [
            ("date", D.OFFICE_SCAN_DATE), ("scope", "OFFICE"), ("office", uid("office", code))],
            [Node("assessments", [("id", uid("assessment", f"{scan}/{crit}")), ("criterion", uid("criterion", crit)),
                                  ("score", office_score(code, is_open, model, crit, national[crit]))])
             for crit, *_ in D.ASSESSMENTS]))
    return out
def quarter_recorded(period):
    """The date an office's quarterly value is recorded: ten days after the quarter ends."""
    return (period_end(period) + dt.timedelta(days=10)).isoformat()


def jitter(key, low, high):
    return low + (high - low) * (stable_hash(key) % 1000) / 1000


def one_decimal(v):
    return float(round(v, 1))


def office_results(code, service, referrals):
    """ILLUSTRATIVE quarterly values and targets of 2024 of one indicator for the offices offering `service`
    (IND-07/IND-08 from the referral records, all quarters): (measurement nodes, target nodes). National values
    are not written: they are computed from the offices (sum or weighted mean). National targets are written."""
    offices = [o for o in D.OFFICES if service in o[6]]
    staff = sum(o[7] for o in offices)
    values, targets = [], []  # (period, office or None, value, weight)
    if code in ("IND-07", "IND-08"):
        for period in D.REFERRAL_PERIODS:
            for o in D.INTEGRATED:
                rows = [r for r in referrals if r[0] == o and r[1] == period]
                total = sum(r[3] for r in rows)
                attended = sum(r[3] for r in rows if r[4] == "ATTENDED")
                if code == "IND-07":
                    values.append((period, o, float(total), None))
                else:
                    values.append((period, o, round(100.0 * attended / total, 1), float(total)))
        for period in D.RESULTS_PERIODS:  # national targets of 2024 about the quarter's referrals (ILLUSTRATIVE)
            if code == "IND-07":
                referred = sum(v for p, _, v, _ in values if p == period)
                national = round(referred * jitter(f"IND-07:target:{period}", 0.95, 1.25) / 10) * 10
            else:
                national = 80.0
            targets.append((period, None, float(national)))
    else:
        for qi, period in enumerate(D.RESULTS_PERIODS):
            share = D.RESULTS_QUARTER_SHARE[qi]
            national_target = 0.0
            for o in offices:
                weight = o[7] / staff
                key = f"{code}:{o[0]}:{period}"
                if code == "IND-03":
                    registered = D.RESULTS_2024["IND-01"] * share * weight * jitter(f"IND-01:{o[0]}:{period}", 0.8, 1.15)
                    placed = D.RESULTS_2024["IND-02"] * share * weight * jitter(f"IND-02:{o[0]}:{period}", 0.8, 1.15)
                    values.append((period, o[0], one_decimal(100.0 * round(placed) / round(registered)), float(round(registered))))
                    targets.append((period, o[0], 18.0))
                elif code == "IND-13":
                    filled = D.RESULTS_2024["IND-05"] * share * weight * 0.55
                    values.append((period, o[0], one_decimal(D.RESULTS_2024[code] * jitter(key, 0.8, 1.3)), float(round(filled))))
                    targets.append((period, o[0], 35.0 - 2 * qi))
                else:
                    target = round(D.RESULTS_2024[code] * share * weight * 1.05)
                    national_target += target
                    values.append((period, o[0], float(round(target / 1.05 * jitter(key, 0.78, 1.18))), None))
                    targets.append((period, o[0], float(target)))
            if code == "IND-03":
                targets.append((period, None, 18.0))
            elif code == "IND-13":
                targets.append((period, None, 35.0 - 2 * qi))
            else:
                targets.append((period, None, float(national_target)))
    source = {"IND-07": "Registros de derivación del convenio", "IND-08": "Registros de derivación del convenio"}.get(
        code, "Empleate – reporte trimestral de la oficina")
    measurements = [Node("measurements", [("id", uid("measurement", f"{code}/{o}/{period}")),
                                          ("date", quarter_recorded(period)), ("value", v), ("period", period),
                                          ("office", ref("office", o)), ("weight", w), ("source", source),
                                          ("recordedBy", "Jefatura de oficina")])
                    for period, o, v, w in values]
    target_nodes = [Node("targets", [("id", uid("indicatorTarget", f"{code}/{o or 'NAC'}/{period}")),
                                     ("period", period), ("office", None if o is None else ref("office", o)),
                                     ("value", v)])
                    for period, o, v in targets]
    return measurements, target_nodes


# ---------------------------------------------------------------------------------------------------------------
# Format 1.0 -> 1.1: the free-text indicator of an action becomes a link (same rule as the Java migration)
# ---------------------------------------------------------------------------------------------------------------
NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+(?![\d])|\d+(?:[.,]\d+)?")


def normalized(text):
    """Lower case, no accents, words only, without a leading "% de" / "número de": the key names are matched by."""
    t = unicodedata.normalize("NFD", text.lower())
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    t = re.sub(r"[^a-z0-9]+", " ", t).strip()
    return re.sub(r"^(de |numero de |n de )", "", t)


def first_number(text):
    """The first number of a free text ("1 200 empresas" -> 1200.0, "17,5 %" -> 17.5), or None."""
    m = NUMBER.search(text or "")
    if not m:
        return None
    return float(m.group(0).replace(" ", "").replace("\u00a0", "").replace(",", "."))


def unit_of(text):
    """The unit after the first number of a free text ("%" or the next word), or None."""
    m = NUMBER.search(text or "")
    if not m:
        return None
    rest = text[m.end():].strip()
    if rest.startswith("%"):
        return "%"
    word = re.match(r"[^\W\d_]+", rest)
    return word.group(0) if word else None


def migrated_indicators():
    """(new plan indicators, {action code: [indicator codes]}) for the free texts of the actions."""
    by_name = {normalized(i[1]): i[0] for i in D.INDICATORS}
    created, links = [], {}
    for a in D.ACTIONS:
        codes = list(a.get("indicators", []))
        match = by_name.get(normalized(a["indicator"]))
        if match is None:
            code = f"IND-{a['code']}"
            by_name[normalized(a["indicator"])] = code
            text = (f"Indicador de la acción {a['code']}, migrado del texto libre. Línea de base: «{a['baseline']}». "
                    f"Meta: «{a['target']}».")
            base, target = first_number(a["baseline"]), first_number(a["target"])
            created.append(Node("indicators", coded("indicator", code, a["indicator"], text) + [
                ("unit", unit_of(a["target"]) or unit_of(a["baseline"])), ("baseline", base), ("target", target),
                ("targetDate", a["due"]), ("periodicity", "YEARLY")]))
            match = code
        if match not in codes:
            codes.append(match)
        links[a["code"]] = codes
    return created, links


# ---------------------------------------------------------------------------------------------------------------
# Elements, attributes in the feature order of siempleo.ecore
# ---------------------------------------------------------------------------------------------------------------
def build():
    crit_dim = {c[0]: dim[0] for dim in D.DIMENSIONS for c in dim[4]}
    plan_dim = {dim[0]: dim[2] for dim in D.DIMENSIONS}
    referrals = referral_records()

    institutions = [Node("institutions", coded("institution", c, n) + [("role", role), ("acronym", acr)])
                    for c, n, acr, role in D.INSTITUTIONS]

    offices = [Node("offices", coded("office", c, n, desc) + [
        ("department", dep), ("municipality", mun), ("model", model),
        ("services", refs("service", svcs)), ("partners", refs("institution", partners)),
        ("staff", staff), ("open", is_open)])
        for c, n, dep, mun, model, partners, svcs, staff, is_open, desc in D.OFFICES]

    services = [Node("services", coded("service", c, n, desc) + [("indicators", refs("indicator", inds))])
                for c, n, desc, inds in D.SERVICES]

    axes = [Node("axes", coded("policyAxis", c, n, desc) + [("number", num)]) for c, num, n, desc in D.AXES]

    dimensions = [Node("dimensions", coded("dimension", c, n, desc) + [("planDimension", pd)],
                       [Node("criteria", coded("criterion", cc, cn, cd) +
                             [("suggestedAxis", ref("policyAxis", D.SUGGESTED_AXIS.get(cc)))],
                             [Node("levelDescriptions", text=t) for t in D.LEVEL_DESCRIPTIONS.get(cc, [])])
                        for cc, cn, cd in crits])
                  for c, n, pd, desc, crits in D.DIMENSIONS]

    dx = D.DIAGNOSTIC
    diagnostics = [Node("diagnostics", coded("diagnostic", dx["code"], dx["name"], dx["description"]) + [
        ("date", dx["date"]), ("scope", dx["scope"])],
        [Node("assessors", text=a) for a in dx["assessors"]] +
        [Node("assessments", [("id", uid("assessment", f"{dx['code']}/{crit}")),
                              ("criterion", uid("criterion", crit)), ("score", score), ("evidence", ev),
                              ("finding", fi), ("recommendation", rec),
                              ("resourceNeed", "ADDITIONAL_BUDGET" if crit in D.ADDITIONAL_BUDGET_CRITERIA
                               else None)])
         for crit, score, ev, fi, rec in D.ASSESSMENTS] +
        office_scans(dx))]

    migrated, action_indicators = migrated_indicators()
    actions = []
    for a in D.ACTIONS:
        dim = crit_dim[a["criterion"]] if a.get("criterion") else a["dimension"]
        origin = uid("assessment", f"{dx['code']}/{a['criterion']}") if a.get("criterion") else None
        reports = [Node("progressReports", [("id", uid("progressReport", f"{a['code']}/{date}")),
                                            ("date", date), ("progress", p), ("note", note)])
                   for date, p, note in progress_reports(a)]
        actions.append(Node("actions", coded("action", a["code"], a["title"], a["description"]) + [
            ("title", a["title"]), ("axis", uid("policyAxis", a["axis"])), ("dimension", uid("dimension", dim)),
            ("planDimension", plan_dim[dim]), ("phase", a["phase"]), ("priority", a["priority"]),
            ("responsibleUnit", a["unit"]), ("responsiblePerson", a["person"]),
            ("offices", refs("office", a["offices"])), ("services", refs("service", a["services"])),
            ("startDate", a["start"]), ("dueDate", a["due"]), ("status", a["status"]),
            ("progress", a["progress"]), ("estimatedCost", a.get("cost")), ("fundingSource", a.get("funding")),
            ("verificationMeans", a["verification"]), ("indicators", refs("indicator", action_indicators[a["code"]])),
            ("originAssessment", origin)], reports))
    p = D.PLAN
    plans = [Node("plans", coded("actionPlan", p["code"], p["name"], p["description"]) + [
        ("periodStart", p["periodStart"]), ("periodEnd", p["periodEnd"]), ("budgetYear", p["budgetYear"])],
        actions)]

    ag = D.AGREEMENT
    agreement_children = (
        [Node("commitments", [("id", uid("commitment", f"{ag['code']}/{i}")), ("institution", ref("institution", inst)),
                              ("service", ref("service", svc)), ("offices", refs("office", offs)),
                              ("description", desc)])
         for i, (inst, svc, offs, desc) in enumerate(D.COMMITMENTS, 1)] +
        [Node("protocolSteps", coded("protocolStep", c, n, desc) + [("order", i), ("responsible",
                                                                                    ref("institution", inst)),
                                                                   ("responseDays", D.RESPONSE_DAYS[c])])
         for i, (c, n, inst, desc) in enumerate(D.REFERRAL_STEPS, 1)] +
        [Node("referrals", [("id", uid("referralRecord", f"{ag['code']}/{o}/{per}/{to}/{outcome}")),
                            ("office", ref("office", o)), ("period", per), ("from", ref("institution", "SETRASS")),
                            ("to", ref("institution", to)), ("service", ref("service", "DER")), ("count", cnt),
                            ("outcome", outcome)])
         for o, per, to, cnt, outcome in referrals])
    agreements = [Node("agreements", coded("agreement", ag["code"], ag["name"], ag["description"]) + [
        ("parties", refs("institution", ag["parties"])), ("signatureDate", ag["signatureDate"]),
        ("validFrom", ag["validFrom"]), ("validUntil", ag["validUntil"]),
        ("integratedOffices", refs("office", [o[0] for o in D.OFFICES if o[4] == "INTEGRATED"]))],
        agreement_children)]

    tables = []
    for c, n, dep, mun, installed, members, (pc, pn, ps, pe, steps) in D.TERRITORIAL_TABLES:
        member_nodes = [Node("members", [("id", uid("tableMember", f"{c}/{i}")), ("name", mn), ("sector", sec),
                                         ("institution", ref("institution", inst))])
                        for i, (mn, sec, inst) in enumerate(members, 1)]
        step_nodes = [Node("steps", [("id", uid("localPlanStep", f"{pc}/{sc}")), ("step", uid("protocolStep", sc)),
                                     ("status", steps[sc][0]), ("date", steps[sc][1])])
                      for sc, *_ in D.LOCAL_PLAN_PROTOCOL]
        plan = Node("localPlans", coded("localPlan", pc, pn) + [("periodStart", ps), ("periodEnd", pe)], step_nodes)
        tables.append(Node("territorialTables", coded("territorialTable", c, n) + [
            ("department", dep), ("municipality", mun), ("installedOn", installed)], member_nodes + [plan]))

    protocol = [Node("localPlanProtocol", coded("protocolStep", c, n, desc) + [
        ("order", i), ("responsible", ref("institution", inst)), ("responseDays", D.RESPONSE_DAYS[c])])
        for i, (c, n, inst, desc) in enumerate(D.LOCAL_PLAN_PROTOCOL, 1)]

    indicators = []
    for c, n, unit, base, target, tdate, desc, ms in D.INDICATORS:
        definition, direction, periodicity, aggregation, office_service = D.INDICATOR_META[c]
        if office_service is None:
            ms = ms if ms is not None else computed_measurements(c, referrals)
            measurements = [Node("measurements", [("id", uid("measurement", f"{c}/{md[:4]}")), ("date", md),
                                                  ("value", float(v)), ("period", md[:4]),
                                                  ("source", "Informe anual de la UPEG"),
                                                  ("recordedBy", "Unidad de Planificación (UPEG)")])
                            for md, v in ms]
            targets = []
        else:
            measurements, targets = office_results(c, office_service, referrals)
        indicators.append(Node("indicators", coded("indicator", c, n, desc) + [
            ("unit", unit), ("baseline", None if base is None else float(base)), ("target", float(target)),
            ("targetDate", tdate), ("definition", definition),
            ("direction", None if direction == "HIGHER_IS_BETTER" else direction),
            ("periodicity", None if periodicity == "QUARTERLY" else periodicity),
            ("aggregation", None if aggregation == "SUM" else aggregation)],
            measurements + targets))
    indicators += migrated

    w = D.WORKSPACE
    root = Node("siempleo:Workspace", [
        ("xmi:version", "2.0"), ("xmlns:xmi", "http://www.omg.org/XMI"), ("xmlns:siempleo", NS_URI),
        ("id", uid("workspace", w["code"])), ("name", w["name"]), ("description", w["description"])],
        institutions + offices + services + axes + dimensions + diagnostics + plans + agreements + tables +
        protocol + indicators)
    return root


def main(argv):
    output = os.path.abspath(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    lines = ['<?xml version="1.0" encoding="UTF-8"?>']
    serialize(build(), lines)
    os.makedirs(os.path.dirname(output), exist_ok=True)
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {output} ({os.path.getsize(output)} bytes)")


if __name__ == "__main__":
    main(sys.argv)
