"""Fixtures of the extraction tests. What several tests read is computed once a session: the
gazetteer, and the extractor's result for each report text, so that every test that scores a
corpus split (a run over the 158+ dev reports costs minutes) shares one extraction of it."""

from __future__ import annotations

import copy

import pytest


@pytest.fixture(scope="session")
def gaz(store):
    from blocgraph.extract import gazetteer

    return gazetteer.load(store)


@pytest.fixture(scope="session")
def extract_json(store):
    """``run(text, published)``: the extractor's JSON result on the session's store, as
    benchmarks/extract.py scores it; each text extracted once a session (a copy each call, so
    a test that changes its result changes no other test's)."""
    from blocgraph.extract.report import extract_report, to_json

    results: dict[tuple[str, str | None], dict] = {}

    def run(text: str, published: str | None) -> dict:
        key = (text, published)
        if key not in results:
            results[key] = to_json(extract_report(text, published, store=store))
        return copy.deepcopy(results[key])

    return run
