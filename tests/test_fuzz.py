"""Fuzzing the readers: whatever the input, only FactledgerError (one line, with a place) comes out."""

from __future__ import annotations

import json

import tomlkit
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st


from factledger import FactledgerError, load, read_figure, verify
from factledger.expressions import parse_expression
from factledger.formats import FORMATS, RenderOptions
from strategies import any_text, expression_like, figure_like, ledger_documents

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _one_line_error(error: FactledgerError) -> None:
    """A message is one line: user text inside it is shown escaped."""
    assert "\n" not in error.message and "\r" not in error.message


@FUZZ
@given(st.one_of(any_text, figure_like), st.one_of(st.none(), st.sampled_from(["troop", "USD", "zz", "", "1/0"])))
@example("12 per per day", None)
@example("1e400", None)
@example("00-0M", None)
@example("5 each hours", "AUD")  # a KeyError: "hours" was no rate
@example(">-0.01\r\n³", "m²")  # the line break of the figure came into the message
def test_read_figure_raises_only_factledger_errors(text, unit):
    """``read_figure`` on any text returns a Figure or raises a FactledgerError."""
    try:
        read_figure(text, unit)
    except FactledgerError as error:
        _one_line_error(error)


@FUZZ
@given(st.one_of(expression_like, st.text(max_size=80)), st.booleans())
@example("(" * 900 + "a" + ")" * 900, False)
@example("-" * 1500 + "a", False)
def test_parse_expression_raises_only_factledger_errors(text, comparison):
    """``parse_expression`` on any text returns a node tree or raises a FactledgerError."""
    try:
        parse_expression(text, allow_comparison=comparison)
    except FactledgerError as error:
        _one_line_error(error)


def _load_and_verify(path):
    """Load, verify and render: anything but a FactledgerError is a bug."""
    try:
        ledger = load(path, root=path.parent)
    except FactledgerError as error:
        _one_line_error(error)
        assert error.location.line >= 1
        return
    result = verify(ledger)
    for render in FORMATS.values():
        render(result, RenderOptions())


@FUZZ
@given(ledger_documents)
def test_arbitrary_toml_documents(tmp_path_factory, document):
    """Any TOML document, valid or not as a ledger, loads or gives a FactledgerError."""
    path = tmp_path_factory.mktemp("toml") / "fuzz.toml"
    try:
        path.write_text(tomlkit.dumps(document), encoding="utf-8")
    except (ValueError, TypeError):
        return  # tomlkit cannot write every value (e.g. some keys); not our reader's concern
    _load_and_verify(path)


@FUZZ
@given(ledger_documents)
def test_arbitrary_json_documents(tmp_path_factory, document):
    """Any JSON document with the ledger's shape loads or gives a FactledgerError."""
    path = tmp_path_factory.mktemp("json") / "fuzz.json"
    path.write_text(json.dumps(document, default=str), encoding="utf-8")
    _load_and_verify(path)


@FUZZ
@given(st.binary(max_size=400), st.sampled_from([".toml", ".json"]))
def test_arbitrary_bytes(tmp_path_factory, data, suffix):
    """Arbitrary bytes in a ledger file give a FactledgerError, never a crash."""
    path = tmp_path_factory.mktemp("bytes") / f"fuzz{suffix}"
    path.write_bytes(data)
    _load_and_verify(path)


SEED = (b'[article]\nid = "a"\npublished = 2024-11-17\n\n[claims.t]\nfigure = "12,000 troops"\n'
        b'unit = "troop"\nperiod = "2024-11"\n\n[claims.p]\nfigure = "$2,000/month"\nunit = "USD/soldier"\n\n'
        b'[claims.s]\nfigure = "$24M a month"\nderived = "t * p"\n\n[[checks]]\nkind = "same"\nclaims = ["s", "s"]\n')


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(SEED)), st.integers(0, 3), st.binary(max_size=4)), max_size=4))
def test_mutated_valid_ledger(tmp_path_factory, edits):
    """A valid ledger with a few bytes deleted or inserted loads or gives a FactledgerError."""
    data = bytearray(SEED)
    for at, delete, insert in edits:
        data[at:at + delete] = insert
    path = tmp_path_factory.mktemp("mutated") / "fuzz.toml"
    path.write_bytes(bytes(data))
    _load_and_verify(path)


def test_parse_expression_raises_no_python_warning():
    """Python's own parser warnings ("invalid decimal literal") never reach the terminal."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            parse_expression("1if a else b")
        except FactledgerError:
            pass
    assert [str(w.message) for w in caught] == []


@FUZZ
@given(st.lists(st.sampled_from(['[claims."a\\nb"]', '[claims.x]', 'x = 1', 'figure = "5"', '"\\u0000" = 2',
                                 '[[checks]]', "'''", '"""', 'a.b.c = 3', '[article]', '\n', '= "x"']),
                max_size=8).map("\n".join))
def test_toml_syntax_errors_are_one_line(tmp_path_factory, text):
    """Whatever keys a broken TOML file holds, its error is one line with a line number."""
    path = tmp_path_factory.mktemp("syntax") / "fuzz.toml"
    path.write_text(text, encoding="utf-8")
    _load_and_verify(path)
