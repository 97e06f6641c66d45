"""The named SPARQL library: ``queries/*.rq``, loaded by name, parameters bound as RDF terms.

Each file opens with ``#`` comments::

    # title: Members of a bloc on a date
    # description: ...
    # param: bloc    bloc    required          the bloc's id (e.g. SCO)
    # param: date    date    default=today     the day the status must hold on
    # param: status  status  optional          member, observer, dialogue-partner, ...
    # example: blocgraph query members-on --param bloc=SCO --param date=2017-06-09

and has a line ``# @parameters`` inside its WHERE clause where the bound values go: the line
is replaced by ``VALUES (?bloc ?date ?status) { (<…> "…"^^xsd:date UNDEF) }`` built from
serialised RDF terms (never from user text), so the same query runs on every store. A
parameter left unbound is ``UNDEF``; as a comment, the marker leaves the file runnable as it is.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, NamedTuple

from . import paths
from .errors import InputError, UnknownIdError
from .terms import IRI, Literal

if TYPE_CHECKING:
    import re
    from collections.abc import Mapping
    from pathlib import Path

PARAM_TYPES = ("bloc", "state", "meeting", "date", "year", "status", "capacity", "string", "iri")
# "# @parameters" binds every parameter there; "# @parameters a b" binds only a and b, so a
# sub-SELECT carries just the values it uses (Virtuoso's planner multiplies unrelated ones).
MARKER_PATTERN = r"^[ \t]*#[ \t]*@parameters\b([ \t\w]*)$"
# A header line: "# key: value".
HEADER_PATTERN = r"^#\s*(\w+):\s*(.*)$"
# Every lookup reads two or three query files, but only one that the store answers binds
# values into its text: the header and the markers are read with string methods (_header,
# _markers: the same lines as the patterns, tests/test_queries.py checks), and the marker's
# pattern is compiled when values are first bound (compiling both cost a lookup 0.6 ms).


@functools.cache
def marker() -> re.Pattern[str]:
    """MARKER_PATTERN, compiled (multi-line)."""
    import re

    return re.compile(MARKER_PATTERN, re.MULTILINE)


def _is_word(char: str) -> bool:
    """As a regular expression's \\w (a str pattern's: letters, digits, numbers, _)."""
    return char == "_" or char.isalnum()


def _header(line: str) -> tuple[str, str] | None:
    """(key, value stripped) where HEADER_PATTERN matches ``line`` (one line), else None."""
    if not line.startswith("#"):
        return None
    key, colon, value = line[1:].lstrip().partition(":")
    if colon and key and all(_is_word(c) for c in key):
        return key, value.strip()
    return None


def _markers(text: str) -> list[tuple[int, str]]:
    """(line number, the names after it) of each line MARKER_PATTERN matches in ``text``."""
    found = []
    for number, line in enumerate(text.split("\n"), 1):
        rest = line.lstrip(" \t")
        if not rest.startswith("#"):
            continue
        rest = rest[1:].lstrip(" \t")
        if not rest.startswith("@parameters"):
            continue
        names = rest[len("@parameters") :]
        if names[:1] in ("", " ", "\t") and all(c in " \t" or _is_word(c) for c in names):
            found.append((number, names))
    return found


# NamedTuples rather than dataclasses: every lookup loads this module, and a dataclass costs
# a lookup's start far more (the module, and code generated per class) than a NamedTuple.
class Parameter(NamedTuple):
    name: str
    type: str
    required: bool
    default: str | None
    description: str

    def describe(self) -> str:
        if self.required:
            need = "required"
        elif self.default is not None:
            need = f"default {self.default}"
        else:
            need = "optional"
        return f"{self.name} ({self.type}, {need})"


class NamedQuery(NamedTuple):
    name: str
    path: str | Path  # a string when read on a lookup (no pathlib there)
    title: str
    description: str
    text: str
    parameters: tuple[Parameter, ...] = ()
    examples: tuple[str, ...] = ()
    # A .rq file given by the user rather than one of the library: parsed and checked
    # (query forms only, no SERVICE on the embedded store) before it runs.
    user_supplied: bool = False

    def parameter(self, name: str) -> Parameter:
        for p in self.parameters:
            if p.name == name:
                return p
        raise InputError(
            f"query {self.name!r} has no parameter {name!r} "
            f"(it takes: {', '.join(p.name for p in self.parameters) or 'none'})"
        )


def parse_query_file(
    path: str | Path, name: str | None = None, user_supplied: bool = False
) -> NamedQuery:
    try:
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    title, description, params, examples = "", [], [], []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        header = _header(line)
        if header is None:
            continue
        key, value = header
        if key == "title":
            title = value
        elif key == "description":
            description.append(value)
        elif key == "example":
            examples.append(value)
        elif key == "param":
            params.append(_parse_param(path, lineno, value))
    markers = _markers(text)
    if params and not markers:
        raise InputError(f"{path}: declares parameters but has no '# @parameters' line")
    declared = {p.name for p in params}
    for lineno, names in markers:
        unknown = [n for n in names.split() if n not in declared]
        if unknown:
            raise InputError(f"{path}:{lineno}: '# @parameters' names undeclared {unknown[0]!r}")
    return NamedQuery(
        name=name or _stem(path),
        path=path,
        title=title or _stem(path),
        description=" ".join(description),
        text=text,
        parameters=tuple(params),
        examples=tuple(examples),
        user_supplied=user_supplied,
    )


def _stem(path: str | Path) -> str:
    """As Path(path).stem."""
    base = os.path.basename(path)
    dot = base.rfind(".")
    return base[:dot] if 0 < dot < len(base) - 1 else base


def _parse_param(path: str | Path, lineno: int, spec: str) -> Parameter:
    parts = spec.split(None, 3)
    if len(parts) < 3:
        raise InputError(f"{path}:{lineno}: '# param:' needs NAME TYPE required|optional|default=V")
    name, ptype, need = parts[0], parts[1], parts[2]
    if ptype not in PARAM_TYPES:
        raise InputError(f"{path}:{lineno}: unknown parameter type {ptype!r}")
    default = need.split("=", 1)[1] if need.startswith("default=") else None
    return Parameter(
        name=name,
        type=ptype,
        required=need == "required",
        default=default,
        description=parts[3] if len(parts) > 3 else "",
    )


def library() -> dict[str, NamedQuery]:
    """Every named query, by name."""
    return {p.stem: parse_query_file(p) for p in sorted(paths.queries_dir().glob("*.rq"))}


def get(name_or_path: str) -> NamedQuery:
    """A query of the library by name, or a ``.rq`` file given by path."""
    if name_or_path.endswith(".rq") or "/" in name_or_path:
        from pathlib import Path

        path = Path(name_or_path)
        if not path.is_file():
            raise InputError(f"query file not found: {name_or_path}")
        return parse_query_file(path, user_supplied=True)
    # Read just the one file when it is there (a lookup needs two or three queries, not all).
    file = paths.query_path(name_or_path)
    if os.path.basename(file) in _listing(os.path.dirname(file)):
        return parse_query_file(file)
    lib = library()
    if name_or_path in lib:
        return lib[name_or_path]
    import difflib

    raise UnknownIdError("query", name_or_path, difflib.get_close_matches(name_or_path, lib, 3))


def _listing(folder: str) -> list[str]:
    """File names in ``folder`` (exact names, also on case-insensitive file systems)."""
    try:
        return os.listdir(folder)
    except OSError:
        return []


def bind(query: NamedQuery, values: Mapping[str, IRI | Literal | None]) -> str:
    """The query text with its ``# @parameters`` line replaced by a VALUES block of terms."""
    if not query.parameters:
        return query.text
    # One single-variable VALUES per bound parameter (unbound ones are simply left out):
    # Virtuoso 7.2's compiler fails on a multi-variable VALUES next to an OPTIONAL.
    blocks = {
        p.name: f"VALUES ?{p.name} {{ {values[p.name].n3()} }}"  # type: ignore[union-attr]
        for p in query.parameters
        if values.get(p.name) is not None
    }

    def values_block(marker: re.Match) -> str:
        wanted = marker[1].split() or list(blocks)
        return "  " + " ".join(blocks[n] for n in wanted if n in blocks)

    return marker().sub(values_block, query.text)
