"""``blocgraph accept``: merge a reviewed draft into the data, only what is new, only if the
result validates, never half a file.

The draft is read as the user left it (a deleted participation is not merged, a fixed
capacity is merged fixed). For each subject of the draft:

* its facts (every triple but its provenance, ``prov:wasDerivedFrom`` and ``bg:quote``) that
  the knowledge base (or the target file) already holds are "already recorded";
* a fact of a single-valued property (a meeting's host, dates, body; a participation's
  capacity, attendance, basis) that the record holds with another value is not merged: the record's
  value is kept and the difference reported, for a person to settle;
* the other facts are added, with the subject's provenance from the draft (and the draft's
  source, once), appended to the target file.

The merged file is validated with the project's shapes (blocgraph.validate, the shipped data
beside it) before it replaces the target (written to a temporary file and renamed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..errors import InputError
from ..namespaces import BG, ID, PREFIXES, PROV, RDF, RDFS, SCHEMA

if TYPE_CHECKING:
    from ..store_protocol import Store

PROVENANCE = {PROV + "wasDerivedFrom", BG + "quote"}
SINGLE_VALUED = {
    RDFS + "label",
    BG + "body",
    BG + "series",
    BG + "ordinal",
    BG + "host",
    SCHEMA + "startDate",
    SCHEMA + "endDate",
    SCHEMA + "location",
    BG + "meetingStatus",
    BG + "format",
    BG + "meeting",
    BG + "participant",
    BG + "invitee",
    BG + "capacity",
    BG + "attendance",
    BG + "basis",
}
_TYPE = RDF + "type"
_DATES = {SCHEMA + "startDate", SCHEMA + "endDate"}


def _lexical(n3: str) -> str:
    return n3[1:].split('"', 1)[0] if n3.startswith('"') else n3


@dataclass
class Merge:
    target: Path
    added: dict[str, int] = field(default_factory=dict)  # subject -> facts added
    recorded: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # the record's value kept over the draft's
    triples_added: int = 0

    def lines(self) -> list[str]:
        out = [f"added {_short(s)} ({n} facts)" for s, n in self.added.items()]
        out += [f"already recorded {_short(s)}" for s in self.recorded]
        out += [f"kept the record's value: {k}" for k in self.kept]
        if not self.added:
            out.append(f"nothing new: {self.target} left as it was")
        else:
            out.append(f"wrote {self.triples_added} triples to {self.target}")
        return out


def _short(iri: str) -> str:
    return iri[len(ID) :] if iri.startswith(ID) else iri


def default_target(bloc: str) -> Path:
    return paths.data_dir() / "meetings" / bloc / "extracted.ttl"


def _parse(path: Path, data: bytes | None = None) -> list:
    import pyoxigraph

    try:
        if data is None:
            data = path.read_bytes()
        return list(
            pyoxigraph.parse(
                data, format=pyoxigraph.RdfFormat.TURTLE, base_iri=path.resolve().as_uri()
            )
        )
    except OSError as err:
        from ..files import os_error_message

        raise InputError(os_error_message(err, path, "read")) from None
    except SyntaxError as err:
        message = " ".join(str(err).split())
        raise InputError(f"{path}: not valid Turtle: {message[:300]}") from None


def _value(term: object) -> str:
    return term.value if hasattr(term, "value") else str(term)


def _known(store: Store, triples: list) -> tuple[set, dict]:
    """Which of ``triples`` the store holds, and the store's values of the single-valued
    properties of their subjects. One query, the terms written by pyoxigraph's serialiser
    (escaped RDF terms, never raw text)."""
    if not triples:
        return set(), {}
    rows = " ".join(f"({t.subject} {t.predicate} {t.object})" for t in triples)
    _cols, found = store.select(
        f"SELECT ?s ?p ?o WHERE {{ VALUES (?s ?p ?o) {{ {rows} }} ?s ?p ?o }}"
    )
    known = {(r["s"].n3(), r["p"].n3(), r["o"].n3()) for r in found}  # type: ignore[union-attr]
    subjects = " ".join(sorted({str(t.subject) for t in triples}))
    singles = " ".join(f"<{p}>" for p in sorted(SINGLE_VALUED))
    _cols, values = store.select(
        f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {subjects} }} VALUES ?p {{ {singles} }} ?s ?p ?o }}"
    )
    recorded: dict = {}
    for r in values:
        recorded.setdefault((r["s"].n3(), r["p"].n3()), set()).add(r["o"].n3())  # type: ignore[union-attr]
    return known, recorded


def accept(
    draft: Path, into: Path | None = None, store: Store | None = None, check: bool = True
) -> Merge:
    """Merge ``draft`` into ``into`` (default: data/meetings/<BLOC>/extracted.ttl)."""
    import pyoxigraph

    triples = _parse(draft)
    if not triples:
        raise InputError(f"{draft}: no triples; nothing to accept")
    for t in triples:
        if isinstance(t.subject, pyoxigraph.BlankNode) or isinstance(
            t.object, pyoxigraph.BlankNode
        ):
            raise InputError(f"{draft}: blank nodes are not accepted; give every node an IRI")
    if into is None:
        blocs = {
            _value(t.subject)[len(ID + "meeting/") :].split("/")[0]
            for t in triples
            if _value(t.subject).startswith(ID + "meeting/")
        }
        if len(blocs) != 1:
            raise InputError(
                f"{draft}: meetings of {len(blocs)} blocs ({', '.join(sorted(blocs)) or 'none'}); "
                "give --into FILE"
            )
        into = default_target(blocs.pop())
    if store is None:
        from ..store import open_embedded

        store = open_embedded()
    known_rows, recorded = _known(store, triples)
    in_data = _under(into, paths.data_dir())
    existing_text = b""
    if into.exists():
        existing_text = into.read_bytes()
        if not in_data:  # a file of the user's own: what it holds counts as recorded too
            for t in _parse(into, existing_text):
                known_rows.add((str(t.subject), str(t.predicate), str(t.object)))
                if _value(t.predicate) in SINGLE_VALUED:
                    recorded.setdefault((str(t.subject), str(t.predicate)), set()).add(
                        str(t.object)
                    )

    merge = Merge(into)
    by_subject: dict[str, list] = {}
    for t in triples:
        by_subject.setdefault(str(t.subject), []).append(t)
    sources = {
        str(t.subject)
        for t in triples
        if _value(t.predicate) == _TYPE and _value(t.object) == BG + "Source"
    }
    to_add: list = []
    cited: set[str] = set()
    for subject, own in by_subject.items():
        if subject in sources:
            continue
        facts = [t for t in own if _value(t.predicate) not in PROVENANCE]
        new = []
        for t in facts:
            row = (str(t.subject), str(t.predicate), str(t.object))
            if row in known_rows:
                continue
            held = recorded.get((row[0], row[1]))
            if _value(t.predicate) in SINGLE_VALUED and held:
                if _value(t.predicate) in _DATES and any(
                    _lexical(h).startswith(_value(t.object)) for h in held
                ):
                    continue  # the draft's month or year of the record's day: they agree
                merge.kept.append(
                    f"{_short(_value(t.subject))} {_short_predicate(_value(t.predicate))}: "
                    f"record {', '.join(sorted(_shown(h) for h in held))}, draft {_shown(row[2])}"
                )
                continue
            new.append(t)
        if not new:
            merge.recorded.append(_value(own[0].subject))
            continue
        provenance = [
            t
            for t in own
            if _value(t.predicate) in PROVENANCE
            and (str(t.subject), str(t.predicate), str(t.object)) not in known_rows
        ]
        cited |= {
            str(t.object) for t in provenance if _value(t.predicate) == PROV + "wasDerivedFrom"
        }
        to_add += new + provenance
        merge.added[_value(own[0].subject)] = len(new)
    for source in sorted(sources & cited):
        to_add = [
            t
            for t in by_subject[source]
            if (str(t.subject), str(t.predicate), str(t.object)) not in known_rows
        ] + to_add
    if not to_add:
        return merge
    block = _turtle(to_add, draft)
    merged = (
        existing_text
        + (b"\n" if existing_text and not existing_text.endswith(b"\n") else b"")
        + block
    )
    if not existing_text:
        merged = _HEADER + merged
    if check:
        _validate(merged, into, in_data)
    from ..files import atomic_output

    if in_data:  # a new bloc folder of the data: made here, as the default target needs it
        into.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(into, "--into") as stream:
        stream.write(merged)
    merge.triples_added = len(to_add)
    return merge


_HEADER = (
    b"# Facts accepted from reviewed drafts of `blocgraph extract`, each with its source and "
    b"quote.\n"
)


def _shown(term: str) -> str:
    return _short(term.strip("<>")) if term.startswith("<") else term


def _short_predicate(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _under(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def _turtle(triples: list, draft: Path) -> bytes:
    import pyoxigraph

    prefixes = {p: ns for p, ns in PREFIXES.items()}
    prefixes.update(
        {
            "capacity": ID + "capacity/",
            "attendance": ID + "attendance/",
            "basis": ID + "participation-basis/",
            "mstatus": ID + "meeting-status/",
            "kind": ID + "source-kind/",
        }
    )
    body = pyoxigraph.serialize(
        triples, format=pyoxigraph.RdfFormat.TURTLE, prefixes=prefixes, base_iri=ID
    )
    return f"\n# --- accepted from {draft.name}\n".encode() + body  # type: ignore[operator]


def _validate(merged: bytes, into: Path, in_data: bool) -> None:
    """The shipped data with the merged file in place of the target must conform."""
    import tempfile

    from ..validate import memory_store, validate_store

    with tempfile.TemporaryDirectory(prefix="blocgraph-accept-") as folder:
        candidate = Path(folder) / into.name
        candidate.write_bytes(merged)
        data = [p for p in paths.data_files() if not (in_data and p.resolve() == into.resolve())]
        files = data + [candidate]
        report = validate_store(memory_store(files), files)
    if not report.conforms:
        errors = [v for v in report.violations if v.severity == "Violation"]
        first = errors[0] if errors else None
        detail = f": {_short(first.focus)}: {first.message}" if first else ""
        raise InputError(
            f"the merged {into} would not validate ({len(errors)} violations){detail}; "
            "nothing written"
        )
