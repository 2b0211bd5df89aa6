#!/usr/bin/env python3
"""Build the mh-psw framework packages from the source documents.

Reads the text extractions in the seeds directory (read-only) and writes

    framework-service/src/main/resources/frameworks/mh-psw-2020-10.json
    framework-service/src/main/resources/frameworks/mh-psw-2020-02.json

in the pswcp-framework-package/1 format. Python 3 standard library only, deterministic:
running it twice gives the same bytes.

    python3 tools/seed-extraction/extract.py                # write both packages
    python3 tools/seed-extraction/extract.py --check        # fail if the files on disk differ
    python3 tools/seed-extraction/extract.py --variants     # list title variants in the sources
    python3 tools/seed-extraction/extract.py --seeds DIR    # seeds elsewhere

Every judgement the extraction makes is a named table below (UNIT_AREAS, HEADINGS_001,
NESTING_EXCEPTIONS_004, ...), so a reviewer can read the decisions without reading the parser.
framework-service/src/main/resources/frameworks/DATASET.md explains each of them.
"""

import argparse
import glob
import json
import os
import re
import sys

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT_DIR = os.path.join(REPO, "framework-service", "src", "main", "resources", "frameworks")
DEFAULT_SEEDS = "/work/shared/seeds"

# ---------------------------------------------------------------------------------------------
# Fixed package content that no source document gives
# ---------------------------------------------------------------------------------------------

FRAMEWORK = {
    "code": "mh-psw",
    "title": "Competence Framework for Mental Health Peer Support Workers",
    # 001, "Developed by:" list on the title page, in its order.
    "publisher": "National Collaborating Centre for Mental Health, UCLPartners, Care City, Health Education "
                 "England, PPL Consulting",
    "description": None,  # FRAMEWORK_DESCRIPTION_003, joined
}
# 003, first section, 2nd and 3rd paragraphs (word for word; checked against the source).
FRAMEWORK_DESCRIPTION_003 = [
    "The Competence Framework for MH PSWs outlines the knowledge, skills and attitudes required of "
    "the role. It aims to be flexible and adaptable, steering away from over-professionalising a "
    "role which, at its heart, is about human connection and relationships.",
    "It outlines core skills for people starting out as MH PSWs, and includes optional skills for "
    "people who wish to develop further within the role, and competences for organisations to "
    "support PSWs.",
]

# The sources define no rating scale; PRODUCT.md names the four points. Descriptions are ours.
RATING_SCALE = {
    "code": "default-4",
    "title": "Default four-point scale",
    "levels": [
        {"value": 1, "code": "not-yet-demonstrated", "label": "Not yet demonstrated",
         "description": "The competence has not yet been demonstrated in practice.", "met": False},
        {"value": 2, "code": "developing", "label": "Developing",
         "description": "The competence is partly demonstrated; further learning, practice or "
                        "supervision is needed.", "met": False},
        {"value": 3, "code": "competent", "label": "Competent",
         "description": "The competence is demonstrated consistently in practice.", "met": True},
        {"value": 4, "code": "can-support-others", "label": "Can support others",
         "description": "The competence is demonstrated consistently, and the worker can support, "
                        "model or supervise others in it.", "met": True},
    ],
}

# ---------------------------------------------------------------------------------------------
# Judgement tables (see DATASET.md)
# ---------------------------------------------------------------------------------------------

# Domain kinds, Oct 2020. 1-6 core; 7 meta-competences; 8 "Optional skills"; 9 "Competences for
# organisations" (map titles; 003 "core skills ... optional skills ... competences for organisations").
DOMAIN_KINDS_2020_10 = {"1": "CORE", "2": "CORE", "3": "CORE", "4": "CORE", "5": "CORE",
                        "6": "CORE", "7": "META", "8": "OPTIONAL", "9": "ORGANISATIONAL"}

# The map gives domain 1 no area. UNIT 1.1 covers it, so domain 1 gets one area, coded 1.1 and
# titled with the body heading of UNIT 1.1. (Domain 7's single unnumbered map box becomes 7.1.)
DOMAIN_1_AREA_FROM_UNIT = "UNIT 1.1"

