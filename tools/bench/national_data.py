#!/usr/bin/env python3
"""P9's national-scale data: seeded, reproducible CSV for PostgreSQL's COPY, one stream per table.

tools/bench/national runs it: it makes one named pipe per table in --out (a reader, psql's COPY ... FROM STDIN, on
each), and this writes the rows of the trusts asked for. Plain python3, no packages.

The nation: 200 trusts (NHS ODS-like codes; R9A and R9B are the demo's, and R9A is the measured 500-worker trust),
20,000 workers on their rosters, two supervision agreements each (role-specific from a senior peer worker, clinical
from a clinician; some changed supervisor once), ~10 sessions and ~25 assessments each (SELF, SUPERVISOR and
DIRECT_OBSERVATION; mostly signed off, the newest ones in progress) with ~20 ratings each, evidence on a quarter of
them. Beside each service's own records, the copies its consumers would have built from the other's events:
assessment-service's worker, supervision_link and observation from supervision.events, supervision-service's agenda
items from assessment.events (and from the actions its own sessions agreed), each closed by the first session held
after it opened, as a session that discussed it would close it.

Every trust has its own random generator seeded from (seed, trust's place), so a trust's rows are the same whichever
trusts are generated with it: the 1% run's trusts are the first of the 100% run's, and the rest can be added later.
Confidential columns (session notes, reflections, comments) stay NULL: they are ciphertext under a per-worker key, and
this writes no fake ciphertext (so no worker_data_key either).
"""

import argparse
import bisect
import datetime as dt
import json
import math
import os
import random
import sys

TRUSTS = 200
WORKERS = 20_000
MEASURED_TRUST_WORKERS = 500  # R9A, with the demo's four
# The measured workers of R9A beside the demo's 10000001: their id and how many assessments they have.
MEASURED = {"10001001": 1, "10001010": 10, "10001050": 50, "10001200": 200}
DEMO_WORKER = "10000001"
DEMO_WORKER_ASSESSMENTS = 25
DEMO_R9A = {"10000001": "PSW", "10000002": "PSW", "10000010": "SENIOR_PSW", "10000020": "CLINICAL_SUPERVISOR"}
DEMO_R9B = {"20000001": "PSW", "20000010": "SENIOR_PSW", "20000020": "CLINICAL_SUPERVISOR"}
SAM = "10000010"  # sam.supervisor: the measured workers' role-specific supervisor, whose token reads them
ASSESSMENTS_PER_WORKER = 26.0  # mean over peer workers (clinicians have none): ~500,000 in all
RATING_TARGET = (3, 21)  # statements aimed at per assessment; whole areas make it ~20 on average
ANCHOR = dt.datetime(2026, 11, 30, tzinfo=dt.timezone.utc)  # "now" of the generated history: reproducible
EPOCH_START = dt.datetime(2019, 1, 7, tzinfo=dt.timezone.utc)

TEAMS = ["Early Intervention in Psychosis", "Community Mental Health", "Crisis Resolution", "Acute Inpatient",
         "Perinatal Mental Health", "Older Adults", "Recovery College", "Forensic Services", "Eating Disorders",
         "Rehabilitation", "Personality Disorder Service", "Child and Adolescent Mental Health"]
PLACES = ["North", "South", "East", "West", "Central", "Coast"]
FREQUENCIES = ["P1M"] * 6 + ["P2W"] * 3 + ["P6W"]
FORMATS = ["IN_PERSON"] * 6 + ["VIDEO"] * 3 + ["PHONE"]
EVIDENCE = [("Reflective log entry", "DOCUMENT"), ("Feedback from a person supported", "FEEDBACK"),
            ("Certificate: peer support training", "CERTIFICATE"), ("Observed group facilitation", "OBSERVATION"),
            ("Care plan contribution", "DOCUMENT")]

