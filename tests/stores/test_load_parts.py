"""Parts of ``blocgraph load`` that need no store: batches, form encoding, credentials."""

from __future__ import annotations

from urllib.parse import unquote_plus

import pytest

from blocgraph.errors import StoreError
from blocgraph.load import GSP_PART_BYTES, _parts, default_update_endpoint, form_bytes, iter_batches
from blocgraph.store import check_endpoint_url, credentials_for


@pytest.mark.parametrize(
    ("max_body", "max_triples"), [(1_000_000, None), (20_000, None), (1_000_000, 1000), (3_000, 7)]
)
def test_batches_are_bounded_and_cover_the_file_in_order(kb_nt, max_body, max_triples):
    text = kb_nt.read_text(encoding="utf-8")
    lines = text.count("\n")
    if max_body < 100_000:  # the small bounds on a part of the file, to keep it quick
        text = "".join(text.splitlines(keepends=True)[:3000])
        part = kb_nt.parent / f"part-{max_body}.nt"
        part.write_text(text, encoding="utf-8")
        kb_nt, lines = part, 3000
    bodies, total = [], 0
    for body, triples, _nbytes in iter_batches(kb_nt, "urn:x:g", max_body, max_triples):
        assert len(body) <= max_body
        assert max_triples is None or triples <= max_triples
        decoded = unquote_plus(body.decode("ascii"))
        assert decoded.startswith("update=INSERT DATA { GRAPH <urn:x:g> {\n")
        assert decoded.endswith("} }")
        bodies.append(decoded.split("{\n", 1)[1][: -len("} }")])
        total += triples
    assert total == lines
    assert "".join(bodies) == text


def test_graph_store_parts_are_whole_lines_that_cover_the_file_in_order(kb_nt, tmp_path):
    """A staged Graph Store upload goes in parts (load.GSP_PART_BYTES): whole lines, each part
    about the limit, together the file; a file within the limit goes as it is."""
    data = kb_nt.read_bytes()
    assert len(data) > GSP_PART_BYTES  # the knowledge base is sent in several parts
    copy = tmp_path / "kb.nt"
    copy.write_bytes(data)
    limit = len(data) // 5
    parts = _parts(copy, limit)
    assert len(parts) in (5, 6)
    longest = max(len(line) for line in data.splitlines(keepends=True))
    for part in parts:
        body = part.read_bytes()
        assert body.endswith(b"\n") and len(body) <= limit + longest
    assert b"".join(p.read_bytes() for p in parts) == data
    assert _parts(copy, len(data)) == [copy]


def test_form_encoding_round_trips():
    text = 'a b+c&d=e;f#g%h\n"ü" <é> \\u00e9\t.'
    assert unquote_plus(form_bytes(text.encode()).decode("ascii")) == text


def test_default_update_endpoint():
    assert default_update_endpoint("http://h:7878/query") == "http://h:7878/update"
    assert default_update_endpoint("http://h/ds/query") == "http://h/ds/update"
    assert default_update_endpoint("http://h:8890/sparql") == "http://h:8890/sparql"


def test_urls_with_credentials_are_refused_without_echo():
    with pytest.raises(StoreError) as err:
        check_endpoint_url("http://me:secret@h/sparql")
    assert "secret" not in str(err.value)
    with pytest.raises(StoreError, match="not an http"):
        check_endpoint_url("ftp://h/sparql")


def test_credentials_from_the_environment(monkeypatch):
    monkeypatch.setenv("BLOCGRAPH_USER", "u")
    monkeypatch.setenv("BLOCGRAPH_PASSWORD", "p")
    monkeypatch.setenv("BLOCGRAPH_AUTH", "DIGEST")
    creds = credentials_for("http://h/sparql")
    assert (creds.user, creds.password, creds.scheme) == ("u", "p", "digest")
    assert "p" not in repr(creds).replace("user='u'", "")  # the password is not in the repr
    monkeypatch.setenv("BLOCGRAPH_AUTH", "kerberos")
    with pytest.raises(StoreError, match="basic or digest"):
        credentials_for("http://h/sparql")


def test_credentials_need_both_parts(monkeypatch):
    monkeypatch.setenv("BLOCGRAPH_USER", "u")
    with pytest.raises(StoreError, match="both"):
        credentials_for("http://h/sparql")


def test_credentials_from_netrc(monkeypatch, tmp_path):
    import os

    netrc = tmp_path / "home" / ".netrc"
    netrc.parent.mkdir(exist_ok=True)
    monkeypatch.setenv("HOME", str(netrc.parent))
    assert credentials_for("http://store.example/sparql") is None  # no ~/.netrc: none
    netrc.write_text("machine store.example login u password pw\n")
    os.chmod(netrc, 0o600)
    creds = credentials_for("http://store.example:8890/sparql")
    assert (creds.user, creds.password, creds.scheme) == ("u", "pw", "basic")
    assert credentials_for("http://other.example/sparql") is None
    os.chmod(netrc, 0o644)  # readable by others: Python's netrc refuses it
    with pytest.raises(StoreError) as err:
        credentials_for("http://store.example/sparql")
    assert "pw" not in str(err.value)