# Unit -> area(s), by position: each section's units follow the order of the map's areas.
UNIT_AREAS = {
    "UNIT 1.1": ["1.1"],
    "UNIT 1.2": ["2.1"], "UNIT 1.3": ["2.2"], "UNIT 1.4": ["2.3"], "UNIT 1.5": ["2.4"],
    "UNIT 1.6": ["2.5"], "UNIT 1.7": ["2.6"], "UNIT 1.8": ["2.7"],
    "UNIT 2.1": ["3.1"], "UNIT 2.2": ["3.2"], "UNIT 2.3": ["3.3"], "UNIT 2.4": ["3.4"],
    "UNIT 2.5": ["3.5"], "UNIT 2.6": ["3.6"],
    "UNIT 3.1": ["4.1"], "UNIT 3.2": ["4.2"], "UNIT 3.3": ["4.3"], "UNIT 3.4": ["4.4"],
    "UNIT 3.5": ["4.5"], "UNIT 3.6": ["4.6"], "UNIT 3.7": ["4.7"],
    "UNIT 3.8": ["5.1"], "UNIT 3.9": ["5.2"], "UNIT 3.10": ["5.3"], "UNIT 3.11": ["5.4"],
    "UNIT 4.1": ["6.1"], "UNIT 4.2": ["6.2"],
    "UNIT 5.1": ["8.1"], "UNIT 5.2": ["8.2"], "UNIT 5.3": ["8.3"],
}

# Sub-headings inside "Competences covered in this unit" (001). Every other unprefixed line there
# is a competence; the parser fails on any line that is neither.
HEADINGS_001 = {
    "UNIT 1.6": ["Informed consent", "Confidentiality and information sharing", "Sharing information"],
    "UNIT 2.5": ["Overcoming barriers to communication"],
    "UNIT 2.6": [
        "Knowledge of the significance for practice of specific beliefs, practices and lifestyles",
        "Knowledge of social and cultural factors that may have an impact on access to support",
        "Communicating respect for a person and their family or carers",
        "Gaining an understanding of the experience of specific beliefs, practices and lifestyles",
        "Demonstrating awareness of the influence of the peer support worker's own background",
    ],
}

# Lines of 001's body that group Section 3's units (they are the titles of map domains 4 and 5);
# they are not competences of the unit they follow.
SUBGROUPS_001 = ["Supporting people as a peer support worker",
                 "Working with teams and promoting people's rights"]

# Oct 2020 sections carry no description: the outline (001) describes them only in one shared
# paragraph ("The first section sets out ...; the second ..."), and Section 3's two sub-groups are
# the titles of map domains 4 and 5, which the units' areas already carry.

# 004: paragraphs that open an area before its first competence are its description.
# Expected count per area, to catch a changed source.
AREA_DESCRIPTION_PARAGRAPHS_004 = {"2.1": 1, "2.4": 1, "2.5": 1, "2.7": 2}

# 004: an indented (lower-case or "- ") line normally follows a statement ending with ':'.
# Exceptions, by the parent's text: the lower-case line is still read as its child.
NESTING_EXCEPTIONS_004 = [
    "An ability to maintain and update skills and knowledge through participation in continuing "
    "learning and development",
]

