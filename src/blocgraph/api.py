"""The Python API: ``blocgraph.open()`` gives a ``KB``, with one method per lookup of the
command line (same names, same options), each returning a ``Result``.

The command line is a thin layer over this module, as sqlite-utils' CLI is over its
``Database``: what ``blocgraph members SCO --on 2020-02-20 --format json`` prints is
``kb.members("SCO", on="2020-02-20").rows``.

>>> import blocgraph
>>> kb = blocgraph.open()
>>> r = kb.members("SCO", on="2020-02-20", status="member")
>>> len(r), r.rows[0]["iso3"], r.rows[0]["valid_from"]
(8, 'CHN', '2001-06-15')

Options that are Python keywords or builtins are spelled as in the lookups: ``--from`` and
``--to`` are ``from_year`` and ``to_year``, ``--all`` is ``all_rows``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from . import lookups
from .output import bloc_record, meeting_record, plain, plain_rows

if TYPE_CHECKING:
    import os
    from collections.abc import Callable
    from pathlib import Path

    from .extract.accept import Merge
    from .extract.report import Extraction
    from .store_protocol import Store

# Columns that to_pandas() reads as categories (few distinct values), and as days.
CATEGORY_COLUMNS = frozenset(
    {
        "status",
        "previous",
        "capacity",
        "attendance",
        "kind",
        "in",
        "first_status",
        "second_status",
        "start_precision",
        "end_precision",
    }
)
DAY_COLUMNS = frozenset({"valid_from", "valid_until"})
# Dates as the sources give them (2009, 2010-12, 2025-01-06): text, whatever the rows hold,
# so that a column's dtype does not depend on the answer; valid_from / valid_until are the days.
AS_WRITTEN = frozenset({"start", "end"})


class Result:
    """The answer of a lookup.

    ``rows``: a list of dicts, one key per column, values as ``--format json`` shows them
    (IRIs and dates as strings, counts as ints, missing values as None); ``columns``: their
    names in order; ``title``; ``notes``: lines for a person (why an answer is empty);
    ``details``: the parts of a multi-part answer (``bloc``, ``meeting``, ``compare``).
    Iterating a Result iterates its rows.
    """

    def __init__(
        self, found: lookups.Result, record: Callable[[lookups.Result], Any] | None = None
    ) -> None:
        self.typed = found  # the rows as RDF terms (IRI / Literal), for the text renderers
        self.columns: list[str] = list(found.columns)
        self.title: str = found.title
        self.notes: list[str] = list(found.notes)
        self._record = record
        self._rows: list[dict] | None = None

    @property
    def rows(self) -> list[dict]:
        if self._rows is None:
            self._rows = plain_rows(self.typed.rows, self.columns)
        return self._rows

    @property
    def details(self) -> dict:
        return {k: plain(v) for k, v in self.typed.details.items() if k != "body_tree"}

    def record(self) -> dict | list:
        """A multi-part answer as ``--format json`` prints it; else the rows."""
        return self._record(self.typed) if self._record else self.rows

    def __iter__(self) -> Iterator[dict]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.typed.rows)

    def __repr__(self) -> str:
        return (
            f"<Result {self.title or 'rows'!r}: {len(self)} row(s), "
            f"columns {', '.join(self.columns)}>"
        )

    def to_pandas(self) -> Any:  # a pandas DataFrame (pandas is optional)
        """The rows as a pandas DataFrame: days (``valid_from``, ``valid_until``, and any
        other column of whole days such as a meeting's ``date``) as datetime64, statuses,
        capacities and precisions as categories, counts as Int64; the rest as text,
        ``start`` and ``end`` included (as the sources give them: 2009, 2010-12, ...).
        Needs pandas (``pip install 'blocgraph[pandas]'``)."""
        try:
            import pandas as pd
        except ImportError:
            from .errors import MissingDependency

            raise MissingDependency(
                "to_pandas() needs pandas: pip install 'blocgraph[pandas]'"
            ) from None
        from .namespaces import XSD_DATE, XSD_INTEGER

        frame = pd.DataFrame(self.rows, columns=self.columns)
        for column in self.columns:
            kinds = {
                getattr(row.get(column), "datatype", None)
                for row in self.typed.rows
                if row.get(column) is not None
            }
            if column in AS_WRITTEN:
                continue
            if column in DAY_COLUMNS or kinds == {XSD_DATE}:
                frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d")
            elif column in CATEGORY_COLUMNS:
                frame[column] = frame[column].astype("category")
            elif kinds == {XSD_INTEGER}:
                frame[column] = frame[column].astype("Int64")
        return frame


class KB:
    """A knowledge base to ask: the embedded store, or a SPARQL endpoint (``blocgraph.open``).

    Every lookup of the command line is a method of the same name, with the same options.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def __repr__(self) -> str:
        return f"KB({self.store!r})"

    def close(self) -> None:
        """Stop the worker process that runs this knowledge base's queries, if it has one
        (``blocgraph.open``); a query afterwards raises StoreError."""
        close = getattr(self.store, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> KB:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def members(
        self,
        bloc: str,
        on: str | None = None,
        status: str | None = None,
        year: str | int | None = None,
        all_rows: bool = False,
    ) -> Result:
        """States holding a status in ``bloc`` on a day (today by default) or at any time in
        a ``year``. COW's "unknown" rows (missing data) are left out unless
        ``status="unknown"`` or ``all_rows``.

        >>> r = kb.members("SCO", on="2020-02-20", status="observer")
        >>> [row["iso3"] for row in r]
        ['AFG', 'BLR', 'IRN', 'MNG']
        >>> r.rows[1]["start"], r.rows[1]["start_precision"], r.rows[1]["valid_until"]
        ('2015-07-10', 'day', '2024-07-03')
        """
        year = None if year is None else str(year)
        return Result(lookups.members(self.store, bloc, on, status, year, all_rows))

    def search(self, text: str) -> Result:
        """Blocs and states whose id, code, name or other name contains ``text``.

        >>> [(row["kind"], row["id"], row["matched"]) for row in kb.search("ussr")]
        [('state', 'https://w3id.org/blocgraph/id/state/RUS', 'USSR')]
        """
        return Result(lookups.search(self.store, text))

    def state(
        self,
        state: str,
        on: str | None = None,
        bloc: str | None = None,
        meetings: bool = False,
        from_year: str | int | None = None,
        to_year: str | int | None = None,
        all_rows: bool = False,
    ) -> Result:
        """Every status ``state`` has held in any bloc (on a day, with ``on``); with
        ``bloc``, its history in that bloc as transitions (``previous`` status, and
        ``details["path"]``); with ``meetings=True``, the meetings it was at or stayed away
        from (``bloc``, ``from_year`` and ``to_year`` narrow them).

        >>> r = kb.state("Belarus", bloc="SCO")
        >>> for row in r:
        ...     print(row["previous"], row["status"], row["valid_from"], row["valid_until"])
        None dialogue-partner 2009-06-16 2015-07-09
        dialogue-partner observer 2015-07-10 2024-07-03
        observer member 2024-07-04 None
        >>> r.details["path"]
        'dialogue-partner 2009-06-16 -> observer 2015-07-10 -> member 2024-07-04'
        """
        from .errors import InputError

        span = {"from_year": _text(from_year), "to_year": _text(to_year)}
        if meetings:
            if on is not None:
                raise InputError("--on is for memberships; with --meetings use --from and --to")
            return Result(lookups.state_meetings(self.store, state, bloc=bloc, **span))
        if from_year is not None or to_year is not None:
            raise InputError("--from and --to go with --meetings")
        if bloc is not None and on is not None:
            raise InputError("give --bloc (the state's history in a bloc) or --on, not both")
        return Result(lookups.state(self.store, state, on=on, all_rows=all_rows, bloc=bloc))

    def meetings(
        self,
        bloc: str | None = None,
        year: str | int | None = None,
        host: str | None = None,
        series: str | None = None,
    ) -> Result:
        """Meetings of a bloc's bodies (every bloc's without ``bloc``), of a ``year``,
        hosted by a state or of one ``series``.

        >>> r = kb.meetings("SCO", series="chs", year=2020)
        >>> [row["meeting"].rsplit("/", 1)[1] for row in r]
        ['chs-2020']
        """
        return Result(lookups.meetings(self.store, bloc, _text(year), host, series))

    def bloc(self, bloc: str, on: str | None = None) -> Result:
        """A bloc at a glance: ``rows`` count its states by status on ``on`` (today);
        ``details`` hold its founding, predecessors and successors, bodies, meeting series
        and sources.

        >>> r = kb.bloc("SCO", on="2020-02-20")
        >>> r.details["founded"], [p["other_id"] for p in r.details["predecessors"]]
        ('2001-06-15', ['ShanghaiFive'])
        >>> {row["status"]: row["states"] for row in r}["member"]
        8
        """
        return Result(lookups.bloc(self.store, bloc, on=on), record=bloc_record)

    def meeting(self, meeting: str) -> Result:
        """One meeting: ``rows`` are its participants (capacity, attendance,
        representative); ``details`` its body, series, host, dates, invitations and sources.

        >>> r = kb.meeting("SCO/dsewg-9")
        >>> [(row["iso3"], row["capacity"]) for row in r if row["iso3"] == "BLR"]
        [('BLR', 'observer')]
        """
        return Result(lookups.meeting(self.store, meeting), record=meeting_record)

    def attended(
        self,
        bloc: str | None = None,
        status: str = "observer",
        year: str | int | None = None,
        from_year: str | int | None = None,
        to_year: str | int | None = None,
    ) -> Result:
        """States that attended meetings of ``bloc`` while holding ``status`` (observer by
        default) there on the meeting's first day.

        >>> sorted({row["iso3"] for row in kb.attended("SCO", year=2020)})
        ['AFG', 'BLR', 'IRN', 'MNG']
        """
        return Result(
            lookups.attended(
                self.store, bloc, status, _text(year), _text(from_year), _text(to_year)
            )
        )

    def absences(
        self,
        bloc: str | None = None,
        year: str | int | None = None,
        from_year: str | int | None = None,
        to_year: str | int | None = None,
    ) -> Result:
        """States the sources say stayed away from a meeting of ``bloc`` they could have
        attended."""
        return Result(
            lookups.absences(self.store, bloc, _text(year), _text(from_year), _text(to_year))
        )

    def joint(
        self, state_a: str, state_b: str, on: str | None = None, status: str = "member"
    ) -> Result:
        """Blocs in which both states hold ``status`` (member by default) on a day.

        >>> r = kb.joint("India", "Pakistan", on="2020-02-20")
        >>> "https://w3id.org/blocgraph/id/bloc/SCO" in {row["bloc"] for row in r}, len(r) > 10
        (True, True)
        """
        return Result(lookups.joint(self.store, state_a, state_b, on=on, status=status))

    def compare(
        self, bloc_a: str, bloc_b: str, on: str | None = None, status: str | None = None
    ) -> Result:
        """The states of two blocs on a day (today): ``in`` says "both", "only A" or
        "only B"; ``first_status`` and ``second_status`` what each holds in each bloc.

        >>> r = kb.compare("BRICS", "SCO", on="2020-02-20", status="member")
        >>> sorted(row["iso3"] for row in r if row["in"] == "both")
        ['CHN', 'IND', 'RUS']
        """
        return Result(lookups.compare(self.store, bloc_a, bloc_b, on=on, status=status))

    def timeline(
        self,
        bloc: str | None = None,
        state: str | None = None,
        from_year: str | int | None = None,
        to_year: str | int | None = None,
        path: str | os.PathLike[str] | None = None,
    ) -> Path:
        """Draw who held which status in ``bloc`` and when (or ``state`` across its blocs) to
        ``path`` (.svg, .png or .html by its suffix; default ``ID-timeline.svg``); returns the
        path written. Needs the plot extra (matplotlib)."""
        from pathlib import Path

        from . import plots

        where = None if path is None else Path(path)
        return plots.write_timeline(self.store, bloc, state, from_year, to_year, path=where)

    def extract(self, text: str, published: str | None = None, where: str = "report") -> Extraction:
        """Proposals for a report's text (``blocgraph extract``): the meetings it reports,
        who took part in which capacity, invitations, each with its quote, checked against
        this knowledge base. ``published``: YYYY-MM-DD, YYYY-MM or YYYY. Embedded store only."""
        from .extract.report import extract_report

        return extract_report(text, published, where, store=self.store)

    def accept(
        self, draft: str | os.PathLike[str], into: str | os.PathLike[str] | None = None
    ) -> Merge:
        """Merge a reviewed draft into the data (``blocgraph accept``): only what is new, and
        only if the result validates; returns the merge (``.lines()`` says what it added)."""
        from pathlib import Path

        from .extract.accept import accept

        target = None if into is None else Path(into)
        return accept(Path(draft), target, store=self.store)

    def query(self, name: str, params: dict | None = None, /, **kwargs: Any) -> Result:
        """A named query of the library (``blocgraph queries`` lists them) or a ``.rq``
        file, with its parameters as a dict or as keywords, bound as RDF terms. Like every
        lookup, it raises ``TimeoutExceeded`` past the deadline of ``blocgraph.open``, and
        the query is stopped then (see ``open``).

        >>> r = kb.query("observers-attended", bloc="SCO", year=2020)
        >>> sorted({row["iso3"] for row in r})
        ['AFG', 'BLR', 'IRN', 'MNG']
        """
        raw = {k: _text(v) for k, v in {**(params or {}), **kwargs}.items()}
        return Result(lookups.run_query(self.store, name, raw))


def _text(value: object) -> str | None:
    """A parameter as the command line would give it (2020 -> "2020")."""
    return None if value is None else str(value)


def open(  # noqa: A001  blocgraph.open(), as sqlite_utils.Database / dbm.open
    endpoint: str | None = None,
    *,
    allow_service: bool = False,
    timeout: float | None = None,
    in_process: bool = False,
) -> KB:
    """The knowledge base: the embedded store (built from the shipped data on first use), or
    the SPARQL 1.1 endpoint at ``endpoint``. ``timeout``: seconds each query may take
    (default: env BLOCGRAPH_TIMEOUT, else 60); ``allow_service``: let queries on the embedded
    store use SERVICE.

    A query past its deadline raises ``TimeoutExceeded`` and is stopped: on the embedded
    store, queries run in a worker process, started here (it is ready about 0.2 s later; the
    first query waits for what is left of that, each later one pays a round trip to it, well
    under a millisecond). When a query outlives the deadline its worker is killed, and a new
    one takes its place for the next query. pyoxigraph cannot cancel a query, so one run in
    this process would keep a core busy until it ended. ``in_process=True`` runs queries in
    this process instead (no worker; a query past its deadline still raises, but runs on in a
    thread): what the command line does, as it exits right after its lookup. ``KB.close()``
    stops the worker (so does the end of the interpreter).

    Either way, what the store's lookup index holds (``lookup_index``: members, state, joint,
    compare, bloc, meetings, meeting, attended, absences) is read in this process, as the command
    line reads it, without a query to the store; the worker runs the rest.
    """
    from .bounded import timeout_from_env

    seconds = timeout_from_env(timeout)
    if endpoint:
        from .store import RemoteStore

        return KB(RemoteStore(endpoint, timeout=seconds))
    from .store import open_embedded

    embedded = open_embedded(allow_service=allow_service, timeout=seconds)
    if in_process:
        return KB(embedded)
    from .pool import PooledStore

    pooled = PooledStore(embedded)
    pooled.pool  # noqa: B018  the worker starts now, and opens the store while the caller goes on
    return KB(pooled)
