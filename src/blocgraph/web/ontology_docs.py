"""The ontology's HTML documentation, generated from ``ontology/`` by pyLODE (OntPub profile).

Regenerate it after changing the ontology or the vocabularies::

    python -m blocgraph.web.ontology_docs

It is written to ``src/blocgraph/web/static/ontology.html`` (inside the package, so that the
wheel ships it and ``blocgraph serve`` answers ``/ontology`` without pyLODE installed);
tests/test_web.py regenerates it and checks that the committed copy is current.

Two things are done to pyLODE's output so that it is reproducible and fits the IRIs:

* the JSON-LD block pyLODE embeds (``<script id="schema.org">``) lists its nodes in the order
  of a Python set, which changes from run to run: it is re-serialised with nodes and keys
  sorted;
* pyLODE names each term's section after its label ("Cooperationplan"); an anchor with the
  term's local name (``#CooperationPlan``) is added, so that
  ``https://w3id.org/blocgraph/ontology#CooperationPlan`` resolves to its section locally.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from .. import paths
from ..files import atomic_output
from ..namespaces import BG

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


def _import_pylode():
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


def _sorted_json_ld(match: re.Match) -> str:
    nodes = json.loads(match[2])

    def canonical(value):
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
    html = _import_pylode()(graph, sort_subjects=True).make_html()
    html = _JSON_LD.sub(_sorted_json_ld, html)
    return _SECTION.sub(_term_anchor, html)


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
