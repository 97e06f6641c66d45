"""SHACL validation of the shipped data or of a user's files.

The data graph is the ontology and vocabularies, the reference states, the files to check and
the dates derived from them (``derive``), so that the shapes' date comparisons see what every
store sees.

Two engines give the same results (a test checks it on every shape fixture):

* ``fast`` (the default): the shapes compiled into one SPARQL query per constraint
  (``shacl_sparql``), evaluated by Oxigraph: on the embedded store for the shipped data, on an
  in-memory store for a user's files.
* ``pyshacl``: the reference implementation, over an rdflib graph; minutes to hours on the
  whole knowledge base, fine for a few files.

Results of severity ``sh:Warning`` or ``sh:Info`` are reported but do not make the data
non-conforming (exit status 0).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths
from .errors import InputError
from .namespaces import SH

if TYPE_CHECKING:
    from collections.abc import Iterator

    import pyoxigraph
    import rdflib

    from .shacl_sparql import Validator


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    shape: str
    source_shapes: tuple[str, ...]  # the shape that failed and the node shape holding it
    severity: str
    message: str
    value: str | None = None

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return f"[{self.severity}] {self.focus}{where}: {self.message}  <{self.shape}>"


@dataclass
class Report:
    conforms: bool
    violations: list[Violation]
    graph: Any  # the report graph: rdflib's (pyshacl) or a shacl_sparql.ReportGraph
    checked_files: list[Path]
    triples: int
    # Given files only: their own triples (the rest is the ontology and reference data), and
    # the ones that hold none (an empty file conforms vacuously: worth a warning).
    user_triples: int | None = None
    empty_files: tuple[Path, ...] = ()

    def as_text(self) -> str:
        warnings = [f"Warning: {path} holds no triples" for path in self.empty_files]
        if self.conforms and not self.violations:
            if self.user_triples is None:
                counted = f"{self.triples} triples"
            else:
                counted = (
                    f"{self.user_triples} triple(s) of yours, checked with the ontology and "
                    f"reference data ({self.triples} triples in all)"
                )
            return "\n".join(
                warnings + [f"Conforms: {len(self.checked_files)} file(s), {counted}."]
            )
        errors = sum(v.severity == "Violation" for v in self.violations)
        head = (
            f"Conforms: no ({errors} violation(s))"
            if not self.conforms
            else "Conforms: yes, with warnings"
        )
        lines = warnings + [head] + [f"  {v}" for v in sorted(self.violations, key=str)]
        return "\n".join(lines)

    def as_turtle(self) -> str:
        return self.graph.serialize(format="turtle")


ENGINES = ("fast", "pyshacl")
_BLOCKING = SH + "Violation"  # results of any other severity leave the data conforming


def _parse_into(graph: rdflib.Graph, path: Path) -> None:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    name = path.name
    fmt = "nt" if ".nt" in name else "turtle"
    try:
        if name.endswith(".gz"):
            with gzip.open(path, "rb") as stream:
                graph.parse(stream, format=fmt)  # type: ignore[arg-type]  # a binary stream
        else:
            graph.parse(path, format=fmt)
    except Exception as err:  # rdflib raises many types for bad syntax
        message = " ".join(str(err).split())
        raise InputError(f"{path}: not valid RDF: {message[:300]}") from None


def _files_to_check(user_paths: list[Path], with_data: bool) -> list[Path]:
    if not user_paths:
        return paths.data_files()
    files: list[Path] = []
    for p in user_paths:
        if p.is_dir():
            found = sorted(
                q for q in p.rglob("*") if q.is_file() and q.name.endswith(paths.RDF_SUFFIXES)
            )
            if not found:
                raise InputError(f"{p}: no .ttl or .nt files in this folder")
            files += found
        else:
            files.append(p)
    if with_data:
        files = paths.data_files() + files
    return files


def _inputs(files: list[Path]) -> list[Path]:
    """The ontology and reference states, then ``files``: each file once."""
    seen: set[Path] = set()
    out: list[Path] = []
    for path in paths.reference_files() + files:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def data_graph(files: list[Path]) -> rdflib.Graph:
    """The graph the shapes see: ontology + reference states + files + derived dates."""
    from rdflib import Graph

    from .derive import add_derived

    graph = Graph()
    for path in _inputs(files):
        _parse_into(graph, path)
    add_derived(graph)
    return graph


def shapes_graph(files: list[Path] | None = None) -> rdflib.Graph:
    from rdflib import Graph

    graph = Graph()
    for path in paths.shapes_files() if files is None else files:
        graph.parse(path, format="turtle")
    return graph


def validate_graph(
    graph: Any,  # an rdflib Graph; for pyshacl_turbo, a pyoxigraph store too
    checked_files: list[Path] | None = None,
    shapes_files: list[Path] | None = None,
    engine: Any = None,  # a module with pySHACL's validate()
) -> Report:
    """pySHACL over an rdflib graph, against ``shapes_files`` (default: the project's).
    ``engine``: a module with pySHACL's ``validate`` (pyshacl_turbo, which also takes a
    pyoxigraph store as ``graph``); default pySHACL."""
    from rdflib import RDF, URIRef

    if engine is None:
        import pyshacl as engine

    shapes = shapes_graph(shapes_files)
    conforms, report_graph, _ = engine.validate(
        graph,
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        inplace=True,
        allow_warnings=True,  # sh:Warning / sh:Info results do not make it non-conforming
    )
    sh = lambda name: URIRef(SH + name)  # noqa: E731
    violations = []
    nested = set(report_graph.objects(None, sh("detail")))  # reported through their parent
    for result in report_graph.subjects(RDF.type, sh("ValidationResult")):
        if result in nested:
            continue
        shape = report_graph.value(result, sh("sourceShape"))
        holders = tuple(str(s) for s in shapes.subjects(sh("property"), shape)) + tuple(
            str(s) for s in shapes.subjects(sh("sparql"), shape)
        )
        path = report_graph.value(result, sh("resultPath"))
        value = report_graph.value(result, sh("value"))
        violations.append(
            Violation(
                focus=str(report_graph.value(result, sh("focusNode"))),
                path=str(path) if path is not None else None,
                shape=str(shape),
                source_shapes=(str(shape),) + holders,
                severity=str(report_graph.value(result, sh("resultSeverity"))).rsplit("#", 1)[-1],
                message=str(report_graph.value(result, sh("resultMessage"))),
                value=str(value) if value is not None else None,
            )
        )
    return Report(bool(conforms), violations, report_graph, checked_files or [], len(graph))


def validate_files(user_paths: list[Path], with_data: bool = False, engine: str = "fast") -> Report:
    """Validate ``user_paths`` (files or folders) against the shapes, with the ontology and
    reference states (and the shipped data with ``with_data``); the shipped data when no path
    is given."""
    if engine not in ENGINES:
        raise InputError(f"unknown validation engine {engine!r} (one of {', '.join(ENGINES)})")
    files = _files_to_check(user_paths, with_data)
    if engine == "pyshacl":
        report = validate_graph(data_graph(files), files)
    elif not user_paths:
        return validate_shipped()
    else:
        report = validate_store(memory_store(files), files)
    if user_paths:
        given = files[len(paths.data_files()) :] if with_data else files
        counts = {path: _count_triples(path) for path in given}
        report.user_triples = sum(counts.values())
        report.empty_files = tuple(path for path, n in counts.items() if n == 0)
    return report


def _count_triples(path: Path) -> int:
    """The triples of one file (already parsed once by the engine, so it is valid RDF)."""
    import pyoxigraph

    store = pyoxigraph.Store()
    _load_into(store, path)
    return len(store)


# ---------------------------------------------------------------------------------------
# The fast engine
# ---------------------------------------------------------------------------------------


def validate_shipped(where: str = "memory") -> Report:
    """The shipped data (ontology, vocabularies, data and derived dates).

    ``where="memory"`` (the default) parses the files into an in-memory store; ``"embedded"``
    uses the embedded store (built on first use). Both hold the same triples; the in-memory
    store answers the validation queries about three times faster than the read-only RocksDB
    store, which more than pays for parsing, and needs no store build (see
    ``benchmarks/validate.py --embedded``).
    """
    if where not in ("memory", "embedded"):
        raise ValueError(f"where: 'memory' or 'embedded', not {where!r}")
    if where == "memory":
        return validate_store(memory_store(paths.data_files()), paths.data_files())
    import pyoxigraph

    from .store import ensure_store

    location = ensure_store()
    try:
        store = pyoxigraph.Store.read_only(str(location))
    except OSError as err:
        from .errors import StoreError

        raise StoreError(f"cannot open the store at {location}: {err}") from None
    return validate_store(UnionView(store), paths.data_files())


class UnionView:
    """A built store as the shapes see it: asserted and derived triples (in the derived graph)
    together, as one default graph."""

    def __init__(self, store: pyoxigraph.Store) -> None:
        self.store = store

    def query(self, query: str, **options: Any) -> Any:
        return self.store.query(query, use_default_graph_as_union=True, **options)

    def quads_for_pattern(
        self, subject: Any, predicate: Any, obj: Any, graph: Any = None
    ) -> Iterator[pyoxigraph.Quad]:
        import pyoxigraph

        if isinstance(graph, pyoxigraph.DefaultGraph):
            graph = None  # every graph
        return self.store.quads_for_pattern(subject, predicate, obj, graph)

    def __len__(self) -> int:
        return len(self.store)


def memory_store(files: list[Path]) -> pyoxigraph.Store:
    """An in-memory pyoxigraph store: ontology + reference states + ``files`` + the derived
    triples (``derive.add_to_store``, as the embedded store's build adds them, but in the
    default graph: the shapes see one graph, as pySHACL does). Dates that cannot be derived
    are left for the shapes to report (``strict=False``)."""
    import pyoxigraph

    from .derive import add_to_store

    store = pyoxigraph.Store()
    for path in _inputs(files):
        _load_into(store, path)
    add_to_store(store, strict=False, graph=None)
    return store


def _load_into(store: pyoxigraph.Store, path: Path) -> None:
    import pyoxigraph

    if not path.exists():
        raise InputError(f"{path}: no such file")
    name = path.name
    fmt = pyoxigraph.RdfFormat.N_TRIPLES if ".nt" in name else pyoxigraph.RdfFormat.TURTLE
    base = path.resolve().as_uri()  # as rdflib does, so both engines see the same IRIs
    try:
        # Whole files at once: faster than streaming (gzip's Python reader) and than
        # bulk_load, whose per-call set-up dominates for small files in a memory store.
        data = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
        store.load(data, fmt, base_iri=base)
    except SyntaxError as err:
        message = " ".join(str(err.msg if hasattr(err, "msg") else err).split())
        raise InputError(f"{path}: not valid RDF: {message[:300]}") from None
    except (OSError, EOFError, ValueError) as err:  # unreadable, or a broken gzip file
        raise InputError(f"{path}: cannot read: {' '.join(str(err).split())[:300]}") from None
    except MemoryError as err:  # Oxigraph's parser caps one token (a literal, an IRI) at 16 MB
        raise InputError(f"{path}: {too_large(err)}") from None


def too_large(err: MemoryError) -> str:
    """The message for a MemoryError of the RDF parser."""
    if "buffer maximal size" in str(err):
        return "one term (a literal or an IRI) is larger than 16 MB, the parser's limit"
    return "too large to load in memory"


_VALIDATORS: dict = {}


def _validator(files: list[Path]) -> Validator:
    """The shapes in ``files`` compiled (once per process while the files are unchanged)."""
    from .shacl_sparql import Validator

    key = tuple((f.resolve(), f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    if key not in _VALIDATORS:
        _VALIDATORS.clear()
        _VALIDATORS[key] = Validator(files)
    return _VALIDATORS[key]


def validate_store(
    store: pyoxigraph.Store | UnionView,
    checked_files: list[Path] | None = None,
    shapes_files: list[Path] | None = None,
) -> Report:
    """Validate a pyoxigraph store (data and derived dates already in it) with the fast
    engine, against ``shapes_files`` (default: the project's)."""
    from .shacl_sparql import ReportGraph

    validator = _validator(paths.shapes_files() if shapes_files is None else shapes_files)
    results = validator.validate(store)
    conforms = not any(r.severity == _BLOCKING for r in results)
    violations = [
        Violation(
            focus=_text(r.focus),
            path=r.path,
            shape=_text(r.shape),
            source_shapes=(_text(r.shape),) + validator.holders(r.shape),
            severity=r.severity.rsplit("#", 1)[-1],
            message=r.message,
            value=_text(r.value) if r.value is not None else None,
        )
        for r in results
    ]
    return Report(
        conforms, violations, ReportGraph(conforms, results), checked_files or [], len(store)
    )


def _text(term: Any) -> str:
    """A pyoxigraph term as rdflib's ``str()`` shows it (IRI, lexical form, bnode id)."""
    return term.value