# Columns of each stream, in COPY order; tools/bench/national reads this list to start its readers.
STREAMS = {
    "assessment.assessment": "id, organisation, kind, subject_worker_id, author_subject, author_worker_id, "
                             "framework_version_id, status, created_at, submitted_at, signed_off_at, signed_off_by, "
                             "returned_at, return_reason, version",
    "assessment.assessment_scope": "assessment_id, code",
    "assessment.rating": "assessment_id, statement_code, area_code, value, rated_at",
    "assessment.evidence": "id, assessment_id, title, kind, occurred_on, added_at",
    "assessment.evidence_statement": "evidence_id, statement_code",
    "assessment.worker": "organisation, worker_id, role, team, updated_at",
    "assessment.supervision_link": "agreement_id, organisation, supervisee_worker_id, supervisor_worker_id, type, "
                                   "start_date, end_date",
    "assessment.observation": "observation_id, organisation, worker_id, observer_worker_id, framework_version_id, "
                              "level, observed_on, recorded_at",
    "assessment.observation_statement": "observation_id, statement_code",
    "assessment.area_attainment": "organisation, worker_id, framework_version_id, area_code, level_value, status, "
                                  "updated_at",
    "supervision.worker": "id, organisation, worker_id, role, team, start_date, end_date, updated_at, version",
    "supervision.supervision_agreement": "id, organisation, supervisee_worker_id, supervisor_worker_id, type, "
                                         "frequency, format, start_date, end_date, ended_at, end_reason, created_at",
    "supervision.supervision_session": "id, organisation, kind, status, supervisor_worker_id, starts_at, held_on, "
                                       "duration_minutes, format, framework_version_id, topic_area_codes, "
                                       "next_session_on, recorded_at",
    "supervision.session_supervisee": "session_id, worker_id, agreement_id, confirmed_at",
    "supervision.session_action": "id, session_id, position, description, owner_worker_id, due_on, done_at",
    "supervision.direct_observation": "id, session_id, position, supervisee_worker_id, statement_codes, level",
    "supervision.agenda_item": "id, organisation, worker_id, kind, source_event_id, resource_ref, opened_at, "
                               "closed_at, due_on, closed_by_session",
}

# Kinds of generated id: a UUID is <prefix+kind>-<trust>-4000-8000-<counter>, unique per kind and trust.
ID_ASSESSMENT, ID_EVIDENCE, ID_AGREEMENT, ID_SESSION, ID_ACTION, ID_OBSERVATION, ID_AGENDA, ID_EVENT, ID_WORKER = \
    range(1, 10)


def subject_of(worker_id):
    """A worker's login (Keycloak subject), as an author is recorded: made up, one per worker id."""
    return "5b0c0000-0000-4000-8000-%012d" % int(worker_id)


def ts(t):
    """A timestamptz in CSV, from seconds since the epoch."""
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S+00")


