"""The ontology's HTML documentation, generated from ``ontology/`` by pyLODE (OntPub profile).

Regenerate it after changing the ontology or the vocabularies::

    python -m blocgraph.web.ontology_docs

It is written to ``src/blocgraph/web/static/ontology.html`` (inside the package, so that the
wheel ships it and ``blocgraph serve`` answers ``/ontology`` without pyLODE installed);
tests/test_web.py regenerates it and checks that the committed copy is current.

pyLODE reads every literal as Markdown and puts the HTML it makes into the page as it is, so
that ``IRI: id/state/<ISO3>`` would lose ``<ISO3>`` to an unknown HTML tag: ``&``, ``<`` and
``>`` in the literals it renders are written as character references first (and read back in
the JSON-LD block). Two things are done to pyLODE's output so that it is reproducible and fits
the IRIs:

* the JSON-LD block pyLODE embeds (``<script id="schema.org">``) lists its nodes in the order
  of a Python set, which changes from run to run: it is re-serialised with nodes and keys
  sorted;
* pyLODE names each term's section after its label ("Cooperationplan"); an anchor with the
  term's local name (``#CooperationPlan``) is added, so that
  ``https://w3id.org/blocgraph/ontology#CooperationPlan`` resolves to its section locally.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from ..files import atomic_output
from ..namespaces import BG

if TYPE_CHECKING:
    import rdflib

OUTPUT = Path(__file__).parent / "static" / "ontology.html"
SOURCES = ("blocgraph.ttl", "vocabularies.ttl")  # the shapes document the data, not the terms

_JSON_LD = re.compile(
    r'(<script id="schema.org" type="application/ld\+json">)(.*?)(</script>)', re.DOTALL
)
# A term's section, up to the IRI it documents (not past the next section).
_SECTION = re.compile(
    r'(<div class="[^"]*entity" id="([^"]+)">)((?:(?!entity" id=).)*?)<code>'
    + re.escape(BG)
    + r"([^<]+)</code>",
    re.DOTALL,
)


def _import_pylode() -> Any:  # pyLODE's OntPub class (pyLODE is untyped)
    """pyLODE's OntPub. pyLODE 3.4.1 reads its version from a pyproject.toml beside
    site-packages, which an installed wheel lacks (RDFLib/pyLODE#260, fixed after 3.4.1):
    its version module is supplied from the installed package's metadata instead."""
    try:
        from pylode import OntPub
    except FileNotFoundError:
        import importlib.metadata
        import types

        version = types.ModuleType("pylode.version")
        version.__version__ = importlib.metadata.version("pylode")  # type: ignore[attr-defined]
        sys.modules["pylode.version"] = version
        for name in [m for m in sys.modules if m.startswith("pylode") and m != "pylode.version"]:
            del sys.modules[name]  # half-imported by the failed attempt
        from pylode import OntPub
    return OntPub


def _markdown_safe(graph: rdflib.Graph) -> None:
    """Escape ``&``, ``<`` and ``>`` in the literals pyLODE renders as Markdown (all but URLs
    and skos:example, which it shows verbatim)."""
    from rdflib import Literal
    from rdflib.namespace import SKOS

    for s, p, o in list(graph):
        text = str(o)
        if not isinstance(o, Literal) or p == SKOS.example or text.startswith("http"):
            continue
        if any(c in text for c in "&<>"):
            escaped = html.escape(text, quote=False)
            graph.remove((s, p, o))
            graph.add((s, p, Literal(escaped, lang=o.language, datatype=o.datatype)))


def _sorted_json_ld(match: re.Match) -> str:
    nodes = json.loads(match[2])

    def canonical(value: Any) -> Any:
        if isinstance(value, str):
            return html.unescape(value)  # the literals as written (see _markdown_safe)
        if isinstance(value, dict):
            return {k: canonical(v) for k, v in sorted(value.items())}
        if isinstance(value, list):
            items = [canonical(v) for v in value]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    text = json.dumps(canonical(nodes), indent=2, ensure_ascii=False, sort_keys=True)
    return match[1] + "\n" + text.replace("</", "<\\/") + "\n" + match[3]


def _term_anchor(match: re.Match) -> str:
    opening, section_id, body, local = match[1], match[2], match[3], match[4]
    anchor = "" if local == section_id else f'<a id="{local}"></a>'
    return f"{opening}{anchor}{body}<code>{BG}{local}</code>"


def render() -> str:
    """The documentation as HTML text."""
    from rdflib import Graph

    graph = Graph()
    for name in SOURCES:
        graph.parse(paths.ontology_dir() / name, format="turtle")
    _markdown_safe(graph)
    page = _import_pylode()(graph, sort_subjects=True).make_html()
    page = _JSON_LD.sub(_sorted_json_ld, page)
    return _SECTION.sub(_term_anchor, page)


def write(path: Path = OUTPUT) -> Path:
    text = render()
    with atomic_output(path, "") as out:
        out.write(text.encode("utf-8"))
    return path


def main() -> None:
    import logging

    logging.disable(logging.INFO)  # pyLODE logs each background ontology it loads
    print(f"wrote {write()}")


if __name__ == "__main__":
    main()
