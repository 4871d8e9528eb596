"""``formats.json_text.dumps`` writes exactly the text ``json.dumps(indent=2, ensure_ascii=False)`` writes."""

from __future__ import annotations

import enum
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from factledger import load, verify
from factledger.formats import json_text
from factledger.formats.escape import json_document
from factledger.formats.json_format import document
from factledger.formats.sarif import log

_scalars = st.one_of(
    st.text(),  # every code point, lone surrogates and controls included
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(),  # NaN, infinities and -0.0 included
    st.booleans(),
    st.none(),
)
_keys = st.one_of(st.text(max_size=8), st.sampled_from(["", "line", "\u2028", "é", '"', "\\"]))
_documents = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.lists(inner, max_size=3).map(tuple),
                            st.dictionaries(_keys, inner, max_size=5)),
    max_leaves=40,
)


def _standard(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


@settings(max_examples=1500, deadline=None)
@given(_documents)
def test_the_same_text_as_the_standard_library(value):
    assert json_text.dumps(value) == _standard(value)


_hostile = st.one_of(st.text(), st.sampled_from(["<script>", "a & b", "\u202eevil", "\x85", "\u2028", "\ufeff",
                                                 "\x7f", "plain", "50 > 40"]))


@settings(max_examples=800, deadline=None)
@given(st.recursive(st.one_of(_hostile, st.integers(), st.floats(), st.none()),
                    lambda inner: st.one_of(st.lists(inner, max_size=5),
                                            st.dictionaries(st.one_of(_keys, _hostile), inner, max_size=5)),
                    max_leaves=40))
def test_inert_text_is_the_standard_librarys_text_made_inert_as_a_whole(value):
    """Escaping each distinct string, remembered across the document, gives the text that
    escaping the whole document gives, repeated strings and keys included."""
    assert json_text.inert_dumps(value) == json_document(_standard(value))
    assert json_text.inert_dumps([value, value, {"again": value}]) == json_document(_standard([value, value,
                                                                                              {"again": value}]))


class _Level(enum.IntEnum):
    LOW = 1


@given(st.dictionaries(st.one_of(st.integers(), st.floats(), st.booleans(), st.none()), st.integers(), max_size=4))
def test_keys_json_converts_are_left_to_the_standard_library(value):
    assert json_text.dumps(value) == _standard(value)


def test_subclasses_and_unknown_types_read_as_the_standard_library_reads_them():
    assert json_text.dumps({"level": _Level.LOW, "nested": [[{}], []]}) == _standard({"level": _Level.LOW,
                                                                                      "nested": [[{}], []]})
    try:
        json_text.dumps({"when": object()})
    except TypeError as error:
        assert "not JSON serializable" in str(error)
    else:
        raise AssertionError("an object JSON cannot write must fail as json.dumps fails")


def test_the_seed_ledgers_reports_are_the_standard_librarys_text(request):
    result = verify(load(request.config.rootpath / "ledger"))
    for report in (document(result), log(result)):
        assert json_text.dumps(report) == _standard(report)
        assert json_text.inert_dumps(report) == json_document(_standard(report))
