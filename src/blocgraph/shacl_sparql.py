"""Fast SHACL validation: the shapes compiled into SPARQL SELECT queries over pyoxigraph.

pySHACL evaluates every constraint once per focus node, in Python, over rdflib; a SPARQL-based
constraint runs one rdflib query per focus node. On the shipped knowledge base (~420k triples)
that takes hours. Here each constraint becomes one SPARQL SELECT that finds *all* its
violations at once, evaluated by Oxigraph. The queries are generated from the shapes graph
(read generically, never hard-coded), so they live in Python rather than in ``queries/*.rq``.

What is compiled, and how (``?this`` ranges over a shape's focus nodes)
----------------------------------------------------------------------
Evaluating a constraint "once" is not enough: joined with the targets, every query costs a pass
over the 41k memberships, and Oxigraph plans some joins badly. So the queries look for
*candidates* without the targets where that is cheaper, and are shaped so that Oxigraph's
planner does well (numbers are from the shipped data; see benchmarks/validate.py):

* Targets: ``sh:targetClass C`` -> ``?this rdf:type/rdfs:subClassOf* C`` (instances of
  subclasses too, as SHACL says). A shape's focus nodes are read into a set only when some
  query returns a candidate, to keep the candidates that are focus nodes.
* Value constraints of property shapes (``sh:path`` an IRI): one UNION for the whole shapes
  graph, a branch ``{ ?this <path> ?value FILTER(!ok) }`` per (property shape, constraint),
  ``sh:class`` as ``MINUS { ?value rdf:type/rdfs:subClassOf* C }`` (a hash anti-join).
  ``ok`` never raises an error (``COALESCE(..., false)``): ``sh:datatype`` -> datatype
  equality plus well-formedness (an XSD cast of the value must succeed, so
  ``"2017-13-01"^^xsd:date`` fails, as in pySHACL); ``sh:pattern`` (+ ``sh:flags``) ->
  ``REGEX``; ``sh:languageIn`` -> ``langMatches``; ``sh:minInclusive`` -> ``>=``
  (incomparable fails); ``sh:hasValue`` on a node -> ``sameTerm``; ``sh:node S`` /
  ``sh:or (S1 .. Sn)`` -> the value node's conformance to ``S`` / to some ``Si``, compiled
  recursively: the nested shape's value constraints on the node, and for each of its property
  shapes ``NOT EXISTS`` a failing value, ``EXISTS`` enough distinct values (min), ``NOT
  EXISTS`` too many (max), ``EXISTS`` the value (hasValue), ...
* ``sh:maxCount``: per path, ``COUNT(*)`` against ``COUNT(DISTINCT ?s)`` says whether any
  subject has two values; only then are the subjects over the limit listed.
* ``sh:minCount`` / ``sh:hasValue`` of property shapes: per node shape, one query for the
  focus nodes lacking any of them (``FILTER(NOT EXISTS {...} || ...)``); which property is
  missing is counted from the store for those few nodes.
* ``sh:uniqueLang``: per path, subjects with two values sharing a (case-insensitive) language.
* Value constraints on a node shape itself: per node shape, joined with its targets.
* SPARQL-based constraints (``sh:sparql`` / ``sh:select``): SHACL pre-binds ``$this`` to each
  focus node in turn. We run the query once with ``$this`` free and keep the solutions whose
  ``$this`` is a focus node of the shape. That is the same result only when the query's
  structure makes it so, which ``check_prebinding`` verifies on the query's SPARQL algebra
  (rdflib's parser) when the shapes are read: ``$this`` must be projected and bound in every
  solution of the WHERE clause, and every filter, BIND, OPTIONAL and (NOT) EXISTS that uses
  it must see it bound; ``MINUS``, sub-selects, ``VALUES``, ``GRAPH`` and ``SERVICE`` must
  not use it; no aggregates, ``GROUP BY``, ``LIMIT`` or ``OFFSET``. Anything else raises
  ``UnsupportedShapeError``. The query is then rewritten
  (``rewrite_for_oxigraph``: stars as sub-selects, NOT EXISTS as a left join, both only where
  exact). ``sh:prefixes`` / ``sh:declare`` become the query's prefixes; messages get
  ``{?var}`` / ``{$var}`` filled in as pySHACL does, and ``?value`` / ``?path`` give the
  result's value and path (default value: the focus node).

Where we follow the SHACL specification rather than pySHACL (no shape of ours is affected: a
test compares both engines on every fixture): ``sh:pattern`` matches anywhere in the string
(SPARQL ``REGEX``; pySHACL anchors it at the start), with Oxigraph's regular expressions, and
``sh:languageIn`` uses ``langMatches`` (pySHACL compares the whole tag or its first subtag).

Results mirror pySHACL's: one per (constraint, focus node, value node), with the focus node,
the property shape's path, the shape that holds the constraint as source shape, its
``sh:severity`` (default ``sh:Violation``) and its ``sh:message`` (or a generic one). Results
of nested shapes are not reported on their own (pySHACL reports them as ``sh:detail``).

Anything else in the shapes graph in the ``sh:`` namespace (another constraint component,
target type, property path form, SHACL-AF rules/functions, custom components...) raises
``UnsupportedShapeError`` when the shapes are read, so no shape is ever silently ignored.
``pySHACL`` (``blocgraph validate --engine pyshacl``) remains the reference; a test checks that
both engines report the same results on every shape fixture.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

from .errors import BlocgraphError
from .namespaces import RDF, RDFS, SH, XSD

if TYPE_CHECKING:
    from collections.abc import KeysView
    from typing import TypeAlias

    import pyoxigraph as ox
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    # A term of the shapes graph (triple terms are refused when the shapes are read) or of a
    # validation result.
    Term: TypeAlias = ox.NamedNode | ox.BlankNode | ox.Literal
    Token: TypeAlias = tuple[str, str]  # a SPARQL token: (kind, text)


class SparqlStore(Protocol):
    """What the validator needs of a store: a ``pyoxigraph.Store`` or a ``validate.UnionView``
    (SELECT queries, and the quads of a pattern)."""

    def query(self, query: str, /, *, prefixes: dict[str, str] | None = ...) -> Any: ...

    def quads_for_pattern(
        self, subject: Any, predicate: Any, obj: Any, graph: Any = ..., /
    ) -> Iterator[ox.Quad]: ...


class UnsupportedShapeError(BlocgraphError):
    """The shapes use a SHACL feature the fast engine does not compile."""

    def __init__(self, what: str, where: str | None = None) -> None:
        at = f" (in {where})" if where else ""
        super().__init__(
            f"the fast validation engine does not support {what}{at}; "
            "validate with --engine pyshacl, or extend blocgraph.shacl_sparql"
        )


# ---------------------------------------------------------------------------------------
# The shapes graph
# ---------------------------------------------------------------------------------------

# Every sh: predicate we understand. Anything else in the sh: namespace is refused.
_CONSTRAINT_PARAMETERS = {
    "minCount",
    "maxCount",
    "class",
    "datatype",
    "or",
    "pattern",
    "flags",
    "languageIn",
    "uniqueLang",
    "minInclusive",
    "hasValue",
    "node",
    "sparql",
}
_STRUCTURAL = {
    "targetClass",
    "property",
    "path",
    "message",
    "severity",
    "deactivated",
    # SPARQL constraints and prefix declarations
    "select",
    "prefixes",
    "declare",
    "prefix",
    "namespace",
    # non-validating properties (SHACL 2.3.2 / 2.4), ignored by every engine
    "name",
    "description",
    "order",
    "group",
    "defaultValue",
}
_KNOWN_PREDICATES = {SH + name for name in _CONSTRAINT_PARAMETERS | _STRUCTURAL}
_KNOWN_TYPES = {
    SH + name for name in ("NodeShape", "PropertyShape", "SPARQLConstraint", "PrefixDeclaration")
}
_RDF_TYPE = RDF + "type"
_RDF_FIRST, _RDF_REST, _RDF_NIL = RDF + "first", RDF + "rest", RDF + "nil"


class ShapesGraph:
    """The shapes files as a plain index: subject -> predicate -> objects (pyoxigraph terms)."""

    def __init__(self, files: Iterable[Path]) -> None:
        import pyoxigraph as ox

        self.files = list(files)
        self._index: dict[Term, dict[str, list[Term]]] = {}
        self._reverse: dict[tuple[str, Term], list[Term]] = {}
        for path in self.files:
            try:
                triples = ox.parse(
                    path=str(path), format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri()
                )
                for t in triples:
                    if isinstance(t.subject, ox.Triple) or isinstance(t.object, ox.Triple):
                        raise UnsupportedShapeError("RDF triple terms", str(path))
                    self._index.setdefault(t.subject, {}).setdefault(t.predicate.value, []).append(
                        t.object
                    )
                    self._reverse.setdefault((t.predicate.value, t.object), []).append(t.subject)
            except SyntaxError as err:
                from .errors import InputError

                raise InputError(f"{path}: not valid Turtle: {err}") from None
        self._check_vocabulary()

    def _check_vocabulary(self) -> None:
        for subject, props in self._index.items():
            for pred, objects in props.items():
                if pred.startswith(SH) and pred not in _KNOWN_PREDICATES:
                    raise UnsupportedShapeError(f"sh:{pred[len(SH) :]}", _name(subject))
                if pred == _RDF_TYPE:
                    for o in objects:
                        if _iri(o).startswith(SH) and _iri(o) not in _KNOWN_TYPES:
                            raise UnsupportedShapeError(f"sh:{_iri(o)[len(SH) :]}", _name(subject))

    def objects(self, subject: Term, pred: str) -> list[Term]:
        return self._index.get(subject, {}).get(pred, [])

    def value(self, subject: Term, pred: str) -> Term | None:
        values = self.objects(subject, pred)
        if len(values) > 1:
            raise UnsupportedShapeError(f"more than one {_short(pred)}", _name(subject))
        return values[0] if values else None

    def subjects(self, pred: str, obj: Term) -> list[Term]:
        return self._reverse.get((pred, obj), [])

    def predicates(self, subject: Term) -> set[str]:
        return set(self._index.get(subject, {}))

    def items(self, head: Term) -> list[Term]:
        """The members of an RDF list."""
        import pyoxigraph as ox

        out: list[Term] = []
        node: Term | None = head
        seen: set[Term] = set()
        while not (isinstance(node, ox.NamedNode) and node.value == _RDF_NIL):
            if node in seen or node is None:
                raise UnsupportedShapeError("a malformed RDF list", _name(head))
            seen.add(node)
            first = self.value(node, _RDF_FIRST)
            if first is None:
                raise UnsupportedShapeError("a malformed RDF list", _name(head))
            out.append(first)
            node = self.value(node, _RDF_REST)
        return out

    def declared_prefixes(self, node: Term) -> dict[str, str]:
        """The sh:declare prefixes of the sh:prefixes values of ``node``."""
        prefixes: dict[str, str] = {}
        for owner in self.objects(node, SH + "prefixes"):
            for decl in self.objects(owner, SH + "declare"):
                prefix, ns = self.value(decl, SH + "prefix"), self.value(decl, SH + "namespace")
                if prefix is None or ns is None:
                    raise UnsupportedShapeError(
                        "an sh:declare without sh:prefix/sh:namespace", _name(owner)
                    )
                prefixes[prefix.value] = ns.value
        return prefixes

    @property
    def subjects_all(self) -> KeysView[Term]:
        return self._index.keys()


def _iri(term: Term) -> str:
    import pyoxigraph as ox

    return term.value if isinstance(term, ox.NamedNode) else ""


def _name(term: Term) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "a blank-node shape"
    return str(term)


def _short(iri: str) -> str:
    for prefix, ns in (("sh", SH), ("rdf", RDF), ("rdfs", RDFS), ("xsd", XSD)):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"


def _is_true(term: Term | None) -> bool:
    return term is not None and term.value in ("true", "1")


# ---------------------------------------------------------------------------------------
# The compiled model
# ---------------------------------------------------------------------------------------

VIOLATION = SH + "Violation"


@dataclass
class SparqlConstraint:
    node: Term  # the sh:SPARQLConstraint node
    select: str
    prefixes: dict[str, str]
    messages: list[str]
    projected: list[str]


@dataclass
class Shape:
    node: Term
    path: str | None  # an IRI for property shapes
    severity: str
    messages: list[str]
    targets: list[str] = field(default_factory=list)  # sh:targetClass IRIs
    properties: list[Shape] = field(default_factory=list)
    params: dict[str, list[Term]] = field(default_factory=dict)  # constraint parameter -> values
    sparql: list[SparqlConstraint] = field(default_factory=list)

    @property
    def is_property(self) -> bool:
        return self.path is not None

    @property
    def property_path(self) -> str:
        """The path of a property shape."""
        if self.path is None:
            raise AssertionError(f"{_name(self.node)} is a node shape: it has no path")
        return self.path


@dataclass
class Result:
    """One validation result, with pyoxigraph terms (``Violation`` carries strings)."""

    focus: Term
    path: str | None
    shape: Term
    component: str  # the sh:...ConstraintComponent IRI
    severity: str
    message: str
    value: Term | None = None
    constraint: Term | None = None  # the sh:SPARQLConstraint node, for SPARQL results


class Compiler:
    """Reads shapes from a ``ShapesGraph`` into ``Shape`` objects, checking every parameter."""

    def __init__(self, graph: ShapesGraph) -> None:
        self.g = graph
        self._shapes: dict[Term, Shape | None] = {}
        self._building: set[Term] = set()

    def top_level(self) -> list[Shape]:
        """Shapes with targets (the ones validation starts from), sorted for stable output."""
        roots = {s for s in self.g.subjects_all if self.g.objects(s, SH + "targetClass")}
        shapes = [self.shape(s) for s in sorted(roots, key=str)]
        return [s for s in shapes if s is not None]

    def shape(self, node: Term) -> Shape | None:
        """The shape at ``node``; None if it is deactivated."""
        import pyoxigraph as ox

        if node in self._shapes:
            return self._shapes[node]
        if node in self._building:
            raise UnsupportedShapeError("recursive shapes", _name(node))
        self._building.add(node)
        g = self.g
        if _is_true(g.value(node, SH + "deactivated")):
            self._shapes[node] = None
            self._building.discard(node)
            return None
        path = g.value(node, SH + "path")
        if path is not None and not isinstance(path, ox.NamedNode):
            raise UnsupportedShapeError("property paths other than a single IRI", _name(node))
        severity = g.value(node, SH + "severity")
        targets: list[str] = []
        for t in g.objects(node, SH + "targetClass"):
            if not isinstance(t, ox.NamedNode):
                raise UnsupportedShapeError("a non-IRI sh:targetClass", _name(node))
            targets.append(t.value)
        shape = Shape(
            node=node,
            path=path.value if path is not None else None,
            severity=severity.value if severity is not None else VIOLATION,
            messages=_messages(g.objects(node, SH + "message")),
            targets=targets,
        )
        for pred in sorted(g.predicates(node)):
            name = pred[len(SH) :] if pred.startswith(SH) else None
            if name in _CONSTRAINT_PARAMETERS and name not in ("sparql", "flags"):
                shape.params[name] = g.objects(node, pred)
        self._check_params(shape)
        for prop in g.objects(node, SH + "property"):
            if shape.is_property:
                raise UnsupportedShapeError("sh:property on a property shape", _name(node))
            child = self.shape(prop)
            if child is not None:
                if not child.is_property:
                    raise UnsupportedShapeError("an sh:property value without sh:path", _name(prop))
                shape.properties.append(child)
        shape.properties.sort(key=lambda s: str(s.node))
        for c in g.objects(node, SH + "sparql"):
            if shape.is_property:
                raise UnsupportedShapeError("sh:sparql on a property shape ($PATH)", _name(node))
            if _is_true(g.value(c, SH + "deactivated")):
                continue
            shape.sparql.append(self._sparql(c))
        for target in shape.params.get("node", []):
            if self.shape(target) is None:
                raise UnsupportedShapeError("sh:node to a deactivated shape", _name(node))
        for lst in shape.params.get("or", []):
            for member in self.g.items(lst):
                if self.shape(member) is None:
                    raise UnsupportedShapeError("sh:or with a deactivated member", _name(node))
        self._building.discard(node)
        self._shapes[node] = shape
        return shape

    def active(self, node: Term) -> Shape:
        """The shape at ``node``, used by sh:node or sh:or (``shape`` refused deactivated ones)."""
        shape = self.shape(node)
        if shape is None:
            raise UnsupportedShapeError("sh:node or sh:or to a deactivated shape", _name(node))
        return shape

    def _check_params(self, shape: Shape) -> None:
        import pyoxigraph as ox

        where = _name(shape.node)
        for name, values in shape.params.items():
            if name in ("minCount", "maxCount", "uniqueLang") and not shape.is_property:
                raise UnsupportedShapeError(f"sh:{name} on a node shape", where)
            if len(values) > 1 and name in (
                "minCount",
                "maxCount",
                "uniqueLang",
                "minInclusive",
                "pattern",
                "datatype",
            ):
                raise UnsupportedShapeError(f"several sh:{name} values", where)
            for v in values:
                if name in ("minCount", "maxCount") and not (
                    isinstance(v, ox.Literal) and v.value.isdigit()
                ):
                    raise UnsupportedShapeError(f"a non-integer sh:{name}", where)
                if name in ("class", "datatype") and not isinstance(v, ox.NamedNode):
                    raise UnsupportedShapeError(f"a non-IRI sh:{name}", where)
                if name in ("pattern", "minInclusive") and not isinstance(v, ox.Literal):
                    raise UnsupportedShapeError(f"a non-literal sh:{name}", where)
                if name == "hasValue" and isinstance(v, ox.BlankNode):
                    raise UnsupportedShapeError("a blank-node sh:hasValue", where)
        if self.g.objects(shape.node, SH + "flags") and "pattern" not in shape.params:
            raise UnsupportedShapeError("sh:flags without sh:pattern", where)

    def _sparql(self, node: Term) -> SparqlConstraint:
        import pyoxigraph as ox

        select = self.g.value(node, SH + "select")
        if not isinstance(select, ox.Literal):
            raise UnsupportedShapeError("an sh:sparql constraint without sh:select", _name(node))
        prefixes = self.g.declared_prefixes(node)
        projected = check_prebinding(select.value, _name(node), prefixes)
        return SparqlConstraint(
            node, select.value, prefixes, _messages(self.g.objects(node, SH + "message")), projected
        )


def _messages(terms: Iterable[Term]) -> list[str]:
    """Message texts, those without a language tag or in English first."""

    def rank(t: Term) -> tuple[int, str]:
        lang = getattr(t, "language", None)
        return (0 if not lang else 1 if lang.lower().startswith("en") else 2, t.value)

    return [t.value for t in sorted(terms, key=rank)]


# ---------------------------------------------------------------------------------------
# Pre-binding of $this: when is "run once, keep solutions whose ?this is a focus node" exact?
# ---------------------------------------------------------------------------------------
# Decided on the SPARQL algebra of the query (rdflib's parser and translation, imported only
# here: the fast engine otherwise never loads rdflib). Parsing costs about a second, mostly
# rdflib's import, so an accepted query's verdict is kept in the cache folder, keyed on the
# query, its prefixes and the rules' version (_PREBINDING_RULES): a second validation of the
# same shapes reads it back.

_PREBINDING_RULES = "algebra-1"  # change when the rules change: cached verdicts are ignored
_SPECIAL_VARS = {"shapesGraph": "$shapesGraph", "currentShape": "$currentShape", "PATH": "$PATH"}


def check_prebinding(
    select: str, where: str = "", prefixes: dict[str, str] | None = None
) -> list[str]:
    """Check that evaluating ``select`` once with ``$this`` unbound and keeping the solutions
    whose ``?this`` is a focus node gives exactly the solutions of the query with ``$this``
    pre-bound to each focus node. Returns the projected variable names; raises
    ``UnsupportedShapeError`` naming the construct otherwise. ``prefixes``: the constraint's
    ``sh:prefixes`` declarations (prefix -> namespace), which the query text may use.

    Pre-binding substitutes the focus node for ``$this`` everywhere; running once joins on it.
    The two agree when every part of the query that sees ``$this`` sees it bound, to the same
    value, in each solution it is evaluated on. On the algebra, with "certain" the variables
    bound in every solution of a pattern (a BGP's variables; both sides of a join; the left of
    an OPTIONAL or MINUS; the variables common to both branches of a UNION):

    * ``$this`` is projected and certain in the WHERE clause;
    * an expression (FILTER, BIND, an OPTIONAL's condition) uses it only where it is certain
      in the pattern the expression is evaluated on, and a ``(NOT) EXISTS`` block uses it
      only where the solution it is evaluated for certainly binds it (inside the block, the
      same rules hold, with the outer bindings seen by the block's own filters);
    * an OPTIONAL's right side uses it only if the left side certainly binds it;
    * never in ``MINUS`` (whose compatibility test would change), a sub-select, ``VALUES``,
      ``GRAPH``, ``SERVICE``, nor as ``BIND(... AS $this)``; the query has no aggregates,
      ``GROUP BY``, ``LIMIT`` or ``OFFSET`` (they work per focus node when pre-bound); nor
      SHACL's other pre-bound variables (``$shapesGraph``, ``$currentShape``, ``$PATH``).
    """
    key = _verdict_key(select, prefixes)
    cached = _read_verdict(key)
    if cached is not None:
        return cached
    projected = _PrebindingCheck(where or "an sh:select query").run(select, prefixes or {})
    _write_verdict(key, projected)
    return projected


def _verdict_key(select: str, prefixes: dict[str, str] | None) -> str:
    import hashlib
    import json

    text = json.dumps([_PREBINDING_RULES, select, sorted((prefixes or {}).items())])
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _verdict_file(key: str) -> Path:
    from .store import cache_dir

    return cache_dir() / "prebinding" / f"{key}.json"


def _read_verdict(key: str) -> list[str] | None:
    import json

    try:
        value = json.loads(_verdict_file(key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = isinstance(value, list) and all(isinstance(v, str) for v in value) and "this" in value
    return value if ok else None  # anything else is damage: check again


def _write_verdict(key: str, projected: list[str]) -> None:
    """Keep an accepted query's verdict; a cache that cannot be written only costs time."""
    import contextlib
    import json
    import os
    import tempfile

    path = _verdict_file(key)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".verdict.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(projected, out)
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


class _PrebindingCheck:
    """One query's check (see ``check_prebinding``) over rdflib's algebra."""

    def __init__(self, where: str) -> None:
        from rdflib.term import Variable

        self.where = where
        self.this = Variable("this")

    def refuse(self, construct: str) -> NoReturn:
        raise UnsupportedShapeError(construct + " in a SPARQL constraint", self.where)

    def run(self, select: str, prefixes: dict[str, str]) -> list[str]:
        from rdflib.plugins.sparql import algebra, parser

        try:
            query = algebra.translateQuery(parser.parseQuery(select), initNs=prefixes)
        except Exception as err:  # pyparsing's and rdflib's errors (unknown prefix, ...)
            message = " ".join(str(err).split())[:200]
            raise UnsupportedShapeError(
                f"a SPARQL query that does not parse ({message})", self.where
            ) from None
        root = query.algebra
        if root.name != "SelectQuery":
            self.refuse("a query that is not a SELECT")
        for var in self.variables(root):
            if str(var) in _SPECIAL_VARS:
                self.refuse(f"the variable {_SPECIAL_VARS[str(var)]}")
        projected = [str(v) for v in root.PV]
        if "this" not in projected:
            self.refuse("a SELECT that does not project $this")
        pattern = root.p
        if self.grouped(pattern):
            self.refuse("aggregates or GROUP BY")
        self.walk(pattern, frozenset(), top=True)
        if self.this not in self.certain(pattern):
            self.refuse("$this not bound by a triple pattern in every solution")
        return projected

    # -- what a pattern binds -------------------------------------------------------------

    def variables(self, node: object) -> set[Variable]:
        """Every variable in ``node``, (NOT) EXISTS blocks included."""
        from rdflib.plugins.sparql.parserutils import CompValue
        from rdflib.term import Variable

        found: set[Variable] = set()
        stack: list[object] = [node]
        while stack:
            n = stack.pop()
            if isinstance(n, Variable):
                found.add(n)
            elif isinstance(n, CompValue):
                stack.extend(v for k, v in n.items() if k != "_vars")
            elif isinstance(n, dict):  # a row of VALUES: variable -> term
                stack.extend(n.keys())
                stack.extend(n.values())
            elif isinstance(n, list | tuple | set | frozenset):
                stack.extend(n)
        return found

    def certain(self, node: CompValue) -> set[Variable]:
        """The variables bound in every solution of the pattern ``node``."""
        from rdflib.term import Variable

        name = node.name
        if name == "BGP":
            return {t for triple in node.triples for t in triple if isinstance(t, Variable)}
        if name == "Join":
            return self.certain(node.p1) | self.certain(node.p2)
        if name in ("LeftJoin", "Minus"):
            return self.certain(node.p1)
        if name == "Union":
            return self.certain(node.p1) & self.certain(node.p2)
        if name == "Project":
            return self.certain(node.p) & set(node.PV)
        if name == "ToMultiSet":
            return self.certain(node.p)
        if name == "values":
            rows = [set(row) for row in node.res]
            return set.intersection(*rows) if rows else set()
        if name in ("Filter", "Extend", "Distinct", "Reduced", "OrderBy", "Graph", "Slice"):
            return self.certain(node.p)
        return set()  # SERVICE, aggregates, anything else: nothing certain

    def grouped(self, node: CompValue) -> bool:
        """Whether the query groups its solutions (sub-selects aside: see ``walk``)."""
        from rdflib.plugins.sparql.parserutils import CompValue

        stack: list[CompValue] = [node]
        while stack:
            n = stack.pop()
            if n.name in ("Group", "AggregateJoin"):
                return True
            if n.name == "ToMultiSet" and getattr(n.p, "name", None) == "Project":
                continue  # a sub-select
            stack.extend(
                v for k, v in n.items() if k in ("p", "p1", "p2") and isinstance(v, CompValue)
            )
        return False

    # -- where $this may appear ----------------------------------------------------------------

    def walk(self, node: CompValue, outer: frozenset[Variable], top: bool = False) -> None:
        """Check the pattern ``node``; ``outer``: variables the solution it is evaluated for
        binds (inside a (NOT) EXISTS block), seen by the filters of the block's own group."""
        name = node.name
        this = self.this
        if name in ("Group", "AggregateJoin"):
            self.refuse("aggregates or GROUP BY")
        if name == "Slice":
            self.refuse("LIMIT or OFFSET")
        if name == "BGP":
            return
        if name == "Project":
            self.walk(node.p, outer)
        elif name in ("Distinct", "Reduced", "OrderBy"):
            self.walk(node.p, outer, top)
        elif name == "Filter":
            self.expression(node.expr, self.certain(node.p) | outer)
            self.walk(node.p, outer, top)
        elif name == "Extend":
            if node.var == this:
                self.refuse("BIND(... AS $this)")
            self.expression(node.expr, self.certain(node.p) | outer)
            self.walk(node.p, outer, top)
        elif name == "LeftJoin":
            self.walk(node.p1, outer, top)
            left = self.certain(node.p1) | outer
            if this in self.variables(node.p2) and this not in left:
                self.refuse("$this in an OPTIONAL whose group may leave it unbound")
            self.walk(node.p2, frozenset())
            if node.expr is not None:
                self.expression(node.expr, left | self.certain(node.p2))
        elif name == "Join":
            self.walk(node.p1, frozenset(), top)
            self.walk(node.p2, frozenset(), top)
        elif name == "Union":
            self.walk(node.p1, frozenset())
            self.walk(node.p2, frozenset())
        elif name == "Minus":
            self.walk(node.p1, outer, top)
            if this in self.variables(node.p2):
                self.refuse("$this inside MINUS")
        elif name == "ToMultiSet" and node.p.name == "Project":  # a sub-select
            if this in self.variables(node):
                self.refuse("$this in a sub-select")
        elif name in ("ToMultiSet", "values"):
            if this in self.variables(node):
                self.refuse("$this in VALUES")
        elif name == "Graph":
            if this in self.variables(node):
                self.refuse("$this inside GRAPH")
            self.walk(node.p, frozenset())
        elif this in self.variables(node):  # SERVICE, and anything not named above
            self.refuse(f"$this inside {name}")

    def expression(self, expr: object, bound: set[Variable]) -> None:
        """An expression evaluated on solutions that certainly bind ``bound``."""
        from rdflib.plugins.sparql import algebra
        from rdflib.plugins.sparql.parserutils import CompValue

        this = self.this
        stack: list[object] = [expr]
        plain: list[object] = []
        while stack:  # the (NOT) EXISTS blocks, and the rest of the expression
            n = stack.pop()
            if isinstance(n, CompValue) and n.name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
                graph = n.graph
                if graph.name in ("GroupGraphPatternSub", "GroupOrUnionGraphPattern"):
                    graph = algebra.translateGroupGraphPattern(graph)
                if this in self.variables(graph) and this not in bound:
                    self.refuse("$this in a (NOT) EXISTS where it may be unbound")
                self.walk(graph, frozenset(bound))
            elif isinstance(n, CompValue | dict):
                stack.extend(v for k, v in n.items() if k != "_vars")
            elif isinstance(n, list | tuple):
                stack.extend(n)
            else:
                plain.append(n)
        if this in self.variables(plain) and this not in bound:
            self.refuse("$this in an expression where it may be unbound")


# ---------------------------------------------------------------------------------------
# Rewrites that keep a SPARQL constraint's answers and let Oxigraph plan it well
# ---------------------------------------------------------------------------------------
# Oxigraph evaluates a basic graph pattern by nested index lookups in an order it guesses, and
# a FILTER NOT EXISTS by re-evaluating its pattern for every solution. Both are fine for one
# focus node and hopeless for all of them at once: the overlap constraint (two stars joined
# on two variables) took minutes on the shipped data, and NOT EXISTS over 41k memberships
# seconds per constraint. Two rewrites, each applied only where it provably keeps the same
# solutions, fix that (anything the rewriter does not recognise is left as written):
#
# 1. Star split: the triple patterns at the start of the top-level group, grouped by subject,
#    each become ``{ SELECT * WHERE { ... } }``. A group joins its triple patterns anyway (join
#    is associative and commutative); a sub-select makes Oxigraph evaluate each star on its own
#    and hash-join them on all their shared variables. Only without blank nodes (whose scope
#    is their basic graph pattern), and only patterns before any OPTIONAL / MINUS / BIND /
#    VALUES / sub-group, so that no left join changes order.
# 2. NOT EXISTS as a left join: a top-level ``FILTER NOT EXISTS { P }`` becomes
#    ``OPTIONAL { P BIND(true AS ?w) } FILTER(!BOUND(?w))`` at the end of the group, ``?w`` a
#    fresh variable. EXISTS substitutes the solution's bindings into P; the left join keeps
#    the solutions with no compatible solution of P, and P's group filters become the left
#    join's condition, evaluated on the joined solution, so they see the same values. Kept
#    solutions gain no binding. Applied only when P is triple patterns, filters and OPTIONALs,
#    and every variable P shares with the rest of the query that appears in one of P's nested
#    OPTIONALs also appears in P's own triple patterns (where compatibility = substitution).

_GROUP_KEYWORDS = {"OPTIONAL", "MINUS", "GRAPH", "SERVICE", "BIND", "VALUES", "FILTER"}


# A SPARQL tokenizer for the rewrites (the pre-binding check above uses rdflib's parser).
_TOKEN = re.compile(
    r"""(?P<ws>\s+)
      | (?P<comment>\#[^\n]*)
      | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                   |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
      | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
      | (?P<number>[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
      | (?P<name>(?:[A-Za-z_\u00C0-\uFFFF][\w\-\u00B7-\uFFFF]*)?
                 :(?:[\w\-:%\u00B7-\uFFFF]|\.(?=[\w\-:%]))*
                 |[A-Za-z_][\w\-]*)
      | (?P<op>\|\||&&|!=|<=|>=|\^\^|.)
    """,
    re.VERBOSE | re.DOTALL,
)


def _tokens(text: str) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        assert kind is not None  # every alternative of _TOKEN is a named group
        if kind in ("ws", "comment"):
            continue
        out.append((kind, m.group()))
    return out


def _render(toks: list[Token]) -> str:
    """Tokens back to text: one space between tokens, none between a function name and its
    parenthesis (Oxigraph's parser wants ``STR(`` inside some expressions)."""
    out: list[str] = []
    for i, (_, value) in enumerate(toks):
        if i and not (value == "(" and toks[i - 1][0] in ("name", "iri")):
            out.append(" ")
        out.append(value)
    return "".join(out)


def _closing(toks: list[Token], i: int) -> int:
    """The index of the bracket closing the one at ``i``."""
    pairs = {"{": "}", "(": ")", "[": "]"}
    opening, depth = toks[i][1], 0
    for j in range(i, len(toks)):
        value = toks[j][1]
        if value == opening:
            depth += 1
        elif value == pairs[opening]:
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced")


def _elements(toks: list[Token], start: int, end: int) -> list[tuple[str, int, int]]:
    """The top-level elements of the group whose contents are ``toks[start:end]``, as
    (kind, first, last+1): "triples", "filter", "notexists" (FILTER NOT EXISTS {...}),
    "optional", "other" (MINUS, GRAPH, SERVICE, BIND, VALUES, sub-groups, UNION chains)."""
    out: list[tuple[str, int, int]] = []
    i = start
    while i < end:
        value = toks[i][1]
        u = value.upper() if toks[i][0] == "name" else value
        if value == ".":
            i += 1
            continue
        if u == "FILTER":
            j = i + 1
            if (
                toks[j][0] == "name"
                and toks[j][1].upper() == "NOT"
                and toks[j + 1][1].upper() == "EXISTS"
                and toks[j + 2][1] == "{"
            ):
                close = _closing(toks, j + 2)
                out.append(("notexists", i, close + 1))
                i = close + 1
                continue
            while toks[j][1] not in ("(", "{"):  # a function name, NOT, EXISTS
                j += 1
            close = _closing(toks, j)
            out.append(("filter", i, close + 1))
            i = close + 1
        elif u in _GROUP_KEYWORDS or value == "{":
            j = i
            while toks[j][1] != "{":
                if toks[j][1] == "(" and u == "BIND":
                    break
                j += 1
            close = _closing(toks, j)
            # UNION chains: { } UNION { } ...
            while close + 1 < end and toks[close + 1][1].upper() == "UNION":
                close = _closing(toks, close + 2)
            out.append(("optional" if u == "OPTIONAL" else "other", i, close + 1))
            i = close + 1
        else:
            j = i
            while j < end:
                v = toks[j][1]
                uv = v.upper() if toks[j][0] == "name" else v
                if uv in _GROUP_KEYWORDS or v == "{":
                    break
                if v in ("(", "["):
                    j = _closing(toks, j) + 1
                    continue
                j += 1
            out.append(("triples", i, j))
            i = j
    return out


def _statements(toks: list[Token], first: int, last: int) -> list[list[Token]] | None:
    """Triples blocks split at their top-level dots (None if they hold blank nodes or
    collections, which the star split leaves alone)."""
    stmts: list[list[Token]] = []
    current: list[Token] = []
    for kind, value in toks[first:last]:
        if value in ("[", "(") or (kind == "name" and value.startswith("_:")):
            return None
        if value == ".":
            if current:
                stmts.append(current)
            current = []
        else:
            current.append((kind, value))
    if current:
        stmts.append(current)
    return stmts


def _var_names(toks: list[Token]) -> set[str]:
    return {value[1:] for kind, value in toks if kind == "var"}


def rewrite_for_oxigraph(select: str) -> str:
    """``select`` with the two rewrites above applied where they are exact (see the comment
    above); the text unchanged when it is not understood."""
    try:
        return _rewrite(select)
    except (ValueError, IndexError):
        return select


def _rewrite(select: str) -> str:
    toks = _tokens(select)
    upper = [v.upper() if k == "name" else v for k, v in toks]
    i = upper.index("SELECT")
    depth = 0
    while not (depth == 0 and upper[i] in ("WHERE", "{")):
        depth += upper[i] == "("
        depth -= upper[i] == ")"
        i += 1
    if upper[i] == "WHERE":
        i += 1
    open_, close = i, _closing(toks, i)
    elements = _elements(toks, open_ + 1, close)
    used = _var_names(toks)
    parts: list[str] = []
    tail: list[str] = []
    witnesses = 0

    # 1. star split of the leading triple patterns
    leading: list[tuple[int, int]] = []
    for kind, a, b in elements:
        if kind in ("optional", "other"):
            break
        if kind == "triples":
            leading.append((a, b))
    stars: dict[str, list[list[Token]]] = {}
    splittable = bool(leading)
    for a, b in leading:
        stmts = _statements(toks, a, b)
        if stmts is None:
            splittable = False
            break
        for stmt in stmts:
            subject = stmt[0][1] if stmt[0][0] != "var" else "?" + stmt[0][1][1:]
            stars.setdefault(subject, []).append(stmt)
    if (
        splittable
        and len(stars) > 1
        and all(
            star[0][1][0] != "var"
            for star in stars.values()  # a constant first predicate
        )
    ):
        for star in stars.values():
            body = " . ".join(_render(stmt) for stmt in star)
            parts.append(f"{{ SELECT * WHERE {{ {body} . }} }}")
        skip = {(a, b) for a, b in leading}
    else:
        skip = set()

    for kind, a, b in elements:
        if (a, b) in skip:
            continue
        if kind == "notexists":
            inner_open = a + 3
            inner_close = b - 1
            optional = _not_exists_as_optional(toks, inner_open, inner_close, used)
            if optional is not None:
                witnesses += 1
                witness = f"?_bgw{witnesses}"
                while witness[1:] in used:
                    witnesses += 1
                    witness = f"?_bgw{witnesses}"
                tail.append(f"OPTIONAL {{ {optional} BIND(true AS {witness}) }}")
                tail.append(f"FILTER(!BOUND({witness}))")
                continue
        chunk = toks[a:b]
        if kind == "triples":
            while chunk and chunk[-1][1] == ".":
                chunk = chunk[:-1]
            parts.append(_render(chunk) + " .")
        else:
            parts.append(_render(chunk))
    group = "{ " + " ".join(parts + tail) + " }"
    return _render(toks[:open_]) + " " + group + " " + _render(toks[close + 1 :])


def _not_exists_as_optional(
    toks: list[Token], open_: int, close: int, used: set[str]
) -> str | None:
    """The pattern of a FILTER NOT EXISTS (between the braces at ``open_`` and ``close``) if
    it may become an OPTIONAL (see above), else None."""
    inner = _elements(toks, open_ + 1, close)
    if not inner or not any(kind == "triples" for kind, _, _ in inner):
        return None
    if any(kind not in ("triples", "filter", "notexists", "optional") for kind, _, _ in inner):
        return None
    outside = _var_names(toks[:open_] + toks[close + 1 :])
    in_triples: set[str] = set()
    nested: set[str] = set()
    for kind, a, b in inner:
        if kind == "triples":
            if any(v in ("[", "(") for _, v in toks[a:b]):
                return None
            in_triples |= _var_names(toks[a:b])
        elif kind == "optional":
            nested |= _var_names(toks[a:b])
    if (nested & outside) - in_triples:
        return None
    return _render(toks[open_ + 1 : close])


# ---------------------------------------------------------------------------------------
# SPARQL generation
# ---------------------------------------------------------------------------------------

_CASTABLE = {
    XSD + t
    for t in (
        "boolean",
        "float",
        "double",
        "decimal",
        "integer",
        "dateTime",
        "date",
        "time",
        "gYear",
        "gYearMonth",
        "gMonth",
        "gMonthDay",
        "gDay",
        "duration",
        "yearMonthDuration",
        "dayTimeDuration",
    )
}
_TYPE_PATH = f"<{RDF}type>/<{RDFS}subClassOf>*"
_COMPONENT = {
    "minCount": "MinCountConstraintComponent",
    "maxCount": "MaxCountConstraintComponent",
    "class": "ClassConstraintComponent",
    "datatype": "DatatypeConstraintComponent",
    "or": "OrConstraintComponent",
    "pattern": "PatternConstraintComponent",
    "languageIn": "LanguageInConstraintComponent",
    "uniqueLang": "UniqueLangConstraintComponent",
    "minInclusive": "MinInclusiveConstraintComponent",
    "hasValue": "HasValueConstraintComponent",
    "node": "NodeConstraintComponent",
    "sparql": "SPARQLConstraintComponent",
}
_MAX_PATTERN_COUNT = 5  # "n distinct values" as a pattern of n triples: up to this n
_VALUE_PARAMS = ("class", "datatype", "or", "node", "pattern", "languageIn", "minInclusive")


class _Vars:
    def __init__(self) -> None:
        self.n = 0

    def fresh(self) -> str:
        self.n += 1
        return f"?_v{self.n}"


def _term(t: Term) -> str:
    """A pyoxigraph term in SPARQL syntax (N-Triples syntax is valid SPARQL)."""
    return str(t)


class QueryBuilder:
    def __init__(self, compiler: Compiler) -> None:
        self.c = compiler
        self.vars = _Vars()

    # -- value-level constraints: boolean expressions that never raise -------------------

    def value_checks(self, shape: Shape, var: str) -> list[tuple[str, Term, str]]:
        """(parameter, parameter value, expression true iff ``var`` passes) for the value
        constraints of ``shape`` applied to the value node ``var``."""
        checks: list[tuple[str, Term, str]] = []
        for name in _VALUE_PARAMS:
            for param in shape.params.get(name, []):
                checks.append((name, param, self._value_expr(shape, name, param, var)))
        if not shape.is_property:
            for param in shape.params.get("hasValue", []):
                checks.append(("hasValue", param, f"sameTerm({var}, {_term(param)})"))
        return checks

    def _value_expr(self, shape: Shape, name: str, param: Term, v: str) -> str:
        if name == "class":
            return f"COALESCE(EXISTS {{ {v} {_TYPE_PATH} {_term(param)} }}, false)"
        if name == "datatype":
            return f"COALESCE({self._datatype(param.value, v)}, false)"
        if name == "pattern":
            flags = self.c.g.value(shape.node, SH + "flags")
            flag_arg = f", {_term(flags)}" if flags is not None else ""
            return f"COALESCE(!isBlank({v}) && REGEX(STR({v}), {_term(param)}{flag_arg}), false)"
        if name == "languageIn":
            ranges = self.c.g.items(param)
            tests = " || ".join(f"langMatches(LANG({v}), {_term(r)})" for r in ranges)
            return f"COALESCE(isLiteral({v}) && ({tests or 'false'}), false)"
        if name == "minInclusive":
            return f"COALESCE({v} >= {_term(param)}, false)"
        if name == "node":
            return self.conforms(self.c.active(param), v)
        if name == "or":
            members = [self.conforms(self.c.active(m), v) for m in self.c.g.items(param)]
            return "(" + (" || ".join(members) or "false") + ")"
        raise AssertionError(name)

    @staticmethod
    def _datatype(dt: str, v: str) -> str:
        if dt == RDFS + "Literal":
            return f"isLiteral({v})"
        if dt == RDF + "langString":
            return f'(isLiteral({v}) && LANG({v}) != "")'
        same = f"(isLiteral({v}) && DATATYPE({v}) = <{dt}>"
        if dt in _CASTABLE:  # well-formed: the cast of an ill-formed literal is an error
            return same + f" && isLiteral(<{dt}>({v})))"
        return same + ")"

    def conforms(self, shape: Shape, x: str) -> str:
        """An expression true iff node ``x`` conforms to ``shape`` (a nested shape)."""
        if shape.sparql:
            raise UnsupportedShapeError(
                "sh:sparql in a shape used by sh:node or sh:or", _name(shape.node)
            )
        if shape.is_property:
            return "(" + (" && ".join(self._property_conforms(shape, x)) or "true") + ")"
        parts = [expr for _, _, expr in self.value_checks(shape, x)]
        for prop in shape.properties:
            parts += self._property_conforms(prop, x)
        return "(" + (" && ".join(parts) or "true") + ")"

    def _property_conforms(self, prop: Shape, x: str) -> list[str]:
        p = f"<{prop.path}>"
        parts: list[str] = []
        v = self.vars.fresh()
        checks = self.value_checks(prop, v)
        if checks:
            failing = " || ".join(f"!{expr}" for _, _, expr in checks)
            parts.append(f"NOT EXISTS {{ {x} {p} {v} FILTER({failing}) }}")
        for param in prop.params.get("hasValue", []):
            parts.append(f"EXISTS {{ {x} {p} {_term(param)} }}")
        if "minCount" in prop.params:
            n = int(prop.params["minCount"][0].value)
            if n > 0:
                parts.append(f"EXISTS {{ {self.distinct_values(x, p, n)} }}")
        if "maxCount" in prop.params:
            n = int(prop.params["maxCount"][0].value)
            parts.append(f"NOT EXISTS {{ {self.distinct_values(x, p, n + 1)} }}")
        if "uniqueLang" in prop.params and _is_true(prop.params["uniqueLang"][0]):
            a, b = self.vars.fresh(), self.vars.fresh()
            parts.append(
                f"NOT EXISTS {{ {x} {p} {a}, {b} FILTER(!sameTerm({a}, {b}) && "
                f'LANG({a}) != "" && LCASE(LANG({a})) = LCASE(LANG({b}))) }}'
            )
        return parts

    def distinct_values(self, x: str, p: str, n: int) -> str:
        """A pattern matching when ``x`` has at least ``n`` distinct values of ``p``."""
        if n > _MAX_PATTERN_COUNT:
            raise UnsupportedShapeError(
                f"sh:minCount above {_MAX_PATTERN_COUNT} or sh:maxCount above "
                f"{_MAX_PATTERN_COUNT - 1} in a shape used by sh:node or sh:or"
            )
        vs = [self.vars.fresh() for _ in range(n)]
        pattern = f"{x} {p} {', '.join(vs)} ."
        pairs = [f"!sameTerm({a}, {b})" for i, a in enumerate(vs) for b in vs[i + 1 :]]
        return pattern + (f" FILTER({' && '.join(pairs)})" if pairs else "")

    # -- top-level queries -----------------------------------------------------------------

    @staticmethod
    def targets(shape: Shape) -> str:
        union = " UNION ".join(f"{{ ?this {_TYPE_PATH} <{c}> }}" for c in shape.targets)
        return f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"


# ---------------------------------------------------------------------------------------
# Evaluation
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ValueCheck:
    """A (property shape, constraint) pair a branch of the values query checks; ``root`` is the
    shape whose focus nodes it applies to (the node shape holding the property shape)."""

    root: Shape
    prop: Shape
    component: str  # the constraint parameter's local name: "class", "datatype", ...


@dataclass(frozen=True)
class MaxCountUse:
    """An ``sh:maxCount`` of a property shape on a path."""

    root: Shape
    prop: Shape
    limit: int


@dataclass(frozen=True)
class PresenceQuery:
    """Focus nodes of ``shape`` lacking a value one of ``props`` needs (minCount, hasValue)."""

    shape: Shape
    props: list[Shape]
    query: str


@dataclass(frozen=True)
class UniqueLangQuery:
    """Subjects with two values in one language on the path of ``prop`` (sh:uniqueLang)."""

    root: Shape
    prop: Shape
    query: str


@dataclass(frozen=True)
class NodeQuery:
    """Focus nodes of ``shape`` failing its own value constraints: ``?ok<i>`` is whether the
    node passes ``components[i]``."""

    shape: Shape
    components: list[str]
    query: str


@dataclass(frozen=True)
class SparqlQuery:
    """A SPARQL constraint of ``shape``, rewritten for Oxigraph."""

    shape: Shape
    constraint: SparqlConstraint
    query: str


@dataclass
class Plan:
    """The compiled queries (see ``Validator``)."""

    values: str | None = None  # the one UNION over every value check, or None: no checks
    value_checks: list[list[ValueCheck]] = field(default_factory=list)  # by branch (?k)
    max_counts: dict[str, list[MaxCountUse]] = field(default_factory=dict)  # by path
    present: list[PresenceQuery] = field(default_factory=list)
    unique: list[UniqueLangQuery] = field(default_factory=list)
    node: list[NodeQuery] = field(default_factory=list)
    sparql: list[SparqlQuery] = field(default_factory=list)


class Validator:
    """Compiles a shapes graph once; validates any pyoxigraph store against it.

    The queries (``plan``, a ``Plan``), each run once per validation:

    * ``values``: one UNION over every (property shape, value constraint) pair, without the
      targets: ``{ ?this <path> ?value FILTER(!ok) BIND(k AS ?k) }``, ``sh:class`` as
      ``MINUS { ?value rdf:type/rdfs:subClassOf* C }`` (a hash anti-join). Its rows are
      candidates; those whose ``?this`` is a focus node of the shape are results.
    * ``max_counts``: for every path with an ``sh:maxCount``, whether any subject has more values
      than the smallest maximum (``COUNT(*)`` against ``COUNT(DISTINCT ?s)`` per path); for
      the paths where one does, the subjects over it, with their counts.
    * ``present``: per node shape with ``sh:minCount`` / ``sh:hasValue`` properties, the focus
      nodes lacking one of them (``T FILTER(NOT EXISTS {...} || ...)``); which ones, is
      counted from the store for those few nodes.
    * ``unique``: per ``sh:uniqueLang`` path, the subjects with two values in one language.
    * ``node``: per node shape with value constraints on the focus node itself.
    * ``sparql``: each SPARQL constraint, rewritten for Oxigraph (``rewrite_for_oxigraph``);
      solutions whose ``$this`` is a focus node are results.

    Focus node sets are read from the store only when a query returns candidates (valid data
    needs none of them).
    """

    def __init__(self, shapes_files: Iterable[Path]) -> None:
        self.graph = ShapesGraph(shapes_files)
        self.compiler = Compiler(self.graph)
        self.shapes = self.compiler.top_level()
        self.plan = self._compile()

    # -- compilation --------------------------------------------------------------------------

    def _property_shapes(self) -> Iterator[tuple[Shape, Shape]]:
        """(top-level shape, property shape) pairs; a property shape with targets is its own
        holder."""
        for shape in self.shapes:
            if shape.is_property:
                yield shape, shape
            else:
                for prop in shape.properties:
                    yield shape, prop

    def _compile(self) -> Plan:
        b = QueryBuilder(self.compiler)
        plan = Plan()
        branches: dict[str, int] = {}
        keys: list[list[ValueCheck]] = []
        for root, ps in self._property_shapes():
            p = f"<{ps.path}>"
            for name, param, expr in b.value_checks(ps, "?value"):
                if name == "class":
                    body = f"?this {p} ?value MINUS {{ ?value {_TYPE_PATH} {_term(param)} }}"
                else:
                    body = f"?this {p} ?value FILTER(!{expr})"
                if body not in branches:
                    branches[body] = len(keys)
                    keys.append([])
                keys[branches[body]].append(ValueCheck(root, ps, name))
            if "maxCount" in ps.params:
                limit = int(ps.params["maxCount"][0].value)
                uses = plan.max_counts.setdefault(ps.property_path, [])
                uses.append(MaxCountUse(root, ps, limit))
            if ps.params.get("uniqueLang") and _is_true(ps.params["uniqueLang"][0]):
                q = (
                    f"SELECT DISTINCT ?this (LCASE(LANG(?a)) AS ?lang) WHERE {{ ?this {p} ?a, ?b "
                    f'FILTER(!sameTerm(?a, ?b) && LANG(?a) != "" && '
                    f"LCASE(LANG(?a)) = LCASE(LANG(?b))) }}"
                )
                plan.unique.append(UniqueLangQuery(root, ps, q))
        if branches:
            union = " UNION ".join(f"{{ {body} BIND({k} AS ?k) }}" for body, k in branches.items())
            plan.values = f"SELECT ?k ?this ?value WHERE {{ {union} }}"
            plan.value_checks = keys
        for shape in self.shapes:
            t = b.targets(shape)
            props = [shape] if shape.is_property else shape.properties
            missing: list[str] = []
            for ps in props:
                p = f"<{ps.path}>"
                if "minCount" in ps.params:
                    n = int(ps.params["minCount"][0].value)
                    if 0 < n <= _MAX_PATTERN_COUNT:
                        missing.append(f"NOT EXISTS {{ {b.distinct_values('?this', p, n)} }}")
                    elif n > _MAX_PATTERN_COUNT:  # too many values for a pattern: count them
                        q = (
                            f"SELECT ?this WHERE {{ {t} OPTIONAL {{ ?this {p} ?v }} }} "
                            f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {n})"
                        )
                        plan.present.append(PresenceQuery(shape, [ps], q))
                for param in ps.params.get("hasValue", []):
                    missing.append(f"NOT EXISTS {{ ?this {p} {_term(param)} }}")
            if missing:
                q = f"SELECT DISTINCT ?this WHERE {{ {t} FILTER({' || '.join(missing)}) }}"
                plan.present.append(PresenceQuery(shape, props, q))
            if not shape.is_property:
                checks = b.value_checks(shape, "?this")
                if checks:
                    oks = " ".join(f"?ok{i}" for i in range(len(checks)))
                    binds = " ".join(
                        f"BIND({expr} AS ?ok{i})" for i, (_, _, expr) in enumerate(checks)
                    )
                    failing = " || ".join(f"!?ok{i}" for i in range(len(checks)))
                    q = f"SELECT ?this {oks} WHERE {{ {t} {binds} FILTER({failing}) }}"
                    plan.node.append(NodeQuery(shape, [name for name, _, _ in checks], q))
            for c in shape.sparql:
                plan.sparql.append(SparqlQuery(shape, c, rewrite_for_oxigraph(c.select)))
        return plan

    # -- evaluation ---------------------------------------------------------------------------

    def validate(self, store: SparqlStore) -> list[Result]:
        run = _Run(store)
        results: list[Result] = []
        plan = self.plan
        if plan.values:
            for row in store.query(plan.values):
                focus = row["this"]
                for check in plan.value_checks[int(row["k"].value)]:
                    if run.is_focus(check.root, focus):
                        results.append(
                            self._result(check.prop, check.component, focus, row["value"])
                        )
        results += self._max_results(run)
        for present in plan.present:
            for row in store.query(present.query):
                results += self._presence_results(run, present.shape, present.props, row["this"])
        for unique in plan.unique:
            for row in store.query(unique.query):
                if run.is_focus(unique.root, row["this"]):
                    results.append(self._result(unique.prop, "uniqueLang", row["this"]))
        for node in plan.node:
            for row in store.query(node.query):
                for i, name in enumerate(node.components):
                    if row[f"ok{i}"].value != "true":
                        value = None if name == "hasValue" else row["this"]
                        results.append(self._result(node.shape, name, row["this"], value))
        for sparql in plan.sparql:
            results += self._sparql_results(run, sparql.shape, sparql.constraint, sparql.query)
        return results

    def _max_results(self, run: _Run) -> list[Result]:
        by_path = self.plan.max_counts
        if not by_path:
            return []
        store = run.store
        # Which paths have a subject with more values than the smallest maximum on them?
        # COUNT(*) = COUNT(DISTINCT ?s) says no subject has two values: nothing over 1.
        suspects = {path for path, uses in by_path.items() if min(u.limit for u in uses) == 0}
        values = " ".join(f"<{p}>" for p in by_path if p not in suspects)
        if values:
            q = (
                f"SELECT ?p (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?d) WHERE {{ "
                f"VALUES ?p {{ {values} }} ?s ?p ?o }} GROUP BY ?p"
            )
            for row in store.query(q):
                if row["n"].value != row["d"].value:
                    suspects.add(row["p"].value)
        results: list[Result] = []
        for path in sorted(suspects):
            uses = by_path[path]
            low = min(u.limit for u in uses)
            q = (
                f"SELECT ?this (COUNT(?o) AS ?n) WHERE {{ ?this <{path}> ?o }} "
                f"GROUP BY ?this HAVING (COUNT(?o) > {low})"
            )
            for row in store.query(q):
                n = int(row["n"].value)
                for use in uses:
                    if n > use.limit and run.is_focus(use.root, row["this"]):
                        results.append(self._result(use.prop, "maxCount", row["this"]))
        return results

    def _presence_results(
        self, run: _Run, shape: Shape, props: list[Shape], focus: Term
    ) -> list[Result]:
        """minCount / hasValue results for one focus node, counted from the store."""
        import pyoxigraph as ox

        results: list[Result] = []
        for ps in props:
            objects = {
                q.object
                for q in run.store.quads_for_pattern(
                    focus, ox.NamedNode(ps.property_path), None, ox.DefaultGraph()
                )
            }
            if "minCount" in ps.params and len(objects) < int(ps.params["minCount"][0].value):
                results.append(self._result(ps, "minCount", focus))
            for param in ps.params.get("hasValue", []):
                if param not in objects:
                    results.append(self._result(ps, "hasValue", focus))
        return results

    def _result(self, shape: Shape, name: str, focus: Term, value: Term | None = None) -> Result:
        return Result(
            focus=focus,
            path=shape.path,
            shape=shape.node,
            component=SH + _COMPONENT[name],
            severity=shape.severity,
            message=shape.messages[0] if shape.messages else _generic_message(shape, name),
            value=value,
        )

    def _sparql_results(
        self, run: _Run, shape: Shape, c: SparqlConstraint, query: str
    ) -> list[Result]:
        import pyoxigraph as ox

        try:
            solutions = run.store.query(query, prefixes=c.prefixes)
        except SyntaxError as err:
            raise UnsupportedShapeError(
                f"a SPARQL query that does not parse ({err})", _name(c.node)
            ) from None
        names = [v.value for v in solutions.variables if not v.value.startswith("_bgw")]
        messages = shape.messages + c.messages
        seen: set[tuple[Term, object]] = set()
        results: list[Result] = []
        for row in solutions:
            this = row["this"]
            if not run.is_focus(shape, this):
                continue
            bound: dict[str, Term] = {n: row[n] for n in names if row[n] is not None}
            failure = bound.pop("failure", None)
            key: tuple[Term, object]
            if failure is not None:  # as pySHACL: one result for the focus node
                key = (this, "failure")
                bound = {}
            else:
                key = (this, tuple(sorted((n, str(t)) for n, t in bound.items())))
            if key in seen:
                continue
            seen.add(key)
            path = bound.get("path")
            text = messages[0] if messages else (f"Validation of {_name(c.node)} failed for {this}")
            for n, t in bound.items():
                text = _fill(text, n, t.value)
            results.append(
                Result(
                    focus=this,
                    path=path.value if isinstance(path, ox.NamedNode) else None,
                    shape=shape.node,
                    component=SH + _COMPONENT["sparql"],
                    severity=shape.severity,
                    message=text,
                    value=bound.get("value", this),
                    constraint=c.node,
                )
            )
        return results

    def holders(self, shape_node: Term) -> tuple[str, ...]:
        """The shapes holding ``shape_node`` through sh:property or sh:sparql."""
        subjects = self.graph.subjects(SH + "property", shape_node) + self.graph.subjects(
            SH + "sparql", shape_node
        )
        return tuple(str(s.value) for s in subjects if hasattr(s, "value"))


def _fill(text: str, name: str, value: str) -> str:
    """A message with ``{?name}`` and ``{$name}`` replaced by ``value``, taken as it is (no
    backslash or group reference in it is interpreted)."""
    return re.sub("{[?$]" + re.escape(name) + "}", lambda _m: value, text)


class _Run:
    """One validation: the store, and focus node sets read on demand."""

    def __init__(self, store: SparqlStore) -> None:
        self.store = store
        self._focus: dict[tuple[str, ...], set[Term]] = {}

    def is_focus(self, shape: Shape, node: Term) -> bool:
        key = tuple(shape.targets)
        if key not in self._focus:
            q = f"SELECT ?this WHERE {QueryBuilder.targets(shape)}"
            self._focus[key] = {row["this"] for row in self.store.query(q)}
        return node in self._focus[key]


def _generic_message(shape: Shape, name: str) -> str:
    """pySHACL's wording where a shape has no sh:message."""
    params = shape.params.get(name, [])
    param = params[0] if params else None
    shown = param.value if param is not None and hasattr(param, "value") else str(param)
    return {
        "minCount": f"Less than {shown} values on ->{_short(shape.path or '')}",
        "maxCount": f"More than {shown} values on ->{_short(shape.path or '')}",
        "class": f"Value does not have class {_short(shown)}",
        "datatype": f"Value is not Literal with datatype {_short(shown)}",
        "or": "Node does not conform to one or more shapes in sh:or",
        "node": f"Value does not conform to Shape {shown}",
        "pattern": f"Value does not match pattern '{shown}'",
        "languageIn": "String language is not in the sh:languageIn list",
        "uniqueLang": "More than one String shares the same Language",
        "minInclusive": f"Value is not >= {shown}",
        "hasValue": f"Node does not contain Value {shown}",
    }[name]


# ---------------------------------------------------------------------------------------
# The report graph (for --format turtle)
# ---------------------------------------------------------------------------------------


class ReportGraph:
    """A SHACL validation report built from results; ``serialize(format="turtle")`` as rdflib."""

    def __init__(self, conforms: bool, results: list[Result]) -> None:
        self.conforms = conforms
        self.results = results

    def quads(self) -> list[ox.Quad]:
        import pyoxigraph as ox

        def sh(name: str) -> ox.NamedNode:
            return ox.NamedNode(SH + name)

        rdf_type = ox.NamedNode(_RDF_TYPE)
        report = ox.BlankNode()
        quads = [
            ox.Quad(report, rdf_type, sh("ValidationReport")),
            ox.Quad(
                report,
                sh("conforms"),
                ox.Literal(
                    "true" if self.conforms else "false", datatype=ox.NamedNode(XSD + "boolean")
                ),
            ),
        ]
        for r in self.results:
            node = ox.BlankNode()
            quads += [
                ox.Quad(report, sh("result"), node),
                ox.Quad(node, rdf_type, sh("ValidationResult")),
                ox.Quad(node, sh("focusNode"), r.focus),
                ox.Quad(node, sh("sourceShape"), r.shape),
                ox.Quad(node, sh("sourceConstraintComponent"), ox.NamedNode(r.component)),
                ox.Quad(node, sh("resultSeverity"), ox.NamedNode(r.severity)),
                ox.Quad(node, sh("resultMessage"), ox.Literal(r.message)),
            ]
            if r.path is not None:
                quads.append(ox.Quad(node, sh("resultPath"), ox.NamedNode(r.path)))
            if r.value is not None:
                quads.append(ox.Quad(node, sh("value"), r.value))
            if r.constraint is not None:
                quads.append(ox.Quad(node, sh("sourceConstraint"), r.constraint))
        return quads

    def __len__(self) -> int:
        return len(self.quads())

    def serialize(self, format: str = "turtle") -> str:  # noqa: A002 - rdflib's signature
        import pyoxigraph as ox

        if format not in ("turtle", "ttl"):
            raise ValueError(f"unsupported report format {format!r}")
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in self.quads()]
        data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes={"sh": SH, "xsd": XSD})
        assert data is not None  # serialize returns the bytes when given no output
        return data.decode("utf-8")