# Role profiles (002 §3.1.1). Descriptions are sentences of 002, word for word (checked against
# the cleaned source); the rule for levels is in DATASET.md.
BASE_DOMAINS = ["1", "2", "3", "4", "5", "6", "7"]  # core domains and the meta-competences
ROLE_PROFILES = [
    {
        "code": "psw",
        "title": "Peer support worker",
        "quotes": [
            "Peer support workers draw directly on their lived experience of mental health "
            "difficulties (including of caring for someone with mental health difficulties) to "
            "offer emotional and practical support to people going through a similar type of "
            "experience, in a similar setting or context, and to help them build personal, social "
            "and community connections.",
            "Supervisors or service managers should work with peer support workers to outline "
            "potential career pathways or opportunities, giving them a sense of how the role may "
            "progress and helping them regard peer support work as a career or helping them "
            "identify other career opportunities.",
        ],
        "domains": BASE_DOMAINS,
        "support_others": [],
    },
    {
        "code": "senior-psw",
        "title": "Senior peer support worker",
        "quotes": [
            "Opportunities for professional development or career progression may involve "
            "identifying the relevant knowledge and skills (as outlined in the competence "
            "framework) needed to become more senior in the role, for example as a senior peer "
            "support worker, peer coordinator or a peer support worker with more specialist "
            "intervention skills.",
            "Peer support workers should receive role-specific supervision from a senior peer "
            "support worker, and additional supervision from a clinician when they work within "
            "clinical settings or multidisciplinary teams.",
            "Role-specific supervision enables peer support workers to develop their skills in "
            "applying their lived experience, and to help them keep their work true to the values "
            "and principles of peer support.",
        ],
        "domains": BASE_DOMAINS,
        # 002 §3.3: values and principles (1.1), applying lived experience and the relational
        # skills (domain 3), position in the team (5.1), reflection and supervision (6.1, 6.2).
        "support_others": ["1.1", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "5.1", "6.1", "6.2"],
    },
    {
        "code": "peer-coordinator",
        "title": "Peer coordinator",
        "quotes": [
            "Opportunities for professional development or career progression may involve "
            "identifying the relevant knowledge and skills (as outlined in the competence "
            "framework) needed to become more senior in the role, for example as a senior peer "
            "support worker, peer coordinator or a peer support worker with more specialist "
            "intervention skills.",
            "Supervision can also be used for peer support workers to identify further development "
            "opportunities around leadership, management or supervisory skills.",
        ],
        "domains": BASE_DOMAINS,
        # 002 §1.3 (values upheld through recruitment, training and supervision), Table 2
        # (organisational/service level) and Table 3 (embedding the role): domain 5.
        "support_others": ["1.1", "5.1", "5.2", "5.3", "5.4"],
    },
    {
        "code": "psw-specialist",
        "title": "Peer support worker with specialist intervention skills",
        "quotes": [
            "Opportunities for professional development or career progression may involve "
            "identifying the relevant knowledge and skills (as outlined in the competence "
            "framework) needed to become more senior in the role, for example as a senior peer "
            "support worker, peer coordinator or a peer support worker with more specialist "
            "intervention skills.",
            # 002 §2.4; its bullet list is joined with "; " (the only change).
            "With appropriate training, supervision and support, peer support workers can deliver "
            "specific interventions, such as: support for self-management, self-help and "
            "self-care; coaching; active listening and counselling; problem-solving and coping "
            "strategies; behavioural approaches; support with developing care plans (including "
            "crisis, safety or recovery plans); brief cognitive behavioural therapy interventions; "
            "family work or interventions (such as Open Dialogue, behavioural family therapy).",
        ],
        "domains": BASE_DOMAINS + ["8"],
        "support_others": [],
    },
]

# Feb 2020 draft: domain kinds (002 §4.3 gives no kinds; see DATASET.md).
DOMAIN_KINDS_2020_02 = {"1": "CORE", "2": "CORE", "3": "CORE", "4": "CORE", "5": "CORE",
                        "6": "CORE", "7": "CORE", "8": "OPTIONAL", "9": "META",
                        "10": "ORGANISATIONAL"}

# Feb 2020 -> Oct 2020 lineage. Only correspondences the documents make clear; the rest are
# listed in DATASET.md ("Feb 2020 items without a link").
LINEAGE_2020_02 = [
    ("1", ["1"]),    # values and principles
    ("2", ["2"]),    # practice issues -> Knowledge: by elimination (no other domain takes its
                     # place and the Oct 2020 Knowledge domain has no other Feb source); DATASET.md J-notes
    ("3", ["3"]),    # communication and engagement skills -> Core relational skills
    ("4", ["6"]),    # self-care and support
    ("5", ["4"]),    # support people's self-management      } merged into "Supporting people
    ("6", ["4"]),    # supporting access to care and facilitation } as a peer support worker"
    ("7", ["5"]),    # working with teams and promoting people's rights
    ("8", ["8"]),    # interventions -> Optional skills (unit 4.14 moved to domain 4, below)
    ("9", ["7"]),    # meta-competences
    ("10", ["9"]),   # organisational competences
    ("UNIT 1.1", ["UNIT 1.1"]), ("UNIT 1.2", ["UNIT 2.1"]), ("UNIT 1.3", ["UNIT 1.2"]),
    ("UNIT 1.4", ["UNIT 1.4"]), ("UNIT 1.5", ["UNIT 1.5"]), ("UNIT 1.6", ["UNIT 1.6"]),
    ("UNIT 1.7", ["UNIT 1.7"]), ("UNIT 1.8", ["UNIT 1.8"]),
    ("UNIT 2.1", ["UNIT 2.6"]), ("UNIT 2.2", ["UNIT 2.5"]), ("UNIT 2.3", ["UNIT 2.3"]),
    ("UNIT 2.4", ["UNIT 2.2"]), ("UNIT 2.5", ["UNIT 2.4"]),
    ("UNIT 3.1", ["UNIT 4.1"]), ("UNIT 3.2", ["UNIT 4.2"]),
    ("UNIT 4.1", ["UNIT 3.1"]), ("UNIT 4.2", ["UNIT 3.2"]), ("UNIT 4.3", ["UNIT 3.4"]),
    ("UNIT 4.4", ["UNIT 3.5"]), ("UNIT 4.5", ["UNIT 3.6"]), ("UNIT 4.6", ["UNIT 3.7"]),
    ("UNIT 4.7", ["UNIT 3.8"]), ("UNIT 4.8", ["UNIT 3.9"]), ("UNIT 4.9", ["UNIT 3.10"]),
    ("UNIT 4.10", ["UNIT 3.11"]), ("UNIT 4.11", ["UNIT 5.1"]), ("UNIT 4.12", ["UNIT 5.2"]),
    ("UNIT 4.13", ["UNIT 5.3"]), ("UNIT 4.14", ["UNIT 3.3"]),
]


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

