"""Fast SHACL validation: the shapes compiled into SPARQL SELECT queries over pyoxigraph.

pySHACL evaluates every constraint once per focus node, in Python, over rdflib; a SPARQL-based
constraint runs one rdflib query per focus node. On the shipped knowledge base (~420k triples)
that takes hours. Here each constraint becomes one SPARQL SELECT that finds *all* its
violations at once, evaluated by Oxigraph. The queries are generated from the shapes graph
(read generically, never hard-coded), so they live in Python rather than in ``queries/*.rq``.

What is compiled, and how (``?this`` ranges over a shape's focus nodes)
----------------------------------------------------------------------
* Targets: ``sh:targetClass C`` -> ``?this rdf:type/rdfs:subClassOf* C`` (instances of
  subclasses too, as SHACL says), de-duplicated in a sub-select.
* Property shapes (``sh:path`` an IRI):
  - ``sh:minCount`` / ``sh:maxCount``: one query per property shape,
    ``GROUP BY ?this HAVING (COUNT(DISTINCT ?value) < min || ... > max)``.
  - value constraints (``sh:class``, ``sh:datatype``, ``sh:or``, ``sh:node``, ``sh:pattern``,
    ``sh:languageIn``, ``sh:minInclusive``): one query per property shape joining
    ``?this <path> ?value`` and binding one boolean per constraint (below); a row per value node
    that fails at least one of them.
  - ``sh:hasValue``: ``FILTER NOT EXISTS { ?this <path> <value> }``.
  - ``sh:uniqueLang``: pairs of distinct values sharing a (case-insensitive) language tag.
* Node shapes: the same value constraints applied to ``?this`` itself.
* Value constraints are boolean expressions over a value node that never raise an error
  (``COALESCE(..., false)``): ``sh:class`` -> ``EXISTS { ?v rdf:type/rdfs:subClassOf* C }``;
  ``sh:datatype`` -> datatype equality plus well-formedness (an XSD cast of the value must
  succeed, so ``"2017-13-01"^^xsd:date`` fails as in pySHACL); ``sh:pattern`` -> ``REGEX``;
  ``sh:languageIn`` -> ``langMatches``; ``sh:minInclusive`` -> ``>=`` (incomparable fails);
  ``sh:hasValue`` -> ``sameTerm``; ``sh:node S`` / ``sh:or (S1 .. Sn)`` -> the conformance of
  the value node to ``S`` / to any ``Si``, compiled recursively: the nested shape's value
  constraints on the node, and for each of its property shapes ``NOT EXISTS`` a failing value,
  ``EXISTS`` enough values (min), ``NOT EXISTS`` too many distinct values (max), ...
* SPARQL-based constraints (``sh:sparql`` / ``sh:select``): SHACL pre-binds ``$this`` to each
  focus node in turn. We run the query once with ``$this`` free and keep the solutions whose
  ``$this`` is a focus node of the shape. That is the same result only when the query's
  structure makes it so, which ``check_prebinding`` verifies (conservatively) before running:
  ``$this`` must be bound by a triple pattern of the top-level group and projected, may appear
  in top-level filters, in ``OPTIONAL`` and ``(NOT) EXISTS`` blocks, and as a triple term in
  nested groups; anything else (``$this`` in ``MINUS``, sub-selects, ``VALUES``, ``BIND``,
  ``GRAPH``, ``SERVICE``, filters of nested groups; aggregates, ``GROUP BY``, ``LIMIT``,
  ``OFFSET``) raises ``UnsupportedShapeError``. ``sh:prefixes`` / ``sh:declare`` become the
  query's prefixes; messages get ``{?var}`` / ``{$var}`` filled in as pySHACL does, and
  ``?value`` / ``?path`` give the result's value and path (default value: the focus node).

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
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BlocgraphError
from .namespaces import RDF, RDFS, SH, XSD


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
    "minCount", "maxCount", "class", "datatype", "or", "pattern", "flags", "languageIn",
    "uniqueLang", "minInclusive", "hasValue", "node", "sparql",
}
_STRUCTURAL = {
    "targetClass", "property", "path", "message", "severity", "deactivated",
    # SPARQL constraints and prefix declarations
    "select", "prefixes", "declare", "prefix", "namespace",
    # non-validating properties (SHACL 2.3.2 / 2.4), ignored by every engine
    "name", "description", "order", "group", "defaultValue",
}
_KNOWN_PREDICATES = {SH + name for name in _CONSTRAINT_PARAMETERS | _STRUCTURAL}
_KNOWN_TYPES = {SH + name for name in ("NodeShape", "PropertyShape", "SPARQLConstraint",
                                       "PrefixDeclaration")}
_RDF_TYPE = RDF + "type"
_RDF_FIRST, _RDF_REST, _RDF_NIL = RDF + "first", RDF + "rest", RDF + "nil"


class ShapesGraph:
    """The shapes files as a plain index: subject -> predicate -> objects (pyoxigraph terms)."""

    def __init__(self, files: Iterable[Path]) -> None:
        import pyoxigraph as ox

        self.files = list(files)
        self._index: dict = {}
        self._reverse: dict = {}
        for path in self.files:
            try:
                triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE,
                                   base_iri=path.resolve().as_uri())
                for t in triples:
                    self._index.setdefault(t.subject, {}).setdefault(
                        t.predicate.value, []).append(t.object)
                    self._reverse.setdefault((t.predicate.value, t.object), []).append(
                        t.subject)
            except SyntaxError as err:
                from .errors import InputError

                raise InputError(f"{path}: not valid Turtle: {err}") from None
        self._check_vocabulary()

    def _check_vocabulary(self) -> None:
        for subject, props in self._index.items():
            for pred, objects in props.items():
                if pred.startswith(SH) and pred not in _KNOWN_PREDICATES:
                    raise UnsupportedShapeError(f"sh:{pred[len(SH):]}", _name(subject))
                if pred == _RDF_TYPE:
                    for o in objects:
                        if _iri(o).startswith(SH) and _iri(o) not in _KNOWN_TYPES:
                            raise UnsupportedShapeError(f"sh:{_iri(o)[len(SH):]}",
                                                        _name(subject))

    def objects(self, subject, pred: str) -> list:
        return self._index.get(subject, {}).get(pred, [])

    def value(self, subject, pred: str):
        values = self.objects(subject, pred)
        if len(values) > 1:
            raise UnsupportedShapeError(f"more than one {_short(pred)}", _name(subject))
        return values[0] if values else None

    def subjects(self, pred: str, obj) -> list:
        return self._reverse.get((pred, obj), [])

    def predicates(self, subject) -> set[str]:
        return set(self._index.get(subject, {}))

    def items(self, head) -> list:
        """The members of an RDF list."""
        import pyoxigraph as ox

        out, node, seen = [], head, set()
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

    def declared_prefixes(self, node) -> dict[str, str]:
        """The sh:declare prefixes of the sh:prefixes values of ``node``."""
        prefixes: dict[str, str] = {}
        for owner in self.objects(node, SH + "prefixes"):
            for decl in self.objects(owner, SH + "declare"):
                prefix, ns = self.value(decl, SH + "prefix"), self.value(decl, SH + "namespace")
                if prefix is None or ns is None:
                    raise UnsupportedShapeError("an sh:declare without sh:prefix/sh:namespace",
                                                _name(owner))
                prefixes[prefix.value] = ns.value
        return prefixes

    @property
    def subjects_all(self):
        return self._index.keys()


def _iri(term) -> str:
    import pyoxigraph as ox

    return term.value if isinstance(term, ox.NamedNode) else ""


def _name(term) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "a blank-node shape"
    return str(term)


def _short(iri: str) -> str:
    for prefix, ns in (("sh", SH), ("rdf", RDF), ("rdfs", RDFS), ("xsd", XSD)):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def _is_true(term) -> bool:
    return term is not None and term.value in ("true", "1")


# ---------------------------------------------------------------------------------------
# The compiled model
# ---------------------------------------------------------------------------------------

VIOLATION = SH + "Violation"


@dataclass
class SparqlConstraint:
    node: object  # the sh:SPARQLConstraint node
    select: str
    prefixes: dict[str, str]
    messages: list[str]
    projected: list[str]


@dataclass
class Shape:
    node: object
    path: str | None  # an IRI for property shapes
    severity: str
    messages: list[str]
    targets: list[str] = field(default_factory=list)  # sh:targetClass IRIs
    properties: list[Shape] = field(default_factory=list)
    params: dict[str, list] = field(default_factory=dict)  # constraint parameter -> values
    sparql: list[SparqlConstraint] = field(default_factory=list)

    @property
    def is_property(self) -> bool:
        return self.path is not None


@dataclass
class Result:
    """One validation result, with pyoxigraph terms (``Violation`` carries strings)."""

    focus: object
    path: str | None
    shape: object
    component: str  # the sh:...ConstraintComponent IRI
    severity: str
    message: str
    value: object | None = None
    constraint: object | None = None  # the sh:SPARQLConstraint node, for SPARQL results


class Compiler:
    """Reads shapes from a ``ShapesGraph`` into ``Shape`` objects, checking every parameter."""

    def __init__(self, graph: ShapesGraph) -> None:
        self.g = graph
        self._shapes: dict = {}
        self._building: set = set()

    def top_level(self) -> list[Shape]:
        """Shapes with targets (the ones validation starts from), sorted for stable output."""
        roots = {s for s in self.g.subjects_all if self.g.objects(s, SH + "targetClass")}
        shapes = [self.shape(s) for s in sorted(roots, key=str)]
        return [s for s in shapes if s is not None]

    def shape(self, node) -> Shape | None:
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
        targets = []
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
            name = pred[len(SH):] if pred.startswith(SH) else None
            if name in _CONSTRAINT_PARAMETERS and name not in ("sparql", "flags"):
                shape.params[name] = g.objects(node, pred)
        self._check_params(shape)
        for prop in g.objects(node, SH + "property"):
            if shape.is_property:
                raise UnsupportedShapeError("sh:property on a property shape", _name(node))
            child = self.shape(prop)
            if child is not None:
                if not child.is_property:
                    raise UnsupportedShapeError("an sh:property value without sh:path",
                                                _name(prop))
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

    def _check_params(self, shape: Shape) -> None:
        import pyoxigraph as ox

        where = _name(shape.node)
        for name, values in shape.params.items():
            if name in ("minCount", "maxCount", "uniqueLang") and not shape.is_property:
                raise UnsupportedShapeError(f"sh:{name} on a node shape", where)
            if len(values) > 1 and name in ("minCount", "maxCount", "uniqueLang",
                                             "minInclusive", "pattern", "datatype"):
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

    def _sparql(self, node) -> SparqlConstraint:
        import pyoxigraph as ox

        select = self.g.value(node, SH + "select")
        if not isinstance(select, ox.Literal):
            raise UnsupportedShapeError("an sh:sparql constraint without sh:select", _name(node))
        prefixes = self.g.declared_prefixes(node)
        projected = check_prebinding(select.value, _name(node))
        return SparqlConstraint(node, select.value, prefixes,
                                _messages(self.g.objects(node, SH + "message")), projected)


def _messages(terms) -> list[str]:
    """Message texts, those without a language tag or in English first."""
    def rank(t):
        lang = getattr(t, "language", None)
        return (0 if not lang else 1 if lang.lower().startswith("en") else 2, t.value)

    return [t.value for t in sorted(terms, key=rank)]


# ---------------------------------------------------------------------------------------
# Pre-binding of $this: when is "run once, keep solutions whose ?this is a focus node" exact?
# ---------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""(?P<ws>\s+)
      | (?P<comment>\#[^\n]*)
      | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                   |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
      | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
      | (?P<number>[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
      | (?P<name>(?:[A-Za-z_\u00C0-\uFFFF][\w\-\u00B7-\uFFFF]*)?:(?:[\w\-:%\u00B7-\uFFFF]|\.(?=[\w\-:%]))*
                 |[A-Za-z_][\w\-]*)
      | (?P<op>\|\||&&|!=|<=|>=|\^\^|.)
    """,
    re.VERBOSE | re.DOTALL,
)
_AGGREGATES = {"COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"}
_REFUSED_AFTER_WHERE = {"GROUP", "HAVING", "LIMIT", "OFFSET", "VALUES"}
_SPECIAL_VARS = {"shapesGraph": "$shapesGraph", "currentShape": "$currentShape",
                 "PATH": "$PATH"}


