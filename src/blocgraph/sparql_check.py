"""What a user's SPARQL text is, by the SPARQL parser's own reading of it (rdflib's).

A query that comes from the user (a ``.rq`` file given to ``blocgraph query``, later a request
to ``serve``) is parsed before anything is sent or run:

* only the query forms SELECT, ASK, CONSTRUCT and DESCRIBE pass; an update (INSERT, DELETE,
  DROP, LOAD, ...) is refused with a pointer to ``blocgraph load``, whatever the store;
* a query whose algebra holds a SERVICE pattern (federation: the store would call the
  endpoint it names) is refused on the embedded store unless ``--allow-service`` is given.

Deciding on the parse tree rather than on tokens means every way of writing the keyword that
SPARQL allows (any case, ``\\u0053ERVICE``, right after a ``.``, a number or ``true``, inside
FILTER EXISTS, OPTIONAL, MINUS, sub-selects, ``SERVICE SILENT``, ``SERVICE ?var``) is seen as
what it is. Text the parser cannot read is refused too: a query either parses or is not run.

rdflib is imported here only, when a user's own query is checked: the named queries of the
library are ours and skip this (they must stay off the lookup path's start-up cost).
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError, StoreError

QUERY_FORMS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}
READ_ONLY = (
    "blocgraph's lookups are read-only: this is a SPARQL update ({what}); "
    "to change a store, use `blocgraph load`"
)


class ReadOnlyError(StoreError):
    """An update was given where only queries are run."""


class ServiceRefused(StoreError):
    """A federated query (SERVICE) on the embedded store without --allow-service."""


@dataclass(frozen=True)
class QueryShape:
    form: str  # SELECT, ASK, CONSTRUCT, DESCRIBE
    uses_service: bool


def inspect(text: str, where: str = "query") -> QueryShape:
    """The form of ``text`` and whether it uses SERVICE; refuses updates and unparsable text."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql import parser

    try:
        parsed = parser.parseQuery(text)
    except ParseException as err:
        try:
            update = parser.parseUpdate(text)
        except ParseException:
            raise InputError(f"{where} does not parse: {_one_line(err)}") from None
        except Exception:  # noqa: BLE001  rdflib raises assorted errors on odd input
            raise InputError(f"{where} does not parse: {_one_line(err)}") from None
        names = sorted({_update_name(op) for op in update.request}) or ["an empty update"]
        raise ReadOnlyError(READ_ONLY.format(what=", ".join(names))) from None
    except Exception as err:  # noqa: BLE001  e.g. an undefined prefix, a bad IRI
        raise InputError(f"{where} does not parse: {_one_line(err)}") from None
    body = parsed[1]
    form = QUERY_FORMS.get(getattr(body, "name", ""), "")
    if not form:
        raise InputError(f"{where} is not a SELECT, ASK, CONSTRUCT or DESCRIBE query")
    return QueryShape(form, _contains(parsed, "ServiceGraphPattern"))


def check(text: str, *, allow_service: bool, where: str = "query") -> QueryShape:
    """``inspect``, and refuse SERVICE unless allowed."""
    shape = inspect(text, where)
    if shape.uses_service and not allow_service:
        raise ServiceRefused(
            "the query uses SERVICE, which would make the local store call a remote "
            "endpoint; refused (pass --allow-service to allow it)"
        )
    return shape


def _update_name(op: object) -> str:
    name = getattr(op, "name", "") or "update"
    # InsertData -> INSERT DATA, DeleteWhere -> DELETE WHERE, Drop -> DROP
    words = "".join(f" {c}" if c.isupper() else c for c in name).split()
    return " ".join(w.upper() for w in words)


def _contains(node: object, name: str) -> bool:
    """Whether a CompValue named ``name`` occurs anywhere in the parse tree."""
    stack = [node]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if getattr(item, "name", None) == name:
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif hasattr(item, "asList") and not isinstance(item, str):
            stack.extend(list(item))  # type: ignore[call-overload]  # a pyparsing result
    return False


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return (text[:200] + "…") if len(text) > 200 else (text or type(err).__name__)
