"""Every named query against answers a person worked out from the data files.

The goldens (tests/golden) are written and checked by the same code, so they catch a change,
not an error. The cases here were written by reading ``data/*.ttl`` (each cites the file and
the facts it relies on), never by running the query: when a case and the query disagree, one
of them is wrong, and the data file says which.

A case compares one projection of the rows (a tuple of columns, IRIs shortened to what follows
``https://w3id.org/blocgraph/id/``) with either the exact set of tuples (``rows``) or tuples
that must be there (``includes``) and must not (``excludes``), for the large answers.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from blocgraph import queries
from blocgraph.lookups import run_query
from blocgraph.namespaces import ID


@dataclass(frozen=True)
class Case:
    query: str
    params: dict
    columns: tuple[str, ...]
    rows: frozenset | None = None  # the exact answer, projected
    includes: frozenset = frozenset()
    excludes: frozenset = frozenset()
    label: str = ""

    @property
    def id(self) -> str:
        return self.label or f"{self.query}:{'&'.join(f'{k}={v}' for k, v in self.params.items())}"


def _set(*rows) -> frozenset:
    return frozenset(tuple(r) if isinstance(r, tuple) else (r,) for r in rows)


SCO_FOUNDERS = ("CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB")
# data/sco/memberships.ttl: the six founders are members from 2001-06-15; India and Pakistan
# are observers 2005-07-05 .. 2017-06-08 and members from 2017-06-09; Iran observer until
# 2023-07-03, Mongolia observer "2004" .. 2025-08-31, Afghanistan observer from 2012-06-07,
# Belarus dialogue partner 2009-06-16 .. 2015-07-09 then observer; dialogue partners
# Sri Lanka (2009-06-16), Turkey (2012-06-07), Armenia, Azerbaijan, Cambodia, Nepal
# (2015-07-10), all until 2025-08-31.
SCO_2017_06_09 = (
    [(f"state/{s}", "member") for s in (*SCO_FOUNDERS, "IND", "PAK")]
    + [(f"state/{s}", "observer") for s in ("IRN", "MNG", "AFG", "BLR")]
    + [(f"state/{s}", "dialogue-partner") for s in ("LKA", "TUR", "ARM", "AZE", "KHM", "NPL")]
)

CASES = [
    # --- memberships ------------------------------------------------------------------------
    Case(
        "members-on",
        {"bloc": "SCO", "date": "2017-06-09"},
        ("state", "status"),
        rows=_set(*SCO_2017_06_09),
        label="members-on:SCO on the day India and Pakistan joined",
    ),
    Case(
        "members-on",
        {"bloc": "SCO", "date": "2017-06-08", "status": "member"},
        ("state",),
        rows=_set(*(f"state/{s}" for s in SCO_FOUNDERS)),
        label="members-on:SCO members the day before (data/sco/memberships.ttl)",
    ),
    Case(
        "members-on",
        {"bloc": "SCO", "date": "2003-12-31", "status": "observer"},
        ("state",),
        rows=frozenset(),
        label="members-on:no SCO observer before Mongolia's '2004'",
    ),
    Case(
        "bloc-status-counts",
        {"bloc": "SCO", "date": "2020-02-20"},
        ("status", "states"),
        # data/sco/memberships.ttl: as on 2017-06-09 (SCO_2017_06_09), nothing changed until
        # 2023: eight members, four observers, six dialogue partners.
        rows=_set(("member", "8"), ("observer", "4"), ("dialogue-partner", "6")),
    ),
    Case(
        "members-during",
        {"bloc": "SCO", "from": "2017-01-01", "until": "2017-12-31"},
        ("state", "status"),
        # data/sco/memberships.ttl: everyone of 2017-06-09, plus India's and Pakistan's
        # observer memberships, which ended 2017-06-08 inside the year.
        rows=_set(*SCO_2017_06_09, ("state/IND", "observer"), ("state/PAK", "observer")),
    ),
    Case(
        "members-during",
        {"bloc": "SCO", "from": "2004-12-31", "until": "2005-07-04"},
        ("state", "status"),
        # data/sco/memberships.ttl: Mongolia's "2004" covers 2004-12-31; India, Pakistan and
        # Iran become observers only on 2005-07-05.
        rows=_set(*((f"state/{s}", "member") for s in SCO_FOUNDERS), ("state/MNG", "observer")),
        label="members-during:SCO up to the day before the 2005 observers",
    ),
    Case(
        "state-memberships",
        {"state": "BLR"},
        ("bloc", "status", "start", "end"),
        # data/sco/memberships.ttl: Belarus in the SCO, three statuses.
        includes=_set(
            ("bloc/SCO", "dialogue-partner", "2009-06-16", "2015-07-09"),
            ("bloc/SCO", "observer", "2015-07-10", "2024-07-03"),
            ("bloc/SCO", "member", "2024-07-04", None),
        ),
    ),
    Case(
        "state-memberships",
        {"state": "IND", "date": "2017-06-08"},
        ("bloc", "status"),
        includes=_set(("bloc/SCO", "observer")),
        excludes=_set(("bloc/SCO", "member")),
        label="state-memberships:India in the SCO the day before it joined",
    ),
    Case(
        "joint-memberships",
        {"state_a": "IND", "state_b": "PAK", "date": "2020-02-20"},
        ("bloc_id",),
        # data/sco/memberships.ttl (both members from 2017-06-09) and data/blocs/SAARC.ttl
        # (both founders, 1985); India is in the G20 (data/blocs/G20.ttl), Pakistan is not.
        includes=_set("SCO", "SAARC"),
        excludes=_set("G20", "BRICS"),
    ),
    # --- blocs --------------------------------------------------------------------------------
    Case(
        "blocs",
        {},
        ("bloc", "bloc_id", "label", "founded", "dissolved"),
        # data/sco/bloc.ttl and data/blocs/ShanghaiFive.ttl (1996-04-26 .. 2001-06-15).
        includes=_set(
            ("bloc/SCO", "SCO", "Shanghai Cooperation Organisation", "2001-06-15", None),
            ("bloc/ShanghaiFive", "ShanghaiFive", "Shanghai Five", "1996-04-26", "2001-06-15"),
        ),
    ),
    Case(
        "bloc-names",
        {},
        ("bloc", "name"),
        # data/sco/bloc.ttl: shortName, label and two altLabels.
        includes=_set(
            ("bloc/SCO", "SCO"),
            ("bloc/SCO", "Shanghai Cooperation Organisation"),
            ("bloc/SCO", "Shanghai Cooperation Organization"),
        ),
        excludes=_set(("bloc/SCO", "Shanghai Five")),
    ),
    Case(
        "bloc-lineage",
        {"bloc": "SCO"},
        ("bloc_id", "role", "other_id", "other_founded", "other_dissolved"),
        # data/blocs/ShanghaiFive.ttl: bg:replacedBy <bloc/SCO>; the SCO has no successor.
        rows=_set(("SCO", "predecessor", "ShanghaiFive", "1996-04-26", "2001-06-15")),
    ),
    Case(
        "bloc-bodies",
        {"bloc": "SCO"},
        ("body", "feeds_into"),
        # data/sco/bloc.ttl: eight bodies; only the expert working group feeds into another.
        rows=_set(
            ("body/SCO/council-of-heads-of-state", None),
            ("body/SCO/council-of-heads-of-government", None),
            ("body/SCO/council-of-foreign-ministers", None),
            ("body/SCO/defence-ministers-meeting", None),
            (
                "body/SCO/defence-security-expert-working-group",
                "body/SCO/defence-ministers-meeting",
            ),
            ("body/SCO/military-medicine-conference", None),
            ("body/SCO/secretariat", None),
            ("body/SCO/rats", None),
        ),
    ),
    Case(
        "bloc-series",
        {"bloc": "SCO"},
        ("series", "meetings", "first", "last"),
        # data/meetings/SCO/*.ttl (24 heads-of-state meetings 2001..2026 without 2019-2020,
        # 22 heads-of-government 2001-09-13..2025-11-17, 22 foreign-ministers 2002-01-07..
        # 2025-07-15, 18 defence ministers' 2002-05-14..2026) and data/sco/meetings-2019-2020.ttl
        # (2019 and 2020 of each), data/sco/seed-report-2020-02.ttl (the EWG, the military
        # medicine conference). First and last are the first days the dates cover: chs-2026 was
        # held on 2026-09-01 (Bishkek); dmm-2026 is dated "2026".
        rows=_set(
            ("series/SCO/council-of-heads-of-state", "26", "2001-06-15", "2026-09-01"),
            ("series/SCO/council-of-heads-of-government", "24", "2001-09-13", "2025-11-17"),
            ("series/SCO/council-of-foreign-ministers", "24", "2002-01-07", "2025-07-15"),
            ("series/SCO/defence-ministers-meeting", "20", "2002-05-14", "2026-01-01"),
            ("series/SCO/defence-security-expert-working-group", "1", "2020-02-19", "2020-02-19"),
            ("series/SCO/military-medicine-conference", "1", "2019-09-12", "2019-09-12"),
        ),
    ),
    Case(
        "bloc-sources",
        {"bloc": "SCO"},
        ("source",),
        # data/sco/memberships.ttl cites TASS on India's and Pakistan's accession;
        # data/sco/seed-report-2020-02.ttl the seed report and Dawn on the EWG.
        includes=_set(
            "source/tass-2017-06-09-india-pakistan-join-sco",
            "source/seed-report-2020-02",
            "source/dawn-2020-02-21-ewg",
        ),
    ),
    # --- meetings -----------------------------------------------------------------------------
    Case(
        "meetings",
        {"bloc": "SCO", "year": "2020"},
        ("meeting", "host_state", "start"),
        # data/sco/meetings-2019-2020.ttl and data/sco/seed-report-2020-02.ttl.
        rows=_set(
            ("meeting/SCO/dsewg-9", "state/PAK", "2020-02-19"),
            ("meeting/SCO/dmm-2020", "state/RUS", "2020-09-04"),
            ("meeting/SCO/cfm-2020", "state/RUS", "2020-09-09"),
            ("meeting/SCO/chs-2020", "state/RUS", "2020-11-10"),
            ("meeting/SCO/chg-2020", "state/IND", "2020-11-30"),
        ),
    ),
    Case(
        "meetings-hosted-by",
        {"host": "Pakistan"},
        ("meeting",),
        # bg:host <state/PAK> in data/: three SAARC summits (data/meetings/SAARC/summit.ttl),
        # the SAARC cabinet secretaries' 3rd meeting (Islamabad 2015), the SCO heads of
        # government 2024 (data/meetings/SCO/...government.ttl), the EWG.
        rows=_set(
            "meeting/SAARC/cabinet-secretaries-meeting-3",
            "meeting/SAARC/summit-4",
            "meeting/SAARC/summit-12",
            "meeting/SAARC/summit-19",
            "meeting/SCO/chg-2024",
            "meeting/SCO/dsewg-9",
        ),
    ),
    Case(
        "meeting-ids",
        {},
        ("meeting",),
        includes=_set("meeting/SCO/dsewg-9", "meeting/SCO/chs-2001", "meeting/SAARC/summit-19"),
        excludes=_set("body/SCO/council-of-heads-of-state"),
    ),
    Case(
        "meeting-details",
        {"meeting": "SCO/dsewg-9"},
        ("ordinal", "host_state", "place", "start", "end", "plan", "topic"),
        # data/sco/seed-report-2020-02.ttl: one row per topic (its notation); the place by
        # its label (<place/islamabad>).
        rows=_set(
            *(
                (
                    "9",
                    "state/PAK",
                    "Islamabad",
                    "2020-02-19",
                    "2020-02-20",
                    "plan/SCO/defence-security-cooperation-plan-2020",
                    t,
                )
                for t in (
                    "cooperation",
                    "regional-security",
                    "joint-training",
                    "military-exercises",
                )
            )
        ),
    ),
    Case(
        "meeting-participants",
        {"meeting": "SCO/dsewg-9"},
        ("state", "capacity", "attendance"),
        # data/sco/seed-report-2020-02.ttl: Pakistan hosted, six founders and India as members,
        # Belarus as observer, all attended.
        rows=_set(
            ("state/PAK", "host", "attended"),
            *((f"state/{s}", "member", "attended") for s in SCO_FOUNDERS),
            ("state/IND", "member", "attended"),
            ("state/BLR", "observer", "attended"),
        ),
    ),
    Case(
        "meeting-participants",
        {"meeting": "NATO/summit-2019-12-03"},
        ("state", "capacity", "basis"),
        # data/meetings/NATO/summit.ttl: "the leaders of the 29 member states met in the United
        # Kingdom" is every member that day, collective; the UK, the host, is named by it.
        includes=_set(
            ("state/GBR", "host", "named"),
            ("state/ITA", "member", "collective"),
            ("state/POL", "member", "collective"),
        ),
        excludes=_set(("state/GBR", "host", "collective"), ("state/ITA", "member", "named")),
    ),
    Case(
        "meeting-invitations",
        {"meeting": "SCO/chg-2020"},
        ("state",),
        # data/sco/seed-report-2020-02.ttl: India invites the seven other member states and
        # the four observers.
        rows=_set(
            *(
                f"state/{s}"
                for s in (*SCO_FOUNDERS, "PAK", "AFG", "BLR", "IRN", "MNG")  # not IND, the host
            )
        ),
    ),
    Case(
        "meeting-sources",
        {"meeting": "SCO/dsewg-9"},
        ("fact",),
        # data/sco/seed-report-2020-02.ttl: the meeting and its nine participations.
        rows=_set(
            "meeting/SCO/dsewg-9",
            *(f"participation/SCO/dsewg-9/{s}" for s in ("PAK", *SCO_FOUNDERS, "IND", "BLR")),
        ),
    ),
    Case(
        "observers-attended",
        {"bloc": "SCO", "year": "2020"},
        ("meeting", "state"),
        # data/sco/meetings-2019-2020.ttl: AFG, BLR, IRN, MNG attended both 2020 councils as
        # observers; data/sco/seed-report-2020-02.ttl: Belarus at the EWG. Turkmenistan at
        # chg-2020 was a guest, not an observer.
        rows=_set(
            *(
                (f"meeting/SCO/{m}", f"state/{s}")
                for m in ("chs-2020", "chg-2020")
                for s in ("AFG", "BLR", "IRN", "MNG")
            ),
            ("meeting/SCO/dsewg-9", "state/BLR"),
        ),
    ),
    Case(
        "absences",
        {"bloc": "SCO", "year": "2019"},
        ("state", "meeting"),
        # data/sco/seed-report-2020-02.ttl: Pakistan skipped the New Delhi conference.
        rows=_set(("state/PAK", "meeting/SCO/military-medicine-conference-2019")),
    ),
    Case(
        "state-meetings",
        {"state": "Belarus", "bloc": "SCO"},
        ("meeting", "capacity", "attendance"),
        # data/sco/meetings-2019-2020.ttl and data/sco/seed-report-2020-02.ttl.
        includes=_set(
            ("meeting/SCO/dsewg-9", "observer", "attended"),
            ("meeting/SCO/dmm-2019", "guest", "attended"),
            ("meeting/SCO/chs-2020", "observer", "attended"),
            ("meeting/SCO/chg-2020", "observer", "attended"),
        ),
    ),
    Case(
        "record-counts",
        {},
        (
            "bloc_id",
            "meetings",
            "participations",
            "attended",
            "absent",
            "invited",
            "non_member",
            "collective",
        ),
        # data/meetings/ShanghaiFive/summit.ttl: 6 summits, 32 participations, all attended,
        # one of them (capacity guest) by a state that was not a member; four rest on "the heads
        # of state of the five countries met in Moscow" (1997: all but Russia, the host).
        includes=_set(("ShanghaiFive", "6", "32", "32", "0", "0", "1", "4")),
    ),
    # --- states and vocabularies ---------------------------------------------------------------
    Case(
        "states",
        {},
        ("state", "label", "iso2", "iso3", "cow_code"),
        # data/states.ttl (codes, label) and the COW import (ccode 750).
        includes=_set(("state/IND", "India", "IN", "IND", "750")),
    ),
    Case(
        "state-names",
        {},
        ("state", "name"),
        # data/states.ttl; data/names/historical-names.ttl: the Soviet Union for RUS.
        includes=_set(
            ("state/IND", "IN"),
            ("state/IND", "IND"),
            ("state/IND", "India"),
            ("state/IND", "Republic of India"),
            ("state/RUS", "Soviet Union"),
        ),
    ),
    Case(
        "vocabulary",
        {"scheme": "membership-status"},
        ("notation",),
        # ontology/vocabularies.ttl: the nine concepts of scheme:membership-status.
        rows=_set(
            "member",
            "observer",
            "dialogue-partner",
            "associate-member",
            "partner-country",
            "partner",
            "applicant",
            "suspended",
            "unknown",
        ),
    ),
    # --- added with the API, the extractor and serve ---------------------------------------
    Case(
        "compare-blocs",
        {"bloc_a": "BRICS", "bloc_b": "SCO", "date": "2025-01-06"},
        ("state", "side", "status"),
        # data/blocs/BRICS.ttl: Indonesia a member from 2025-01-06 (a partner country from
        # 2025-01-01), Egypt a member from 2024-01-01; data/sco/memberships.ttl: India a member
        # from 2017-06-09, Belarus from 2024-07-04; Egypt an SCO dialogue partner from 2022.
        includes=_set(
            ("state/IDN", "first", "member"),
            ("state/EGY", "first", "member"),
            ("state/IND", "first", "member"),
            ("state/IND", "second", "member"),
            ("state/BLR", "second", "member"),
        ),
        excludes=_set(("state/IDN", "first", "partner-country"), ("state/BLR", "first", "member")),
        label="compare-blocs:BRICS and SCO on the day Indonesia joined BRICS",
    ),
    Case(
        "fact-citations",
        {"fact": ID + "membership/SCO/IND/member/2017-06-09"},
        ("source", "quote"),
        # data/sco/memberships.ttl (TASS, 9 June 2017) and data/sco/seed-report-2020-02.ttl
        # (the seed report) each cite India's SCO membership with one quote.
        rows=_set(
            (
                "source/tass-2017-06-09-india-pakistan-join-sco",
                "ASTANA, June 9. /TASS/. Leaders of the Shanghai Cooperation Organization have "
                "signed the Astana Declaration, the Convention on Combating Extremism and a "
                "statement on fight against terrorism, and also confirmed membership of India "
                "and Pakistan in the group.",
            ),
            (
                "source/seed-report-2020-02",
                "Since becoming members of SCO in 2017, Indian and Pakistani military personnel "
                "have participated together in military exercises in Russia.",
            ),
        ),
        label="fact-citations:India's SCO membership, one quote per source",
    ),
    Case(
        "bodies",
        {},
        ("body", "bloc", "name", "kind"),
        # data/sco/bloc.ttl: the Council of Heads of State, label and two other names.
        includes=_set(
            (
                "body/SCO/council-of-heads-of-state",
                "bloc/SCO",
                "SCO Council of Heads of State",
                "label",
            ),
            ("body/SCO/council-of-heads-of-state", "bloc/SCO", "CHS", "other"),
            ("body/SCO/council-of-heads-of-state", "bloc/SCO", "SCO summit", "other"),
        ),
    ),
    Case(
        "meeting-index",
        {"bloc": "SCO"},
        ("meeting", "body", "ordinal", "start", "end", "host"),
        # data/sco/seed-report-2020-02.ttl: the 9th EWG meeting, Pakistan, 19-20 February 2020.
        includes=_set(
            (
                "meeting/SCO/dsewg-9",
                "body/SCO/defence-security-expert-working-group",
                "9",
                "2020-02-19",
                "2020-02-20",
                "state/PAK",
            )
        ),
        excludes=_set(("meeting/BRICS/summit-15", None, None, None, None, None)),
    ),
    Case(
        "places",
        {},
        ("place", "name", "state"),
        # data/sco/seed-report-2020-02.ttl: Islamabad in Pakistan, New Delhi in India.
        includes=_set(
            ("place/islamabad", "Islamabad", "state/PAK"),
            ("place/new-delhi", "New Delhi", "state/IND"),
        ),
        excludes=_set(("place/islamabad", "Islamabad", "state/IND")),
    ),
    Case(
        "resource",
        {"iri": ID + "body/SCO/council-of-heads-of-state"},
        ("direction", "property", "value"),
        # data/sco/bloc.ttl: the body is a unit of the SCO; its series is a series of it.
        includes=_set(
            ("out", "http://www.w3.org/ns/org#unitOf", "bloc/SCO"),
            (
                "in",
                "https://w3id.org/blocgraph/ontology#seriesOf",
                "series/SCO/council-of-heads-of-state",
            ),
        ),
    ),
]


def _short(value) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text.removeprefix(ID)


def _project(rows, columns) -> set[tuple]:
    return {tuple(_short(r.get(c)) for c in columns) for r in rows}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_query_gives_the_answer_read_from_the_data(case, store):
    result = run_query(store, case.query, case.params)
    missing_columns = [c for c in case.columns if c not in result.columns]
    assert not missing_columns, f"{case.query} has no column(s) {missing_columns}"
    got = _project(result.rows, case.columns)
    if case.rows is not None:
        assert got == set(case.rows), (
            f"missing: {sorted(case.rows - got, key=str)}\n"
            f"unexpected: {sorted(got - case.rows, key=str)}"
        )
    assert case.includes <= got, f"missing: {sorted(case.includes - got, key=str)}"
    assert not (case.excludes & got), f"unexpected: {sorted(case.excludes & got, key=str)}"
    assert case.rows is not None or case.includes, "a case must expect something"


def test_every_named_query_has_a_case():
    assert set(queries.library()) == {c.query for c in CASES}


@pytest.mark.parametrize("name", sorted(queries.library()))
def test_the_header_example_is_a_checked_case(name):
    """The `blocgraph query NAME --param ...` example a user runs first gives an answer that
    a case above checks (test_queries.test_example_runs only runs it)."""
    query = queries.library()[name]
    example = next(e for e in query.examples if f"query {name}" in e)
    params = dict(w.split("=", 1) for w in example.split() if "=" in w)
    assert any(c.query == name and c.params == params for c in CASES), example