def norm(text):
    """Normalise one piece of source text: straight quotes, no markdown, single spaces."""
    text = (text.replace("\u2018", "'").replace("\u2019", "'")
            .replace("\u201c", '"').replace("\u201d", '"'))
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # [label](#) -> label
    text = text.replace("**", "")
    text = re.sub(r"\s+", " ", text).strip()
    return text


def key(title):
    """Loose key for matching a heading against a map title (case, punctuation, spacing)."""
    return re.sub(r"[^a-z0-9]+", "", title.lower())


def fail(msg):
    sys.exit("extract: " + msg)


def read_seed(seeds, prefix):
    found = sorted(glob.glob(os.path.join(seeds, prefix + "_*.txt")))
    if len(found) != 1:
        fail("expected exactly one %s_*.txt in %s, found %d" % (prefix, seeds, len(found)))
    with open(found[0], encoding="utf-8") as f:
        return f.read()


def statement(text, kind="STATEMENT"):
    return {"code": None, "kind": kind, "text": text, "children": []}


def number(nodes, prefix):
    """Give each node its hierarchical code: position under its parent, headings included."""
    for i, node in enumerate(nodes, 1):
        node["code"] = "%s.%d" % (prefix, i)
        number(node["children"], node["code"])


def walk(nodes):
    for node in nodes:
        yield node
        yield from walk(node["children"])


# ---------------------------------------------------------------------------------------------
# 000: competence map
# ---------------------------------------------------------------------------------------------

def parse_map(text):
    domains = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line == "# Competence map":
            continue
        m = re.match(r"^#+\s+(\d+)\.\s+(.+)$", line)
        if m:
            domains.append({"code": m.group(1), "title": norm(m.group(2)), "areas": []})
            continue
        m = re.match(r"^\*\*(\d+\.\d+)\.\*\*\s+(.+)$", line)
        if m:
            code = m.group(1)
            if code.split(".")[0] != domains[-1]["code"]:
                fail("map area %s outside its domain" % code)
            domains[-1]["areas"].append({"code": code, "title": norm(m.group(2))})
            continue
        # An unnumbered box (domain 7): an area the map gives without a number.
        d = domains[-1]
        d["areas"].append({"code": "%s.%d" % (d["code"], len(d["areas"]) + 1), "title": norm(line),
                           "unnumbered": True})
    if [d["code"] for d in domains] != [str(i) for i in range(1, 10)]:
        fail("map: expected domains 1..9")
    return domains


# ---------------------------------------------------------------------------------------------
# 004: full listing of the Knowledge domain
# ---------------------------------------------------------------------------------------------

