"""Proposals as a Turtle draft in the ontology, for a person to review and ``blocgraph accept``.

The report is a ``bg:Source``; every fact names it (``prov:wasDerivedFrom``) and carries its
verbatim quote (``bg:quote``). IRIs follow data/README.md; a meeting already recorded keeps its
IRI, and its participations and invitations the pattern the record uses
(``<participation/BLOC/MEETING/ISO3>``), so that accept can tell what is already there.
"""

from __future__ import annotations

import hashlib
import re

from ..namespaces import ID
from ..terms import Literal
from .proposals import Extraction, Meeting, Participant

PREFIXES = """@base    <https://w3id.org/blocgraph/id/> .
@prefix bg:      <https://w3id.org/blocgraph/ontology#> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix schema:  <https://schema.org/> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix capacity: <https://w3id.org/blocgraph/id/capacity/> .
@prefix attendance: <https://w3id.org/blocgraph/id/attendance/> .
@prefix basis:   <https://w3id.org/blocgraph/id/participation-basis/> .
@prefix mstatus: <https://w3id.org/blocgraph/id/meeting-status/> .
@prefix kind:    <https://w3id.org/blocgraph/id/source-kind/> .
"""


def _lit(value: str) -> str:
    return Literal(value).n3()


def _date_lit(value: object) -> str:
    text = str(value)
    kind = {4: "gYear", 7: "gYearMonth"}.get(len(text), "date")
    return f'"{text}"^^xsd:{kind}'


def _rel(iri: str) -> str:
    return "<" + (iri[len(ID) :] if iri.startswith(ID) else iri) + ">"


def source_iri(result: Extraction) -> str:
    digest = hashlib.blake2b(result.text.encode("utf-8"), digest_size=4).hexdigest()
    when = str(result.published) if result.published else "undated"
    return f"source/report-{when}-{digest}"


def meeting_slug(m: Meeting) -> str:
    if m.existing is not None:
        return m.existing.iri.rsplit("/", 1)[-1]
    base = m.body.iri.rsplit("/", 1)[-1] if m.body else "meeting"
    if m.start is not None:
        return f"{base}-{m.start.year}"
    if m.ordinal is not None:
        return f"{base}-{m.ordinal}"
    return f"{base}-undated"


def meeting_iri(m: Meeting) -> str:
    if m.existing is not None:
        return m.existing.iri
    return f"{ID}meeting/{m.bloc}/{meeting_slug(m)}"


def participation_basis(m: Meeting, p: Participant) -> str:
    """``collective`` for a participant expanded from a collective mention ("all SCO member
    states": the members that day), ``named`` for the others (data/README.md, bg:basis). The
    extractor's ``inferred`` also marks a host found from the city named ("held in Muenster"):
    the model counts a place in the host as naming it, so that one is named."""
    if p.inferred and not (m.host_from_city and p.state == m.host):
        return "collective"
    return "named"


def draft_turtle(result: Extraction, source: dict | None = None) -> str:
    source = source or {}
    src = source_iri(result)
    first_line = next((line.strip() for line in result.text.splitlines() if line.strip()), "")
    title = source.get("title") or f"Report: {first_line[:80]}"
    lines = [
        "# Draft proposed by `blocgraph extract`: review every fact against its quote, fix or",
        "# delete what is wrong, then `blocgraph accept` this file.",
        PREFIXES,
        f"<{src}> a bg:Source ;",
        f"    dcterms:title {_lit(title)} ;",
    ]
    if source.get("publisher"):
        lines.append(f"    dcterms:publisher {_lit(source['publisher'])} ;")
    if source.get("url"):
        lines.append(f'    schema:url "{source["url"]}"^^xsd:anyURI ;')
    if result.published is not None:
        lines.append(f"    dcterms:date {_date_lit(result.published)} ;")
    lines.append("    bg:sourceKind kind:news-report .")
    prov = f"prov:wasDerivedFrom <{src}>"
    for m in result.meetings:
        iri = _rel(meeting_iri(m))
        slug = meeting_slug(m)
        lines.append("")
        lines.append(f"# --- {m.label}" + (" (already recorded)" if m.existing else ""))
        for conflict in m.conflicts:
            lines.append(f"# CONFLICT: {conflict}")
        facts = [f"{iri} a bg:Meeting"]
        if m.existing is None:  # a recorded meeting keeps its own name
            facts.append(f"    rdfs:label {_lit(m.label)}@en")
        if m.body is not None:
            facts.append(f"    bg:body {_rel(m.body.iri)}")
            series = m.series or m.body.series
            if series:
                facts.append(f"    bg:series {_rel(series)}")
        else:
            lines.append("# TO FILL IN: bg:body (the text names no body the knowledge base knows)")
        if m.ordinal:
            facts.append(f"    bg:ordinal {m.ordinal}")
        if m.host:
            facts.append(f"    bg:host <state/{m.host}>")
        if m.start is not None:
            facts.append(f"    schema:startDate {_date_lit(m.start)}")
            if m.end is not None:
                facts.append(f"    schema:endDate {_date_lit(m.end)}")
        else:
            lines.append("# TO FILL IN: schema:startDate (the text does not pin the date down)")
        status = (
            "planned"
            if m.future and not any(p.attendance != "invited" for p in m.participants.values())
            else "held"
        )
        if m.existing is None:
            facts.append(f"    bg:meetingStatus mstatus:{status}")
        quotes = [q for q in dict.fromkeys([m.quote, m.date_quote, m.host_quote]) if q]
        facts.append(f"    {prov}")
        facts.append("    bg:quote " + ",\n        ".join(_lit(q) for q in quotes))
        lines.append(" ;\n".join(facts) + " .")
        for p in m.participants.values():
            lines.append("")
            notes = ["capacity from the knowledge base" if p.source == "kb" else ""]
            notes += [f"CONFLICT: {c}" for c in p.conflicts]
            if participation_basis(m, p) == "collective":
                notes.append("inferred from a collective mention")
            elif p.inferred:
                notes.append("the host, from the place named")
            for note in filter(None, notes):
                lines.append(f"# {note}")
            body = [
                f"<participation/{m.bloc}/{slug}/{p.state}> a bg:Participation",
                f"    bg:meeting {iri}",
                f"    bg:participant <state/{p.state}>",
            ]
            if p.capacity:
                body.append(f"    bg:capacity capacity:{p.capacity}")
            else:
                lines.append("# TO FILL IN: bg:capacity")
            body += [
                f"    bg:attendance attendance:{p.attendance}",
                f"    bg:basis basis:{participation_basis(m, p)}",
                f"    {prov}",
                f"    bg:quote {_lit(p.quote)}",
            ]
            lines.append(" ;\n".join(body) + " .")
        for inv in m.invitations.values():
            lines.append("")
            body = [
                f"<invitation/{m.bloc}/{slug}/{inv.state}> a bg:Invitation",
                f"    bg:meeting {iri}",
                f"    bg:invitee <state/{inv.state}>",
                f"    {prov}",
                f"    bg:quote {_lit(inv.quote)}",
            ]
            lines.append(" ;\n".join(body) + " .")
    for warning in result.warnings:
        lines.append("# WARNING: " + re.sub(r"\s+", " ", warning))
    return "\n".join(lines) + "\n"