def day(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%d")


def q(text):
    """A CSV field that may hold a comma."""
    return '"' + text.replace('"', '""') + '"'


def pg_array(items):
    return q("{" + ",".join(items) + "}")


class Framework:
    """The published version's codes, from the content the services' copies hold (the package's structure)."""

    def __init__(self, content, level_codes):
        self.areas = []  # (area code, [rateable statement codes]); an empty list: rated as a whole
        self.all_areas = []  # the same, organisational competences (domain 9) included: what a sign-off may touch
        for domain in content["domains"]:
            for area in domain["areas"]:
                rateable = []
                self._collect(area.get("statements", []), rateable)
                self.all_areas.append((area["code"], rateable))
                if domain.get("kind") != "ORGANISATIONAL":
                    self.areas.append((area["code"], rateable))
        # The area of each code a rating may name: a rateable statement's, or an area rated as a whole itself.
        self.area_of = {c: a for a, codes in self.all_areas for c in (codes or [a])}
        self.level_codes = level_codes
        # Which rating values count as met (the rating scale's "met"), for the stored area levels.
        self.met = {lv["value"] for lv in content.get("ratingScale", {}).get("levels", []) if lv.get("met")}
        self.statements = [s for _, codes in self.areas for s in codes]
        if len(self.statements) < 100:
            raise SystemExit(f"the framework content has {len(self.statements)} rateable statements: not the package")

    def _collect(self, statements, into):
        for s in statements:
            if s.get("kind") == "STATEMENT":
                into.append(s["code"])
            self._collect(s.get("children", []), into)


def area_level(rated_codes, latest, met):
    """An area's level and status from the standing ratings of what it is rated by, as assessment-service's AreaLevel
    makes it: MET when every one is rated and met, DEVELOPING when some are rated, the level the lowest rated value."""
    values = [latest[c][2] for c in rated_codes if c in latest]
    if not values:
        return None, "NOT_ASSESSED"
    all_met = len(values) == len(rated_codes) and all(v in met for v in values)
    return min(values), ("MET" if all_met else "DEVELOPING")


class Out:
    """One buffered writer per stream (a named pipe, or a file when testing), opened on first use."""

    def __init__(self, directory):
        self.directory = directory
        self.files = {}
        self.rows = {name: 0 for name in STREAMS}

    def write(self, stream, line):
        f = self.files.get(stream)
        if f is None:
            f = self.files[stream] = open(os.path.join(self.directory, stream + ".csv"), "w", buffering=1 << 20)
        f.write(line)
        self.rows[stream] += 1

    def writelines(self, stream, lines):
        f = self.files.get(stream)
        if f is None:
            f = self.files[stream] = open(os.path.join(self.directory, stream + ".csv"), "w", buffering=1 << 20)
        f.write("".join(lines))
        self.rows[stream] += len(lines)

    def close(self):
        # Every reader waits for its pipe to be opened: open (and close) the streams this run wrote nothing to.
        for name in STREAMS:
            if name not in self.files:
                self.files[name] = open(os.path.join(self.directory, name + ".csv"), "w")
        for f in self.files.values():
            f.close()


def trust_codes(rng):
    """R9A and R9B, then 198 more three-character codes like NHS trusts' (R and two letters or digits)."""
    chars = "ABCDEFGHJKLMNPQRSTVWXY0123456789"
    codes = sorted({"R" + a + b for a in chars for b in chars} - {"R9A", "R9B"})
    rng.shuffle(codes)
    return ["R9A", "R9B"] + codes[:TRUSTS - 2]


def trust_sizes(rng):
    """Workers per trust, skewed (lognormal: a few large trusts, many of 50-150), R9A 500, summing to 20,000."""
    raw = [rng.lognormvariate(0, 0.55) for _ in range(TRUSTS - 1)]
    remaining = WORKERS - MEASURED_TRUST_WORKERS
    sizes = [max(15, round(remaining * r / sum(raw))) for r in raw]
    sizes[-1] += remaining - sum(sizes)  # exact total
    return [MEASURED_TRUST_WORKERS] + sizes


class Ids:
    def __init__(self, trust_index):
        self.trust = trust_index
        self.counters = {}

    def next(self, kind):
        n = self.counters.get(kind, 0) + 1
        self.counters[kind] = n
        return "%08x-%04x-4000-8000-%012x" % (0x9a710000 + kind, self.trust, n)


class Worker:
    __slots__ = ("id", "role", "team", "start", "end", "agreements", "sessions", "assessments")

    def __init__(self, worker_id, role, team, start, end):
        self.id, self.role, self.team, self.start, self.end = worker_id, role, team, start, end
        self.agreements = []  # (id, type, supervisor, start, end, format)
        self.sessions = []  # held sessions: (starts_at, session id, recorded_at), sorted
        self.assessments = 0


class TrustGenerator:
    def __init__(self, args, framework, index, code, size, out):
        self.a, self.fw, self.index, self.code, self.size, self.out = args, framework, index, code, size, out
        self.rng = random.Random(args.seed * 1_000_003 + index)
        self.ids = Ids(index)
        self.now = ANCHOR.timestamp()
        self.workers = []
        self.demo_outcomes, self.demo_touched = (args.demo_outcome_map if code == "R9A" else ({}, {}))

    # -- roster ---------------------------------------------------------------------------------------------------
    def roster(self):
        rng, demo = self.rng, {"R9A": DEMO_R9A, "R9B": DEMO_R9B}.get(self.code, {})
        teams = [f"{t}, {p}" for t in TEAMS for p in PLACES]
        rng.shuffle(teams)
        teams = teams[:max(2, self.size // 9)]
        generated = self.size - len(demo)
        ids = [str(30_000_000 + self.index * 10_000 + j) for j in range(generated)]
        if self.code == "R9A":
            ids[:len(MEASURED)] = list(MEASURED)
        for j, wid in enumerate(ids):
            if wid in MEASURED:
                role = "PSW"
            else:
                r = rng.random()
                role = ("CLINICAL_SUPERVISOR" if r < 0.045 else "SENIOR_PSW" if r < 0.15 else
                        "PEER_COORDINATOR" if r < 0.18 else "PSW_SPECIALIST" if r < 0.21 else "PSW")
            start = EPOCH_START.timestamp() + rng.random() * (self.now - 200 * 86400 - EPOCH_START.timestamp())
            if MEASURED.get(wid, 0) >= 50:
                start = EPOCH_START.timestamp() + rng.random() * 86400 * 30
            start = start - start % 86400
            end = None
            if wid not in MEASURED and role != "CLINICAL_SUPERVISOR" and rng.random() < 0.03:
                end = self.now - rng.random() * 150 * 86400
                end -= end % 86400
            self.workers.append(Worker(wid, role, rng.choice(teams), start, end))
        # Each trust has at least one clinician and one senior peer worker to supervise.
        if not any(w.role == "CLINICAL_SUPERVISOR" for w in self.workers):
            self._promote("CLINICAL_SUPERVISOR")
        if not any(w.role == "SENIOR_PSW" for w in self.workers):
            self._promote("SENIOR_PSW")
        # The demo's workers are on the roster already (seed_demo); their history is added where it is measured.
        self.existing = {wid: role for wid, role in demo.items()}
        for w in self.workers:
            self.out.write("supervision.worker", f"{self.ids.next(ID_WORKER)},{self.code},{w.id},{w.role},"
                                                 f"{q(w.team)},{day(w.start)},{day(w.end) if w.end else ''},"
                                                 f"{ts(w.start + 3600)},1\n")
            self.out.write("assessment.worker", f"{self.code},{w.id},{w.role},{q(w.team)},{ts(w.start + 3601)}\n")

    def _promote(self, role):
        for w in self.workers:
            if w.role == "PSW" and w.id not in MEASURED:
                w.role = role
                return

    # -- agreements -----------------------------------------------------------------------------------------------
    def agreements(self, demo_agreements):
        rng = self.rng
        seniors = [w.id for w in self.workers if w.role in ("SENIOR_PSW", "PEER_COORDINATOR") and not w.end]
        clinicians = [w.id for w in self.workers if w.role == "CLINICAL_SUPERVISOR"]
        if self.code == "R9A":
            seniors.append(SAM)
            clinicians.append("10000020")
        for w in self.workers:
            if w.role == "CLINICAL_SUPERVISOR":
                continue
            for kind, pool in (("ROLE_SPECIFIC", seniors), ("CLINICAL", clinicians)):
                choices = [s for s in pool if s != w.id] or [s for s in seniors + clinicians if s != w.id]
                supervisor = SAM if (w.id in MEASURED and kind == "ROLE_SPECIFIC") else rng.choice(choices)
                start = w.start + rng.randint(0, 20) * 86400
                fmt = rng.choice(FORMATS)
                if w.id not in MEASURED and rng.random() < 0.06 and self.now - start > 400 * 86400:
                    # A change of supervisor once: the first agreement ended, a second one began the next day.
                    change = start + (self.now - start) * rng.uniform(0.3, 0.7)
                    change -= change % 86400
                    self._agreement(w, kind, rng.choice(choices), start, change, fmt, "Supervisor changed")
                    start = change + 86400
                end = w.end
                self._agreement(w, kind, supervisor, start, end, fmt, "Left the trust" if end else None)
        if self.code == "R9A":
            # The demo worker's own agreements (seed_demo made them): sessions are recorded under them.
            demo = Worker(DEMO_WORKER, "PSW", "Early Intervention in Psychosis, North",
                          dt.datetime(2025, 4, 1, tzinfo=dt.timezone.utc).timestamp(), None)
            for agreement_id, kind, supervisor in demo_agreements:
                demo.agreements.append((agreement_id, kind, supervisor, demo.start, None, "IN_PERSON"))
            self.demo_worker = demo
        else:
            self.demo_worker = None

    def _agreement(self, w, kind, supervisor, start, end, fmt, reason):
        rng, aid = self.rng, self.ids.next(ID_AGREEMENT)
        if end is not None and end < start:
            end = start
        created = start - rng.randint(1, 10) * 86400
        ended_at = ts(end - 3 * 86400 + 7200) if end else ""
        self.out.write("supervision.supervision_agreement",
                       f"{aid},{self.code},{w.id},{supervisor},{kind},{rng.choice(FREQUENCIES)},{fmt},{day(start)},"
                       f"{day(end) if end else ''},{ended_at},{q(reason) if end else ''},{ts(created + 36000)}\n")
        self.out.write("assessment.supervision_link", f"{aid},{self.code},{w.id},{supervisor},{kind},{day(start)},"
                                                      f"{day(end) if end else ''}\n")
        w.agreements.append((aid, kind, supervisor, start, end, fmt))

    # -- sessions -------------------------------------------------------------------------------------------------
    def assessment_count(self, w):
        if w.id in MEASURED:
            return MEASURED[w.id]
        if w.id == DEMO_WORKER:
            return DEMO_WORKER_ASSESSMENTS
        if w.role == "CLINICAL_SUPERVISOR":
            return 0
        # Gamma (shape 2): most workers have 10-40, some none or one, a few over a hundred.
        tenure = ((w.end or self.now) - w.start) / (self.now - EPOCH_START.timestamp())
        return int(self.rng.gammavariate(2.0, ASSESSMENTS_PER_WORKER / 2.0 / 0.52 * tenure) + 0.5)

    def sessions(self, w):
        rng, fw, out = self.rng, self.fw, self.out
        if not w.agreements:
            return
        count = max(0, round(0.4 * w.assessments + rng.uniform(-1.5, 1.5)))
        first = min(a[3] for a in w.agreements)
        last = w.end or self.now - 86400
        if last <= first:
            return
        times = sorted(first + rng.random() * (last - first) for _ in range(count))
        if times and not w.end and rng.random() < 0.85:
            # Most workers are supervised on time: their last session was in the past three weeks.
            times[-1] = max(times[-1], self.now - rng.randint(1, 21) * 86400)
        actions = []
        for t in times:
            t = t - t % 86400 + 10 * 3600  # 10:00
            kind = "ROLE_SPECIFIC" if rng.random() < 0.7 else "CLINICAL"
            agreement = next((a for a in w.agreements if a[1] == kind and a[3] <= t and (a[4] is None or
                                                                                        t <= a[4] + 86399)), None)
            if agreement is None:
                agreement = next((a for a in w.agreements if a[3] <= t and (a[4] is None or t <= a[4] + 86399)),
                                 None)
            if agreement is None:
                continue
            sid = self.ids.next(ID_SESSION)
            r = rng.random()
            status = "HELD" if r < 0.9 else "CANCELLED" if r < 0.95 else "MISSED"
            recorded = t + 3 * 3600
            areas = rng.sample(fw.areas, rng.randint(1, 3))
            out.write("supervision.supervision_session",
                      f"{sid},{self.code},ONE_TO_ONE,{status},{agreement[2]},{ts(t)},{day(t)},"
                      f"{rng.choice((30, 45, 60, 60, 90))},{agreement[5]},{self.a.version_id},"
                      f"{pg_array(a for a, _ in areas)},{day(t + 28 * 86400) if status == 'HELD' else ''},"
                      f"{ts(recorded)}\n")
            confirmed = ts(recorded + 86400) if status == "HELD" and rng.random() < 0.85 else ""
            out.write("supervision.session_supervisee", f"{sid},{w.id},{agreement[0]},{confirmed}\n")
            if status != "HELD":
                continue
            w.sessions.append((t, sid, recorded))
            if rng.random() < 0.15:
                # A direct observation: supervision-service's record and assessment-service's copy (the event's).
                oid = self.ids.next(ID_OBSERVATION)
                area = rng.choice([a for a in fw.areas if a[1]])
                codes = rng.sample(area[1], min(len(area[1]), rng.randint(1, 3)))
                level = rng.choice(fw.level_codes[1:])
                out.write("supervision.direct_observation", f"{oid},{sid},0,{w.id},{pg_array(codes)},{level}\n")
                out.write("assessment.observation", f"{oid},{self.code},{w.id},{agreement[2]},{self.a.version_id},"
                                                    f"{level},{day(t)},{ts(recorded + 2)}\n")
                out.writelines("assessment.observation_statement", [f"{oid},{c}\n" for c in codes])
            if rng.random() < 0.3:
                aid = self.ids.next(ID_ACTION)
                due = t + 14 * 86400
                done = due - 2 * 86400 if due < self.now - 7 * 86400 and rng.random() < 0.9 else None
                out.write("supervision.session_action",
                          f"{aid},{sid},0,{q('Agreed action: follow up before the next session')},{w.id},"
                          f"{day(due)},{ts(done) if done else ''}\n")
                actions.append((recorded, "ACTION_DUE", f"action/{aid}/{w.id}",
                                f"/v1/sessions/{sid}/actions/{aid}", day(due), done))
        return actions

    # -- assessments ----------------------------------------------------------------------------------------------
    def assessments(self, w):
        rng, fw, out, code = self.rng, self.fw, self.out, self.code
        n = w.assessments
        if n == 0 or not w.agreements:
            return []
        first = max(w.start, min(a[3] for a in w.agreements))
        last = (w.end or self.now) - 86400 * 2
        times = sorted(first + rng.random() * max(86400, last - first) for _ in range(n))
        role_sup = next((a[2] for a in reversed(w.agreements) if a[1] == "ROLE_SPECIFIC"), w.agreements[0][2])
        clin_sup = next((a[2] for a in reversed(w.agreements) if a[1] == "CLINICAL"), role_sup)
        events = []
        rows_a, rows_scope, rows_rating = [], [], []
        # The standing outcome of each rated code, (signed-off second, assessment id, value), and when an area was last
        # touched by a sign-off: for the stored area levels (assessment-service's area_attainment).
        latest = dict(self.demo_outcomes) if w.id == DEMO_WORKER else {}
        touched = dict(self.demo_touched) if w.id == DEMO_WORKER else {}
        for i, created in enumerate(times):
            aid = self.ids.next(ID_ASSESSMENT)
            r = rng.random()
            kind = "SELF" if r < 0.4 else "SUPERVISOR" if r < 0.8 else "DIRECT_OBSERVATION"
            recent = i >= n - 2
            r = rng.random()
            if recent:
                status = "DRAFT" if r < 0.3 else "SUBMITTED" if r < 0.6 else "RETURNED" if r < 0.7 else "SIGNED_OFF"
            else:
                status = "SIGNED_OFF" if r < 0.97 else "RETURNED" if r < 0.98 else "DRAFT"
            author = w.id if kind == "SELF" else role_sup if kind == "SUPERVISOR" else clin_sup
            author_subject = subject_of(author)
            submitted = created + rng.randint(1, 5) * 86400 + rng.randint(0, 28800) if status != "DRAFT" else None
            signed = submitted + rng.randint(1, 14) * 86400 if status == "SIGNED_OFF" else None
            if signed and signed > self.now:
                signed = self.now - rng.randint(1, 3600)
            if submitted and submitted > (signed or self.now):
                submitted = (signed or self.now) - 3600
            signer = clin_sup if kind == "SUPERVISOR" else role_sup
            returned = submitted + 2 * 86400 if status == "RETURNED" else None
            if returned and returned > self.now:
                returned = self.now - 60
            rows_a.append(f"{aid},{code},{kind},{w.id},{author_subject},{author},{self.a.version_id},{status},"
                          f"{ts(created)},{ts(submitted) if submitted else ''},{ts(signed) if signed else ''},"
                          f"{signer if signed else ''},{ts(returned) if returned else ''},"
                          f"{q('Please add evidence for the statements rated 3 or above') if returned else ''},"
                          f"{3 if signed else 2 if submitted else 1}\n")
            # Whole areas until the statements aimed at are reached.
            target = rng.randint(*RATING_TARGET)
            areas, rated = [], 0
            for area in rng.sample(fw.areas, len(fw.areas)):
                areas.append(area)
                rated += len(area[1]) or 1
                if rated >= target:
                    break
            progress = (created - w.start) / max(86400.0, self.now - w.start)
            base = 1.4 + 2.2 * progress + (0.4 if kind == "SELF" else 0)
            rated_at = ts(created + rng.randint(600, 7200))
            outcome = status == "SIGNED_OFF" and kind in ("SUPERVISOR", "DIRECT_OBSERVATION")
            signed_second = math.floor(signed) if signed else None  # as stored: ts() writes whole seconds
            for area_code, statements in areas:
                rows_scope.append(f"{aid},{area_code}\n")
                if statements:
                    for s in statements:
                        v = min(4, max(1, int(base + rng.random() * 1.6 - 0.5)))
                        rows_rating.append(f"{aid},{s},,{v},{rated_at}\n")
                        if outcome:
                            self._stand(latest, s, (signed_second, aid, v))
                else:
                    v = min(4, max(1, int(base + rng.random() * 1.6 - 0.5)))
                    rows_rating.append(f"{aid},,{area_code},{v},{rated_at}\n")
                    if outcome:
                        self._stand(latest, area_code, (signed_second, aid, v))
                if outcome:
                    touched[area_code] = max(touched.get(area_code, 0), signed_second)
            if status == "SIGNED_OFF" and rng.random() < 0.25:
                rated_codes = [s for _, st in areas for s in st]
                for _ in range(rng.randint(1, 2)):
                    if not rated_codes:
                        break
                    eid = self.ids.next(ID_EVIDENCE)
                    title, ekind = rng.choice(EVIDENCE)
                    out.write("assessment.evidence", f"{eid},{aid},{q(title)},{ekind},{day(created - 86400 * 3)},"
                                                     f"{ts(created + 3600)}\n")
                    out.writelines("assessment.evidence_statement",
                                   [f"{eid},{s}\n" for s in rng.sample(rated_codes, min(3, len(rated_codes)))])
            # The events supervision-service's agenda is built from.
            if submitted:
                events.append((submitted + 1, "ASSESSMENT_SUBMITTED", None, f"/v1/assessments/{aid}", "", None))
            if returned:
                events.append((returned + 1, "ASSESSMENT_RETURNED", None, f"/v1/assessments/{aid}", "", None))
            if signed and kind != "SELF" and rng.random() < 0.5:
                area_code = areas[0][0]
                events.append((signed + 1, "COMPETENCE_LEVEL_CHANGED", None,
                               f"/v1/workers/{w.id}/competence-profile#{area_code}", "", None))
        out.writelines("assessment.assessment", rows_a)
        out.writelines("assessment.assessment_scope", rows_scope)
        out.writelines("assessment.rating", rows_rating)
        self.attainment(w, latest, touched)
        return events

    @staticmethod
    def _stand(latest, code, rating):
        """The rating stands for its code if its assessment was signed off last (the greater id breaking a tie)."""
        if code not in latest or rating[:2] > latest[code][:2]:
            latest[code] = rating

    def attainment(self, w, latest, touched):
        """The worker's stored area levels, as assessment-service keeps them: a row for each area a signed-off
        SUPERVISOR or DIRECT_OBSERVATION assessment rated, with the level the standing ratings make, updated at the
        last such sign-off."""
        rows = []
        for area_code, statements in self.fw.all_areas:
            if area_code not in touched:
                continue
            value, status = area_level(statements or [area_code], latest, self.fw.met)
            rows.append(f"{self.code},{w.id},{self.a.version_id},{area_code},{'' if value is None else value},"
                        f"{status},{ts(touched[area_code])}\n")
        self.out.writelines("assessment.area_attainment", rows)

    # -- agenda ---------------------------------------------------------------------------------------------------
    def agenda(self, w, items):
        """Each item closed by the first session held after it opened (or its action done), else open."""
        starts = [s[0] for s in w.sessions]
        rows = []
        for opened, kind, source, resource, due, done in sorted(items, key=lambda x: x[0]):
            closed, by = "", ""
            if done:
                closed = ts(done)
            else:
                k = bisect.bisect_right(starts, opened)
                if k < len(starts):
                    closed, by = ts(w.sessions[k][2]), w.sessions[k][1]
            source = source or self.ids.next(ID_EVENT)
            rows.append(f"{self.ids.next(ID_AGENDA)},{self.code},{w.id},{kind},{source},{resource},{ts(opened)},"
                        f"{closed},{due},{by}\n")
        self.out.writelines("supervision.agenda_item", rows)

    def run(self, demo_agreements):
        self.roster()
        self.agreements(demo_agreements)
        everyone = self.workers + ([self.demo_worker] if self.demo_worker else [])
        for w in everyone:
            w.assessments = self.assessment_count(w)
            actions = self.sessions(w) or []
            events = self.assessments(w)
            self.agenda(w, actions + events)
        return len(everyone)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seed", type=int, default=14)
    p.add_argument("--out", help="directory of the streams: <db>.<table>.csv (named pipes)")
    p.add_argument("--trusts", help="which trusts, by place: FROM:TO (0 is R9A, 1 R9B)")
    p.add_argument("--version-id", dest="version_id", help="framework version 2020-10's id")
    p.add_argument("--content", help="file: that version's content, as assessment-service holds it")
    p.add_argument("--levels", help="its level codes, comma-separated (supervision-service's copy)")
    p.add_argument("--demo-agreements", dest="demo", default="",
                   help="10000001's agreements: id:TYPE:supervisor,... (seed_demo's)")
    p.add_argument("--demo-outcomes", dest="demo_outcomes",
                   help="file: 10000001's signed-off outcome ratings in the version already held, code|value|"
                        "signed-off epoch|assessment id a line (seed_demo's), folded into its stored area levels")
    p.add_argument("--plan", action="store_true", help="print trust codes and sizes, write nothing")
    p.add_argument("--streams", action="store_true", help="print each stream and its columns, write nothing")
    args = p.parse_args()
    if args.streams:
        for name, columns in STREAMS.items():
            print(f"{name}|{columns}")
        return
    rng = random.Random(args.seed)
    codes, sizes = trust_codes(rng), trust_sizes(rng)
    if args.plan:
        for i, (c, s) in enumerate(zip(codes, sizes)):
            print(i, c, s)
        return
    with open(args.content) as f:
        framework = Framework(json.load(f), args.levels.split(","))
    demo = [tuple(x.split(":")) for x in args.demo.split(",") if x]
    latest, touched = {}, {}
    if args.demo_outcomes:
        with open(args.demo_outcomes) as f:
            for line in f:
                if line.strip():
                    code, value, signed, aid = line.strip().split("|")
                    TrustGenerator._stand(latest, code, (float(signed), aid, int(value)))
                    area = framework.area_of.get(code)
                    if area:
                        touched[area] = max(touched.get(area, 0), float(signed))
    args.demo_outcome_map = (latest, touched)
    lo, hi = (int(x) for x in args.trusts.split(":"))
    out = Out(args.out)
    workers = 0
    try:
        for i in range(lo, min(hi, TRUSTS)):
            workers += TrustGenerator(args, framework, i, codes[i], sizes[i], out).run(demo)
            if (i - lo) % 20 == 19:
                print(f"    generated {i - lo + 1} of {min(hi, TRUSTS) - lo} trusts", file=sys.stderr, flush=True)
    finally:
        out.close()
    counts = " ".join(f"{name}={n}" for name, n in out.rows.items())
    print(f"workers={workers} {counts}")


if __name__ == "__main__":
    main()