def parse_knowledge(text, map_domain):
    """Return {area code: {"description": str|None, "statements": [...]}} for domain 2.

    Nesting rule (the extraction lost indentation):
      - a '#' line is an area heading when it matches a map title of domain 2, otherwise a
        sub-heading (HEADING) directly under the current area; markdown depth is ignored;
      - paragraphs that open an area before its first competence are the area's description;
      - a paragraph starting with '- ' or a lower-case letter is indented: a child of the most
        recent top-level statement, which must end with ':' (exceptions: NESTING_EXCEPTIONS_004);
      - any other paragraph is a top-level statement, under the current sub-heading if the area
        has had one, otherwise directly under the area.
    """
    titles = {key(a["title"]): a["code"] for a in map_domain["areas"]}
    areas, area, container, last_top, seen_domain = {}, None, None, None, False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            heading = norm(line.lstrip("#"))
            if not seen_domain:
                if heading != map_domain["title"]:
                    fail("004: first heading is not the domain title: %r" % heading)
                seen_domain = True
                continue
            code = titles.get(key(heading))
            if code:
                area = {"code": code, "source_title": heading, "description": [], "statements": []}
                areas[code] = area
                container, last_top = area["statements"], None
            else:
                node = statement(heading, "HEADING")
                area["statements"].append(node)
                container, last_top = node["children"], None
            continue
        if area is None:
            fail("004: text before the first area: %r" % line)
        indented = line.startswith("- ") or line[0].islower()
        if indented:
            if last_top is None:
                fail("004: indented line without a parent: %r" % line)
            if not last_top["text"].endswith(":") and last_top["text"] not in NESTING_EXCEPTIONS_004:
                fail("004: indented line under a statement not ending with ':': %r" % line)
            last_top["children"].append(statement(norm(line[2:] if line.startswith("- ") else line)))
            continue
        is_competence = re.match(r"^(An ability|Where )", line) is not None
        if not is_competence:
            if area["statements"]:
                fail("004: unexpected paragraph after the area's competences: %r" % line)
            area["description"].append(norm(line))
            continue
        last_top = statement(norm(line))
        container.append(last_top)
    for code, area in areas.items():
        expected = AREA_DESCRIPTION_PARAGRAPHS_004.get(code, 0)
        if len(area["description"]) != expected:
            fail("004: area %s has %d description paragraphs, expected %d"
                 % (code, len(area["description"]), expected))
        area["description"] = "\n\n".join(area["description"]) or None
    missing = [a["code"] for a in map_domain["areas"] if a["code"] not in areas]
    if missing:
        fail("004: areas missing: %s" % missing)
    return areas


# ---------------------------------------------------------------------------------------------
# 001: curriculum
# ---------------------------------------------------------------------------------------------

def parse_curriculum(text):
    lines = [l.rstrip() for l in text.splitlines()]
    # Section titles from "Outline structure of the curriculum".
    start = lines.index("Outline structure of the curriculum")
    end = lines.index("Overarching aims and objectives")
    outline_sections, outline_units = {}, {}
    for line in lines[start:end]:
        m = re.match(r"^Section (\d): (.+)$", line)
        if m:
            outline_sections[m.group(1)] = norm(m.group(2))
        m = re.search(r"UNIT (\d\.\d+)\t(.+)$", line)
        if m:
            outline_units["UNIT " + m.group(1)] = norm(m.group(2))

    body = lines[lines.index("Curriculum for peer support workers", end):]
    sections, unit, mode, last = [], None, None, [None, None]
    body_section_titles = {}
    for line in body[1:]:
        if not line.strip():
            continue
        m = re.match(r"^Section (\d): (.+)$", line)
        if m:
            code = m.group(1)
            body_section_titles[code] = norm(m.group(2))
            sections.append({"code": code, "title": outline_sections[code], "units": []})
            unit, mode = None, None
            continue
        m = re.match(r"^UNIT (\d\.\d+): (.+)$", line)
        if m:
            unit = {"code": "UNIT " + m.group(1), "title": norm(m.group(2)), "aims": [],
                    "statements_source": [], "outline_title": outline_units.get("UNIT " + m.group(1))}
            if not m.group(1).startswith(sections[-1]["code"] + "."):
                fail("001: %s outside section %s" % (unit["code"], sections[-1]["code"]))
            sections[-1]["units"].append(unit)
            mode, last = "head", [None, None]
            continue
        if line in SUBGROUPS_001:
            unit, mode = None, None
            continue
        if unit is None:
            fail("001: text outside a unit: %r" % line)
        m = re.match(r"^Aims: (.+)$", line)
        if m:
            aims = norm(m.group(1))
            # One sentence per aim; none of the units has more than one.
            if re.search(r"[.!?] [A-Z]", aims):
                fail("001: %s aims hold several sentences" % unit["code"])
            unit["aims"].append(aims)
            continue
        if re.match(r"^Competences covered in this unit:?$", line):
            mode = "competences"
            continue
        if mode != "competences":
            fail("001: unexpected line in %s: %r" % (unit["code"], line))
        if line.startswith(" - "):
            if last[1] is None:
                fail("001: second-level bullet without a parent in %s" % unit["code"])
            last[1]["children"].append(statement(norm(line[3:])))
        elif line.startswith("- "):
            if last[0] is None or not last[0]["text"].endswith(":"):
                fail("001: bullet without a ':' parent in %s: %r" % (unit["code"], line))
            last[1] = statement(norm(line[2:]))
            last[0]["children"].append(last[1])
        elif line in HEADINGS_001.get(unit["code"], []):
            heading = statement(norm(line), "HEADING")
            unit["statements_source"].append(heading)
            unit["container"] = heading["children"]
            last = [None, None]
        else:
            if "ability" not in line.lower() and not line.startswith("Knowledge that"):
                fail("001: line in %s looks like a heading but is not in HEADINGS_001: %r"
                     % (unit["code"], line))
            last = [statement(norm(line)), None]
            unit.setdefault("container", unit["statements_source"]).append(last[0])
    for s in sections:
        for u in s["units"]:
            u.pop("container", None)
            if not u["aims"]:
                fail("001: %s has no aims" % u["code"])
    return sections, body_section_titles, outline_units