def _tokens(text: str) -> list[tuple[str, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        out.append((kind, m.group()))
    return out


def check_prebinding(select: str, where: str = "") -> list[str]:
    """Check that evaluating ``select`` once with ``$this`` unbound and keeping the solutions
    whose ``?this`` is a focus node gives exactly the solutions of the query with ``$this``
    pre-bound to each focus node. Returns the projected variable names (``["*"]`` for
    ``SELECT *``); raises ``UnsupportedShapeError`` naming the construct otherwise.

    The check is conservative (it may refuse queries that would be exact):
    * ``$this`` must occur as a triple term directly in the WHERE clause's top-level group,
      so every solution binds it and a filter of that group sees it bound;
    * it may occur in a filter of the top-level group or of a top-level ``OPTIONAL`` (a
      left-join condition, evaluated on the joined solution), and anywhere inside
      ``(NOT) EXISTS`` blocks of those filters (evaluated with the solution's bindings), except
      in the constructs refused below;
    * inside nested groups and ``UNION`` branches only as a triple term (joins compare it);
    * never in ``MINUS``, sub-selects, ``VALUES``, ``BIND``, ``GRAPH``, ``SERVICE``, nor as
      ``AS ?this``; the query has no aggregates, ``GROUP BY``, ``HAVING``, ``LIMIT``,
      ``OFFSET`` or trailing ``VALUES`` (they work per focus node when pre-bound).
    """
    what = where or "an sh:select query"
    toks = _tokens(select)
    upper = [v.upper() if k == "name" else v for k, v in toks]

    def refuse(construct: str):
        raise UnsupportedShapeError(construct + " in a SPARQL constraint", what)

    for kind, value in toks:
        if kind == "var" and value[1:] in _SPECIAL_VARS:
            refuse(f"the variable {_SPECIAL_VARS[value[1:]]}")
    if any(u in _AGGREGATES for u in upper):
        refuse("aggregates")
    i = 0
    while i < len(toks) and upper[i] in ("PREFIX", "BASE"):
        i += 3 if upper[i] == "PREFIX" else 2
    if i >= len(toks) or upper[i] != "SELECT":
        refuse("a query that is not a SELECT")
    i += 1
    projected: list[str] = []
    depth = 0
    while i < len(toks) and not (depth == 0 and (upper[i] in ("WHERE", "{"))):
        kind, value = toks[i]
        if value == "(":
            depth += 1
        elif value == ")":
            depth -= 1
        elif kind == "var" and depth == 0:
            projected.append(value[1:])
        elif value == "*" and depth == 0:
            projected.append("*")
        elif upper[i] == "AS" and i + 1 < len(toks) and toks[i + 1][0] == "var":
            name = toks[i + 1][1][1:]
            if name == "this":
                refuse("AS $this")
            projected.append(name)
            i += 1
        i += 1
    if "this" not in projected and "*" not in projected:
        refuse("a SELECT that does not project $this")
    if i < len(toks) and upper[i] == "WHERE":
        i += 1
    if i >= len(toks) or toks[i][1] != "{":
        refuse("a query without a WHERE group")

    # Walk the WHERE clause. Brace frames: kind of group; paren frames: expressions.
    braces: list[str] = []  # "where", "optional", "exists", "group", "union", "minus", ...
    parens: list[str] = []  # per open paren: "filter", "bind", "expr", "list"
    paren_base: list[int] = []  # len(parens) when each brace frame opened
    pending_group: str | None = None
    pending_expr: str | None = None  # "filter" / "bind": an expression starts next
    certain = False
    end = None
    j = i
    while j < len(toks):
        kind, value = toks[j]
        u = upper[j]
        if value == "{":
            if pending_group is None:
                nxt = upper[j + 1] if j + 1 < len(toks) else ""
                pending_group = "where" if not braces else (
                    "subselect" if nxt == "SELECT" else "group")
            braces.append(pending_group)
            paren_base.append(len(parens))
            pending_group = None
            pending_expr = None
        elif value == "}":
            braces.pop()
            del parens[paren_base.pop():]
            if not braces:
                end = j
                break
        elif u in ("OPTIONAL", "MINUS", "SERVICE", "VALUES", "GRAPH", "UNION"):
            pending_group = u.lower()
        elif u == "EXISTS":
            pending_group = "exists"
        elif u in ("FILTER", "BIND", "HAVING"):
            pending_expr = "bind" if u == "BIND" else "filter"
        elif value == "(":
            in_expr = len(parens) > paren_base[-1] and parens[-1] != "list"
            if pending_expr:
                parens.append(pending_expr)
                pending_expr = None
            else:
                parens.append("expr" if in_expr else "list")
        elif value == ")":
            if len(parens) > paren_base[-1]:
                parens.pop()
        elif u == "AS" and j + 1 < len(toks) and toks[j + 1][1][1:] == "this":
            refuse("BIND(... AS $this)")
        elif kind == "var" and value[1:] == "this" and pending_group:
            refuse(f"$this in {pending_group.upper()}")
        elif kind == "var" and value[1:] == "this":
            certain |= _check_this_occurrence(braces, parens, paren_base, refuse)
        j += 1
    if end is None:
        refuse("an unbalanced WHERE group")
    for u in upper[end + 1:]:
        if u in _REFUSED_AFTER_WHERE:
            refuse(f"{u} after the WHERE clause")
    if not certain:
        refuse("$this not bound by a triple pattern of the top-level group")
    return projected


def _check_this_occurrence(braces, parens, paren_base, refuse) -> bool:
    """Whether this occurrence of $this certainly binds it (a top-level triple term); raises
    if the occurrence is in a position where pre-binding and joining could differ."""
    own_parens = parens[paren_base[-1]:]
    expr_kinds = [p for p in own_parens if p != "list"]
    in_expr = bool(expr_kinds)
    if "bind" in expr_kinds:
        refuse("$this in BIND")
    mode = "top"
    for frame in braces[1:]:
        if frame == "exists":
            if mode == "nested":
                refuse("$this in a (NOT) EXISTS inside a nested group")
            mode = "exists"
        elif frame == "optional":
            if mode == "top":
                mode = "optional"
            elif mode == "optional":
                mode = "nested"
        elif frame in ("group", "union"):
            if mode in ("top", "optional"):
                mode = "nested"
            elif mode == "exists":
                refuse("$this in a nested group inside (NOT) EXISTS")
        else:
            refuse(f"$this inside {frame.upper()}")
    if in_expr and mode == "nested":
        refuse("$this in a filter of a nested group, UNION branch or nested OPTIONAL")
    return mode == "top" and not in_expr and not own_parens


# ---------------------------------------------------------------------------------------
# SPARQL generation
# ---------------------------------------------------------------------------------------

_CASTABLE = {XSD + t for t in (
    "boolean", "float", "double", "decimal", "integer", "dateTime", "date", "time", "gYear",
    "gYearMonth", "gMonth", "gMonthDay", "gDay", "duration", "yearMonthDuration",
    "dayTimeDuration",
)}
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
_VALUE_PARAMS = ("class", "datatype", "or", "node", "pattern", "languageIn", "minInclusive")


class _Vars:
    def __init__(self) -> None:
        self.n = 0

    def fresh(self) -> str:
        self.n += 1
        return f"?_v{self.n}"


def _term(t) -> str:
    """A pyoxigraph term in SPARQL syntax (N-Triples syntax is valid SPARQL)."""
    return str(t)


class QueryBuilder:
    def __init__(self, compiler: Compiler) -> None:
        self.c = compiler
        self.vars = _Vars()

    # -- value-level constraints: boolean expressions that never raise -------------------

    def value_checks(self, shape: Shape, var: str) -> list[tuple[str, object, str]]:
        """(parameter, parameter value, expression true iff ``var`` passes) for the value
        constraints of ``shape`` applied to the value node ``var``."""
        checks = []
        for name in _VALUE_PARAMS:
            for param in shape.params.get(name, []):
                checks.append((name, param, self._value_expr(shape, name, param, var)))
        if not shape.is_property:
            for param in shape.params.get("hasValue", []):
                checks.append(("hasValue", param, f"sameTerm({var}, {_term(param)})"))
        return checks

    def _value_expr(self, shape: Shape, name: str, param, v: str) -> str:
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
            return self.conforms(self.c.shape(param), v)
        if name == "or":
            members = [self.conforms(self.c.shape(m), v) for m in self.c.g.items(param)]
            return "(" + (" || ".join(members) or "false") + ")"
        raise AssertionError(name)

    @staticmethod
    def _datatype(dt: str, v: str) -> str:
        if dt == RDFS + "Literal":
            return f"isLiteral({v})"
        if dt == RDF + "langString":
            return f"(isLiteral({v}) && LANG({v}) != \"\")"
        same = f"(isLiteral({v}) && DATATYPE({v}) = <{dt}>"
        if dt in _CASTABLE:  # well-formed: the cast of an ill-formed literal is an error
            return same + f" && isLiteral(<{dt}>({v})))"
        return same + ")"

    def conforms(self, shape: Shape, x: str) -> str:
        """An expression true iff node ``x`` conforms to ``shape`` (a nested shape)."""
        if shape.sparql:
            raise UnsupportedShapeError("sh:sparql in a shape used by sh:node or sh:or",
                                        _name(shape.node))
        if shape.is_property:
            return "(" + (" && ".join(self._property_conforms(shape, x)) or "true") + ")"
        parts = [expr for _, _, expr in self.value_checks(shape, x)]
        for prop in shape.properties:
            parts += self._property_conforms(prop, x)
        return "(" + (" && ".join(parts) or "true") + ")"

    def _property_conforms(self, prop: Shape, x: str) -> list[str]:
        p = f"<{prop.path}>"
        parts = []
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
                parts.append(f"EXISTS {{ {self._distinct_values(x, p, n)} }}")
        if "maxCount" in prop.params:
            n = int(prop.params["maxCount"][0].value)
            parts.append(f"NOT EXISTS {{ {self._distinct_values(x, p, n + 1)} }}")
        if "uniqueLang" in prop.params and _is_true(prop.params["uniqueLang"][0]):
            a, b = self.vars.fresh(), self.vars.fresh()
            parts.append(
                f"NOT EXISTS {{ {x} {p} {a}, {b} FILTER(!sameTerm({a}, {b}) && "
                f"LANG({a}) != \"\" && LCASE(LANG({a})) = LCASE(LANG({b}))) }}"
            )
        return parts

    def _distinct_values(self, x: str, p: str, n: int) -> str:
        if n > 5:
            raise UnsupportedShapeError(
                "sh:minCount above 5 or sh:maxCount above 4 in a shape used by sh:node/sh:or")
        vs = [self.vars.fresh() for _ in range(n)]
        pattern = f"{x} {p} {', '.join(vs)} ."
        pairs = [f"!sameTerm({a}, {b})" for i, a in enumerate(vs) for b in vs[i + 1:]]
        return pattern + (f" FILTER({' && '.join(pairs)})" if pairs else "")

    # -- top-level queries -----------------------------------------------------------------

    @staticmethod
    def targets(shape: Shape) -> str:
        union = " UNION ".join(f"{{ ?this {_TYPE_PATH} <{c}> }}" for c in shape.targets)
        return f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"


# ---------------------------------------------------------------------------------------
# Evaluation
# ---------------------------------------------------------------------------------------


class Validator:
    """Compiles a shapes graph once; validates any pyoxigraph store against it."""

    def __init__(self, shapes_files: Iterable[Path]) -> None:
        self.graph = ShapesGraph(shapes_files)
        self.compiler = Compiler(self.graph)
        self.shapes = self.compiler.top_level()
        self.queries = self._compile()

    def _compile(self) -> list:
        """(kind, shape, property shape or None, query text, extra) for every query."""
        b = QueryBuilder(self.compiler)
        out = []
        for shape in self.shapes:
            t = b.targets(shape)
            holders = [(shape, None)] if shape.is_property else []
            if not shape.is_property:
                checks = b.value_checks(shape, "?this")
                if checks:
                    out.append(self._value_query(t, shape, "?this", checks))
                holders = [(shape, p) for p in shape.properties]
            for _, prop in holders:
                ps = prop or shape
                p = f"<{ps.path}>"
                bounds = []
                if "minCount" in ps.params:
                    bounds.append(f"?count < {int(ps.params['minCount'][0].value)}")
                if "maxCount" in ps.params:
                    bounds.append(f"?count > {int(ps.params['maxCount'][0].value)}")
                if bounds:
                    q = (f"SELECT ?this ?count WHERE {{ {{ SELECT ?this "
                         f"(COUNT(DISTINCT ?value) AS ?count) WHERE {{ {t} "
                         f"OPTIONAL {{ ?this {p} ?value }} }} GROUP BY ?this }} "
                         f"FILTER({' || '.join(bounds)}) }}")
                    out.append(("count", ps, q, None))
                checks = b.value_checks(ps, "?value")
                if checks:
                    body = f"{t} ?this {p} ?value ."
                    out.append(self._value_query(body, ps, "?value", checks))
                for param in ps.params.get("hasValue", []):
                    q = (f"SELECT ?this WHERE {{ {t} "
                         f"FILTER NOT EXISTS {{ ?this {p} {_term(param)} }} }}")
                    out.append(("hasValue", ps, q, param))
                if "uniqueLang" in ps.params and _is_true(ps.params["uniqueLang"][0]):
                    q = (f"SELECT DISTINCT ?this (LCASE(LANG(?a)) AS ?lang) WHERE {{ {t} "
                         f"?this {p} ?a, ?b . FILTER(!sameTerm(?a, ?b) && LANG(?a) != \"\" "
                         f"&& LCASE(LANG(?a)) = LCASE(LANG(?b))) }}")
                    out.append(("uniqueLang", ps, q, None))
            for c in shape.sparql:
                out.append(("sparql", shape, c.select, c))
        return out

    @staticmethod
    def _value_query(body: str, shape: Shape, var: str, checks) -> tuple:
        """One query for all value constraints of ``shape``: a row per value node ``var``
        that fails at least one, with one boolean ``?okN`` per constraint."""
        binds = " ".join(f"BIND({expr} AS ?ok{i})" for i, (_, _, expr) in enumerate(checks))
        failing = " || ".join(f"!?ok{i}" for i in range(len(checks)))
        oks = " ".join(f"?ok{i}" for i in range(len(checks)))
        value = "?value" if var == "?value" else ""
        q = f"SELECT ?this {value} {oks} WHERE {{ {body} {binds} FILTER({failing}) }}"
        return ("values", shape, q, [(name, param) for name, param, _ in checks])

    def validate(self, store) -> list[Result]:
        results: list[Result] = []
        focus_cache: dict[tuple, set] = {}
        for kind, shape, query, extra in self.queries:
            if kind == "sparql":
                key = tuple(shape.targets)
                if key not in focus_cache:
                    q = f"SELECT ?this WHERE {QueryBuilder.targets(shape)}"
                    focus_cache[key] = {r["this"] for r in store.query(q)}
                results += self._sparql_results(store, shape, extra, focus_cache[key])
                continue
            for row in store.query(query):
                focus = row["this"]
                if kind == "count":
                    n = int(row["count"].value)
                    if "minCount" in shape.params and n < int(shape.params["minCount"][0].value):
                        results.append(self._result(shape, "minCount", focus))
                    if "maxCount" in shape.params and n > int(shape.params["maxCount"][0].value):
                        results.append(self._result(shape, "maxCount", focus))
                elif kind == "values":
                    value = row["value"] if shape.is_property else focus
                    for i, (name, _param) in enumerate(extra):
                        if row[f"ok{i}"].value != "true":
                            # as pySHACL: sh:hasValue results carry no value
                            shown = None if name == "hasValue" else value
                            results.append(self._result(shape, name, focus, shown))
                else:  # hasValue, uniqueLang: one result per focus node, no value
                    results.append(self._result(shape, kind, focus))
        return results

    def _result(self, shape: Shape, name: str, focus, value=None) -> Result:
        return Result(
            focus=focus,
            path=shape.path,
            shape=shape.node,
            component=SH + _COMPONENT[name],
            severity=shape.severity,
            message=shape.messages[0] if shape.messages else _generic_message(shape, name),
            value=value,
        )

    def _sparql_results(self, store, shape: Shape, c: SparqlConstraint, focus: set):
        import pyoxigraph as ox

        try:
            solutions = store.query(c.select, prefixes=c.prefixes)
        except SyntaxError as err:
            raise UnsupportedShapeError(f"a SPARQL query that does not parse ({err})",
                                        _name(c.node)) from None
        names = [v.value for v in solutions.variables]
        messages = shape.messages + c.messages
        seen = set()
        results = []
        for row in solutions:
            this = row["this"]
            if this not in focus:
                continue
            bound = {n: row[n] for n in names if row[n] is not None}
            failure = bound.pop("failure", None)
            if failure is not None:  # as pySHACL: one result for the focus node
                key = (this, "failure")
                bound = {}
            else:
                key = (this, tuple(sorted((n, str(t)) for n, t in bound.items())))
            if key in seen:
                continue
            seen.add(key)
            path = bound.get("path")
            value = bound.get("value", this)
            text = messages[0] if messages else (
                f"Validation of {_name(c.node)} failed for {this}")
            for n, t in bound.items():
                text = re.sub("{[?$]" + re.escape(n) + "}", lambda _m, t=t: t.value, text)
            results.append(Result(
                focus=this,
                path=path.value if isinstance(path, ox.NamedNode) else None,
                shape=shape.node,
                component=SH + _COMPONENT["sparql"],
                severity=shape.severity,
                message=text,
                value=value,
                constraint=c.node,
            ))
        return results

    def holders(self, shape_node) -> tuple[str, ...]:
        """The shapes holding ``shape_node`` through sh:property or sh:sparql."""
        subjects = self.graph.subjects(SH + "property", shape_node) + self.graph.subjects(
            SH + "sparql", shape_node)
        return tuple(str(s.value) for s in subjects if hasattr(s, "value"))


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

    def quads(self) -> list:
        import pyoxigraph as ox

        def sh(name):
            return ox.NamedNode(SH + name)

        rdf_type = ox.NamedNode(_RDF_TYPE)
        report = ox.BlankNode()
        quads = [
            ox.Quad(report, rdf_type, sh("ValidationReport")),
            ox.Quad(report, sh("conforms"), ox.Literal(
                "true" if self.conforms else "false", datatype=ox.NamedNode(XSD + "boolean"))),
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
        data = ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                            prefixes={"sh": SH, "xsd": XSD})
        return data.decode("utf-8")
