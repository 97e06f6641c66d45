"""JSON output: ``output.json_text`` writes what ``json.dumps(value, ensure_ascii=False,
indent=2)`` writes (its fast path for plain rows and records, and json's own encoder for the
rest), for any value and for the answers of the lookups."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blocgraph.output import _json_table, json_text

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(),  # any character: quotes, backslashes, controls, surrogates' neighbours, bidi
    st.floats(allow_nan=True, allow_infinity=True),  # left to json.dumps
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),  # json.dumps writes a tuple as a list
        st.dictionaries(st.text(max_size=8), inner, max_size=4),
        st.dictionaries(st.integers(), inner, max_size=2),  # keys json.dumps makes text
    ),
    max_leaves=20,
)


def _dumps(value) -> str:
    """What json_text writes: json.dumps's text with C1 controls and bidi marks escaped."""
    return json.dumps(value, ensure_ascii=False, indent=2).translate(_json_table())


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_json_text_writes_what_json_dumps_writes(value):
    assert json_text(value) == _dumps(value)
    # compared as repr: NaN, which json.dumps writes and reads back, never equals itself
    assert repr(json.loads(json_text(value))) == repr(json.loads(_dumps(value)))


@pytest.mark.parametrize(
    "value",
    [
        [],
        {},
        [{}],
        [[]],
        [{"a": None, "b": True, "c": False, "d": 0, "e": -12, "f": 'x"\\\n\x1b\u202e\u2028'}],
        {"rows": [{"n": 1}], "sources": [], "on": "2020-02-20"},
        [{"big": 10**30}],
    ],
)
def test_json_text_on_the_shapes_lookups_print(value):
    assert json_text(value) == _dumps(value)


LOOKUPS = [
    ("members", ("SCO",), {"on": "2020-02-20"}),
    ("state", ("Belarus",), {}),
    ("state", ("India",), {"on": "2020-02-20"}),
    ("bloc", ("SCO",), {"on": "2020-02-20"}),
    ("meeting", ("SCO/dsewg-9",), {}),
    ("compare", ("BRICS", "SCO"), {"on": "2020-02-20"}),
    ("absences", (), {"from_year": 2000, "to_year": 2025}),
    ("search", ("USSR",), {}),
]


@pytest.mark.parametrize(("name", "args", "options"), LOOKUPS, ids=lambda x: str(x))
def test_json_text_of_real_answers(store, name, args, options):
    from blocgraph.api import KB

    record = getattr(KB(store), name)(*args, **options).record()
    assert record
    assert json_text(record) == _dumps(record)