# ---------------------------------------------------------------------------------------------
# 002: Feb 2020 supporting document (consultation draft)
# ---------------------------------------------------------------------------------------------

def clean_002(text, keep_bold=False):
    """Paragraphs of 002 without line numbers, page numbers, running headers or citations.

    Returns a list of paragraphs; each paragraph is a list of items (a list line or a bullet
    starts a new item, a wrapped line continues the current one). Bullet characters ('•', '●',
    '○') are kept at the start of an item so callers can tell bullets and their level apart.
    With keep_bold, '**' markers are kept (a domain's title is the bold phrase of its bullet).
    """
    paragraphs, items = [], []
    for raw in text.splitlines() + [""]:
        s = raw.strip()
        if not s:
            if items:
                paragraphs.append(items)
            items = []
            continue
        listed = s.startswith("- ")                 # list marker added by the extraction
        s = re.sub(r"^-\s+", "", s)
        s = re.sub(r"^\d{1,2}(\s+|$)", "", s)       # line number
        if not s or s in ("DRAFT", "CONFIDENTIAL", "CONFIDENTIAL DRAFT"):
            continue
        s = re.sub(r"\^\{[^}]*\}|\^[a-z]\b|[\u00b9\u00b2\u00b3\u2070-\u2079]+", "", s)  # citations
        if listed or re.match(r"^[\u2022\u25cf\u25cb]\s*", s) or not items:
            items.append(s)
        elif re.search(r"[A-Za-z]-$", items[-1]) and s[:1].islower():
            items[-1] = items[-1] + s               # word broken at a line end: "role-" "specific"
        else:
            items[-1] = items[-1] + " " + s
    if keep_bold:
        return [[norm(i.replace("**", "\u0000")).replace("\u0000", "**") for i in p]
                for p in paragraphs]
    return [[norm(i) for i in p] for p in paragraphs]


def strip_bullet(item):
    return re.sub(r"^[\u2022\u25cf\u25cb]\s*", "", item)


def find_paragraph(paragraphs, first, after=0):
    for i in range(after, len(paragraphs)):
        if paragraphs[i][0] == first:
            return i
    fail("002: paragraph %r not found" % first)


def parse_draft(text):
    paras = clean_002(text)
    flat = " ".join(" ".join(p) for p in paras)

    # §4.3 (the body heading, not the contents line, which carries a page number).
    i = find_paragraph(paras, "4.3. Organisation of the competence framework and map")
    values = " ".join(paras[i + 2])
    if not values.startswith("The values and principles of peer support"):
        fail("002 §4.3: values paragraph not found")
    j = find_paragraph(paras, "The other domains of the framework are:", i)
    bold_paras = clean_002(text, keep_bold=True)
    bullets = [strip_bullet(b) for b in paras[j + 1]]
    bold_bullets = [strip_bullet(b) for b in bold_paras[j + 1]]
    if len(bullets) != 9:
        fail("002 §4.3: expected 9 further domains, found %d" % len(bullets))

    def bold_title(bold):
        phrase = re.search(r"\*\*(.+?)\*\*", bold).group(1)
        return phrase[0].upper() + phrase[1:]

    domains = [{"code": "1", "title": bold_title(bold_paras[i + 2][0]), "description": values}]
    for n, (plain, bold) in enumerate(zip(bullets, bold_bullets), 2):
        domains.append({"code": str(n), "title": bold_title(bold), "description": plain})

    # §5: the four sections, then §5.1-5.4 with their units.
    k = find_paragraph(paras, "The curriculum is divided into four key sections:")
    titles = [re.sub(r"^\d\.\s+", "", t) for t in paras[k + 1]]
    sections = []
    for n, title in enumerate(titles, 1):
        h = find_paragraph(paras, "5.%d. %s" % (n, title), k)
        description = " ".join(paras[h + 1])
        u = find_paragraph(paras, "Section %d units:" % n, h)
        units = []
        for item in paras[u + 1]:
            if item.startswith("\u25cf") and n == 4:
                continue                              # Section 4 group ("domain") heading
            m = re.match(r"^(\d\.\d+) (.+)$", strip_bullet(item))
            if not m:
                fail("002 §5.%d: unexpected unit line %r" % (n, item))
            units.append({"code": "UNIT " + m.group(1), "title": m.group(2), "aims": [],
                          "areas": [], "statements": []})
        sections.append({"code": str(n), "title": title, "description": description,
                         "units": units})
    return domains, sections, flat


