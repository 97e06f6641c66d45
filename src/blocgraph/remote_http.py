"""Remote lookups over HTTP: SPARQL 1.1 Protocol queries on ``load_http.Client``, the client
``blocgraph load`` uses. One stack for both: the same credentials (Basic or Digest from
BLOCGRAPH_USER/BLOCGRAPH_PASSWORD/BLOCGRAPH_AUTH or ~/.netrc, for the endpoint's own origin
only), the same deadline for the whole exchange (a watchdog shuts the socket down, so a server
that drips bytes cannot hold a lookup), the same retries and the same one-line errors.

What is lookup-specific is here:

* a query goes by GET, or as a form-encoded POST when its URL would be long, never as a raw
  ``application/sparql-query`` body (Virtuoso hangs on those: virtuoso-opensource#842);
* results are asked for as SPARQL JSON (``Accept``), and an answer that is not JSON says so;
* the answer is read up to a cap (``BLOCGRAPH_MAX_RESPONSE_MB``, default 256);
* retries: a connection reset and HTTP 408/429/502/503/504 are tried again (twice at most,
  within the deadline); not HTTP 500, which is how stores report a query they cannot run.

Imported by ``store.RemoteStore`` only, when it runs its first query (httpx is never imported
on the embedded lookup path; ``max_response_bytes`` is light, for ``blocgraph serve``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from .errors import StoreError

if TYPE_CHECKING:
    from .load_http import Client

DEFAULT_MAX_RESPONSE_MB = 256.0
#: Characters of URL-encoded query above which the query is POSTed (URLs over 4-8 kB are
#: refused by some servers and proxies).
GET_LIMIT = 4000
#: Retried for lookups: the store or a proxy in front of it is busy or restarting.
RETRY_STATUS = frozenset({408, 429, 502, 503, 504})
RETRIES = 2
ACCEPT_JSON = "application/sparql-results+json"


def max_response_bytes() -> int:
    raw = os.environ.get("BLOCGRAPH_MAX_RESPONSE_MB", str(DEFAULT_MAX_RESPONSE_MB))
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):  # also catches nan
        raise StoreError(
            f"BLOCGRAPH_MAX_RESPONSE_MB must be a positive number of megabytes, not {raw!r}"
        )
    return int(value * 1024 * 1024)


def client(timeout: float) -> Client:
    """The HTTP client of one RemoteStore (keep-alive connections across its queries)."""
    from .load_http import Client

    return Client(timeout=timeout, retries=RETRIES, retry_status=RETRY_STATUS)


def query_json(http: Client, endpoint: str, query: str, default_graphs: Sequence[str] = ()) -> dict:
    """The SPARQL JSON results (SELECT or ASK) of ``query`` at ``endpoint``; ``default_graphs``
    go as ``default-graph-uri`` parameters (the query's dataset is then their merge)."""
    limit = max_response_bytes()
    params = [("query", query)] + [("default-graph-uri", graph) for graph in default_graphs]
    encoded = urlencode(params)
    headers = {"Accept": ACCEPT_JSON}
    if len(encoded) > GET_LIMIT:
        response = http.request(
            "POST",
            endpoint,
            body=encoded.encode("ascii"),
            headers={**headers, "Content-Type": "application/x-www-form-urlencoded"},
            what="the query",
            max_bytes=limit,
        )
    else:
        sep = "&" if "?" in endpoint else "?"
        response = http.request(
            "GET", f"{endpoint}{sep}{encoded}", headers=headers, what="the query", max_bytes=limit
        )
    try:
        data = json.loads(response.body.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError
    except (UnicodeDecodeError, ValueError):
        content_type = response.headers.get("Content-Type", "") or ""
        kind = content_type.split(";")[0].strip() or "no content type"
        raise StoreError(
            f"{endpoint} did not answer with SPARQL JSON results (it sent {kind}): "
            "is this a SPARQL query endpoint?"
        ) from None
    return data
