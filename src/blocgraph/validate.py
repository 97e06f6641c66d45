"""SHACL validation of the shipped data or of a user's files (pySHACL).

The data graph is the ontology and vocabularies, the reference states, the files to check and
the dates derived from them (``derive.add_derived``), so that the shapes' date comparisons see
what every store sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import paths
from .errors import InputError
from .namespaces import SH


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
    graph: object  # the rdflib report graph
    checked_files: list[Path]
    triples: int

    def as_text(self) -> str:
        if self.conforms and not self.violations:
            return f"Conforms: {len(self.checked_files)} file(s), {self.triples} triples."
        errors = sum(v.severity == "Violation" for v in self.violations)
        head = (
            f"Conforms: no ({errors} violation(s))"
            if not self.conforms
            else "Conforms: yes, with warnings"
        )
        lines = [head] + [f"  {v}" for v in sorted(self.violations, key=str)]
        return "\n".join(lines)

    def as_turtle(self) -> str:
        return self.graph.serialize(format="turtle")


def _parse_into(graph, path: Path) -> None:
    import gzip

    if not path.exists():
        raise InputError(f"{path}: no such file")
    name = path.name
    fmt = "nt" if ".nt" in name else "turtle"
    try:
        if name.endswith(".gz"):
            with gzip.open(path, "rb") as stream:
                graph.parse(stream, format=fmt)
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


def data_graph(files: list[Path]):
    """The graph the shapes see: ontology + reference states + files + derived dates."""
    from rdflib import Graph

    from .derive import add_derived

    graph = Graph()
    seen: set[Path] = set()
    for path in paths.reference_files() + files:
        key = path.resolve()
        if key in seen:
            continue
        seen.add(key)
        _parse_into(graph, path)
    add_derived(graph)
    return graph


def shapes_graph():
    from rdflib import Graph

    graph = Graph()
    for path in paths.shapes_files():
        graph.parse(path, format="turtle")
    return graph


def validate_graph(graph, checked_files: list[Path] | None = None) -> Report:
    import pyshacl
    from rdflib import RDF, URIRef

    shapes = shapes_graph()
    conforms, report_graph, _ = pyshacl.validate(
        graph, shacl_graph=shapes, inference="none", advanced=True, inplace=True
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


def validate_files(user_paths: list[Path], with_data: bool = False) -> Report:
    files = _files_to_check(user_paths, with_data)
    return validate_graph(data_graph(files), files)