# ---------------------------------------------------------------------------------------------
# Packages
# ---------------------------------------------------------------------------------------------

def build_2020_10(seeds):
    map_domains = parse_map(read_seed(seeds, "000"))
    knowledge = parse_knowledge(read_seed(seeds, "004"), map_domains[1])
    sections, body_section_titles, _ = parse_curriculum(read_seed(seeds, "001"))
    draft_text = read_seed(seeds, "002")
    _, _, flat_002 = parse_draft(draft_text)
    text_003 = norm(read_seed(seeds, "003"))

    units = {u["code"]: u for s in sections for u in s["units"]}
    if sorted(units) != sorted(UNIT_AREAS):
        fail("001: units differ from UNIT_AREAS: %s" % sorted(set(units) ^ set(UNIT_AREAS)))

    # Domain 1's area comes from UNIT 1.1.
    map_domains[0]["areas"].append({"code": "1.1", "title": units[DOMAIN_1_AREA_FROM_UNIT]["title"]})

    area_index = {}
    domains = []
    for d in map_domains:
        areas = []
        for a in d["areas"]:
            area = {"code": a["code"], "title": a["title"]}
            k = knowledge.get(a["code"])
            if k and k["description"]:
                area["description"] = k["description"]
            area["statements"] = k["statements"] if k else []
            areas.append(area)
            area_index[a["code"]] = area
        domains.append({"code": d["code"], "title": d["title"], "kind": DOMAIN_KINDS_2020_10[d["code"]],
                        "areas": areas})

    # Curriculum competences of the non-Knowledge units go under the area the unit maps to.
    for code, area_codes in UNIT_AREAS.items():
        for a in area_codes:
            if a not in area_index:
                fail("UNIT_AREAS: %s maps to unknown area %s" % (code, a))
        if area_codes[0] in knowledge:
            continue
        if len(area_codes) != 1:
            fail("UNIT_AREAS: %s spans areas; placement rule undefined" % code)
        target = area_index[area_codes[0]]["statements"]
        if target:
            fail("area %s receives competences twice" % area_codes[0])
        target.extend(units[code]["statements_source"])

    for d in domains:
        for a in d["areas"]:
            number(a["statements"], a["code"])

    out_sections = []
    for s in sections:
        out_units = []
        for u in s["units"]:
            codes = []
            for a in UNIT_AREAS[u["code"]]:
                source = area_index[a]["statements"] if a in knowledge else u["statements_source"]
                codes += [n["code"] for n in walk(source) if n["kind"] == "STATEMENT"]
            out_units.append({"code": u["code"], "title": u["title"], "aims": u["aims"],
                              "areas": UNIT_AREAS[u["code"]], "statements": codes})
        out_sections.append({"code": s["code"], "title": s["title"], "units": out_units})

    for sentence in FRAMEWORK_DESCRIPTION_003:
        if sentence not in text_003:
            fail("003: framework description sentence not found: %r" % sentence[:60])
    roles = []
    for r in ROLE_PROFILES:
        for q in r["quotes"]:
            if q not in flat_002 and not q.startswith("With appropriate training"):
                fail("002: role profile quote not found: %r" % q[:60])
        requirements = []
        for d in domains:
            if d["code"] not in r["domains"]:
                continue
            for a in d["areas"]:
                level = "can-support-others" if a["code"] in r["support_others"] else "competent"
                requirements.append({"area": a["code"], "level": level})
        roles.append({"code": r["code"], "title": r["title"], "description": " ".join(r["quotes"]),
                      "requirements": requirements})
    check_specialist_quote(flat_002)

    return {
        "format": "pswcp-framework-package/1",
        "framework": framework(),
        "version": {
            "code": "2020-10",
            "title": "Published framework (October 2020)",
            "stage": "publication",
            "issued": "2020-10-01",
            "sources": [
                "Competence map (Oct 2020)",
                "Part 2: Full listing of the competences, Knowledge for peer support workers",
                "Part 3: Curriculum (Oct 2020)",
                "Part 1: Supporting document (Feb 2020 consultation draft), role profiles",
            ],
            "supersedes": "2020-02",
        },
        "ratingScale": RATING_SCALE,
        "domains": domains,
        "curriculum": {"sections": out_sections},
        "roleProfiles": roles,
        "lineage": [],
    }


def check_specialist_quote(flat_002):
    """The §2.4 quote joins the source's bullets with '; '; check its parts one by one."""
    quote = ROLE_PROFILES[3]["quotes"][1]
    head, tail = quote.split(" such as: ")
    if head + " such as:" not in flat_002:
        fail("002 §2.4: lead-in not found")
    for part in tail.rstrip(".").split("; "):
        if "\u2022 " + part not in flat_002:
            fail("002 §2.4: bullet not found: %r" % part)


def framework():
    f = dict(FRAMEWORK)
    f["description"] = " ".join(FRAMEWORK_DESCRIPTION_003)
    return f


def build_2020_02(seeds):
    domains, sections, _ = parse_draft(read_seed(seeds, "002"))
    return {
        "format": "pswcp-framework-package/1",
        "framework": framework(),
        "version": {
            "code": "2020-02",
            "title": "Consultation draft (February 2020)",
            "stage": "consultation-draft",
            "issued": "2020-02-01",
            "sources": ["Part 1: Supporting document (Feb 2020 consultation draft), "
                        "sections 4.3 and 5"],
        },
        "ratingScale": RATING_SCALE,
        "domains": [{"code": d["code"], "title": d["title"], "kind": DOMAIN_KINDS_2020_02[d["code"]],
                     "description": d["description"], "areas": []} for d in domains],
        "curriculum": {"sections": sections},
        "roleProfiles": [],
        "lineage": [{"code": c, "becomes": b} for c, b in LINEAGE_2020_02],
    }


def render(package):
    return json.dumps(package, indent=2, ensure_ascii=False) + "\n"


def print_variants(seeds):
    """Where the sources name the same thing differently (the package uses the first column)."""
    map_domains = parse_map(read_seed(seeds, "000"))
    knowledge = parse_knowledge(read_seed(seeds, "004"), map_domains[1])
    sections, body_section_titles, _ = parse_curriculum(read_seed(seeds, "001"))
    print("section | title used (001 outline) | 001 body heading")
    for s in sections:
        if s["title"] != body_section_titles[s["code"]]:
            print("%s | %s | %s" % (s["code"], s["title"], body_section_titles[s["code"]]))
    print("\nunit | title used (001 body) | 001 outline table")
    for s in sections:
        for u in s["units"]:
            if u["title"] != u["outline_title"]:
                print("%s | %s | %s" % (u["code"], u["title"], u["outline_title"]))
    print("\narea | title used (000 map) | 004 heading")
    for a in map_domains[1]["areas"]:
        if a["title"] != knowledge[a["code"]]["source_title"]:
            print("%s | %s | %s" % (a["code"], a["title"], knowledge[a["code"]]["source_title"]))
    print("\nunit | area | unit title (001 body) | area title (000 map)")
    titles = {a["code"]: a["title"] for d in map_domains for a in d["areas"]}
    for s in sections:
        for u in s["units"]:
            for a in UNIT_AREAS[u["code"]]:
                print("%s | %s | %s | %s" % (u["code"], a, u["title"], titles.get(a, "(UNIT 1.1)")))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--seeds", default=DEFAULT_SEEDS)
    p.add_argument("--check", action="store_true", help="compare with the files on disk")
    p.add_argument("--variants", action="store_true",
                   help="print where the sources title the same section, unit or area differently")
    args = p.parse_args()
    if args.variants:
        print_variants(args.seeds)
        return 0
    outputs = {
        "mh-psw-2020-10.json": render(build_2020_10(args.seeds)),
        "mh-psw-2020-02.json": render(build_2020_02(args.seeds)),
    }
    status = 0
    for name, content in outputs.items():
        path = os.path.join(OUT_DIR, name)
        if args.check:
            current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            same = current == content
            print("%s %s" % ("same" if same else "DIFFERS", os.path.relpath(path, REPO)))
            status |= 0 if same else 1
        else:
            os.makedirs(OUT_DIR, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(content)
            print("wrote %s" % os.path.relpath(path, REPO))
    return status


if __name__ == "__main__":
    sys.exit(main())
