"""The TOML reader gives exactly what tomllib gives: the same data in the same order, or the same error.

factledger parses TOML with a compiled parser (rtoml) where it can; these tests
hold it to ``tomllib``, the reference, on every TOML file in the repository, on
generated documents, on documents with random edits, and on each form TOML 1.1
added (which tomllib on Python 3.11 rejects, and so must the ledger loader).
"""

from __future__ import annotations

import math
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factledger import toml_reader
from factledger.toml_reader import rtoml

ROOT = Path(__file__).resolve().parent.parent
TOML_FILES = sorted(p for p in ROOT.glob("**/*.toml") if ".venv" not in p.parts and ".git" not in p.parts)


def outcome(parse, text: str) -> tuple[str, str]:
    """("data", repr) or ("error", message): repr keeps key order and tells -0.0 from 0.0."""
    try:
        return "data", repr(parse(text))
    except tomllib.TOMLDecodeError as error:
        return "error", str(error)
    except RecursionError:
        return "error", "RecursionError"


def same_as_tomllib(text: str) -> None:
    assert outcome(toml_reader.loads, text) == outcome(tomllib.loads, text)


def test_rtoml_is_installed():
    """rtoml is a dependency: without it every test below would only compare tomllib with itself."""
    assert toml_reader.fast_parser() == "rtoml"


def test_the_fast_parser_reads_a_plain_ledger_file(monkeypatch):
    """The seed ledgers hold no form beyond TOML 1.0, so rtoml reads them, not tomllib."""
    calls = []
    real = toml_reader.rtoml.loads
    monkeypatch.setattr(toml_reader.rtoml, "loads", lambda text: calls.append(text) or real(text))
    text = (ROOT / "ledger" / "bwr-2024-11-17.toml").read_text(encoding="utf-8")
    assert toml_reader.loads(text) == tomllib.loads(text)
    assert calls == [text]


@pytest.mark.parametrize("path", TOML_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_toml_file_of_the_repository(path):
    """Ledgers, reference data, rule cases and the bad-input corpus: data, order or error as tomllib."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    same_as_tomllib(text)


@pytest.mark.parametrize("text", [
    'a = {x = 1,\n y = 2}\n',  # inline table over two lines
    'a = {x = 1,}\n',  # trailing comma in an inline table
    'a = "\\e"\n',  # escape character
    'a = "\\x41"\n',  # two-digit escape
    'a = 2024-01-01T10:00\n',  # date-time without seconds
    'a = 10:00\n',  # time without seconds
    '\ufeffa = 1\n',  # byte-order mark
])
def test_forms_toml_1_1_added_are_refused_as_tomllib_refuses_them(text):
    """A ledger means the same whichever parser reads it: TOML 1.1 forms fail with tomllib's message."""
    with pytest.raises(tomllib.TOMLDecodeError) as tomllib_error:
        tomllib.loads(text)
    with pytest.raises(tomllib.TOMLDecodeError) as our_error:
        toml_reader.loads(text)
    assert str(our_error.value) == str(tomllib_error.value)


def test_what_rtoml_refuses_but_toml_allows_is_read():
    """rtoml refuses a float beyond the double range; TOML (and tomllib) read it as infinity."""
    assert toml_reader.loads("a = 1e400\nb = -1e400\n") == {"a": math.inf, "b": -math.inf}


@pytest.mark.parametrize("text", [
    "a = '''one\r\ntwo'''\r\n",  # a literal string over a Windows line end
    'a = """one\r\ntwo"""\r\n',  # a basic one
    "a = ['''''']\r\nb = '''x\r\n'''\n",  # found by the random edits below
])
def test_windows_line_ends_in_multi_line_strings_read_as_tomllib_reads_them(text):
    """rtoml keeps "\\r\\n" inside a multi-line string, tomllib reads "\\n": tomllib reads the text."""
    assert rtoml.loads(text) != tomllib.loads(text)  # the difference the scan must catch
    assert toml_reader.rtoml_may_differ(text)
    assert toml_reader.loads(text) == tomllib.loads(text)


@pytest.mark.parametrize("depth", [50, 200, 5000])
def test_deep_nesting_ends_as_tomllib_ends(depth):
    """rtoml stops at a depth of its own; tomllib reads deeper, then runs out of recursion."""
    same_as_tomllib("a = " + "[" * depth + "]" * depth + "\n")


def test_without_rtoml_tomllib_reads_everything(monkeypatch):
    """A platform without an rtoml wheel still reads ledgers, with tomllib."""
    monkeypatch.setattr(toml_reader, "rtoml", None)
    text = (ROOT / "ledger" / "bwr-2024-11-17.toml").read_text(encoding="utf-8")
    assert toml_reader.fast_parser() == ""
    assert toml_reader.loads(text) == tomllib.loads(text)


# -- generated documents -----------------------------------------------------------------------
# Few keys, so that documents often define a key or a table twice, or a table after its sub-table.
_bare_keys = st.one_of(st.sampled_from(["a", "b", "c", "d-1", "e_2", "1"]),
                       st.from_regex(r"[A-Za-z0-9_-]{1,8}", fullmatch=True))
_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


def _basic_string(s: str) -> str:
    escaped = s.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if c >= " " and c != "\x7f" else f"\\u{ord(c):04x}" for c in escaped) + '"'


_values = st.recursive(
    st.one_of(
        st.integers(min_value=-(2**70), max_value=2**70).map(str),
        st.integers(min_value=0, max_value=10**9).map(lambda n: f"{n:_}"),
        st.sampled_from(["0x1F", "0o17", "0b101", "+7", "-0", "inf", "-inf", "nan", "+nan", "1e10",
                         "6.02e+23", "1E-7", "3.14_15", "-0.0", "true", "false", "1979-05-27",
                         "1e400", "0.1", "5e-324", "1.7976931348623157e308"]),
        st.floats(allow_nan=False, allow_infinity=False).map(repr),
        _text.map(_basic_string),
        _text.filter(lambda s: "'" not in s and all(c >= " " or c == "\t" for c in s)
                     and "\x7f" not in s).map(lambda s: f"'{s}'"),
        _text.filter(lambda s: "'''" not in s and "\r" not in s and not s.endswith("'")
                     and all(c >= " " or c in "\t\n" for c in s) and "\x7f" not in s)
        .map(lambda s: f"'''{s}'''"),
        st.sampled_from(['"""\nline one\\\n   line two"""', '"""a\\tb\\u00e9\\U0001F600"""',
                         '"\\b\\f\\n\\r\\t\\"\\\\"']),
    ),
    lambda inner: st.lists(inner, max_size=4).map(lambda items: "[" + ", ".join(items) + "]"),
    max_leaves=6,
)


@st.composite
def documents(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(min_value=0, max_value=8))):
        kind = draw(st.sampled_from(["pair", "pair", "pair", "table", "array-table", "comment", "blank",
                                     "dotted"]))
        if kind == "pair":
            lines.append(f"{draw(_bare_keys)} = {draw(_values)}")
        elif kind == "dotted":
            lines.append(f"{draw(_bare_keys)}.{draw(_bare_keys)} = {draw(_values)}")
        elif kind == "table":
            lines.append("[" + ".".join(draw(st.lists(_bare_keys, min_size=1, max_size=3))) + "]")
        elif kind == "array-table":
            lines.append("[[" + ".".join(draw(st.lists(_bare_keys, min_size=1, max_size=2))) + "]]")
        elif kind == "comment":
            lines.append("# " + draw(_text).replace("\n", " ").replace("\r", " "))
        else:
            lines.append("")
    end = draw(st.sampled_from(["\n", "\r\n"]))
    return end.join(lines) + end


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
@example('a = 1\nb = "x"\n[t.u]\nc = [1, 2.5, "s"]\n')
@example('[a.b]\nx = 1\n[c]\ny = 2\n[a]\nz = 3\n')  # rtoml would put "a" after "c"
@example('[ a . b ]\nx = 1\n[c]\n[ a ]\nz = 3\n')
def test_generated_documents_read_as_tomllib_reads_them(text):
    """Valid and invalid alike (duplicate keys, tables defined twice): same data, order or error."""
    same_as_tomllib(text)


_EDITS = st.lists(st.tuples(st.sampled_from(["insert", "delete", "replace"]), st.integers(min_value=0),
                            st.sampled_from(list("=[]{}.\"'\\#\n\r\t ,:-+_0123456789exTZ\x00\x7f\u00e9\ufeff"))),
                  min_size=1, max_size=4)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), _EDITS)
def test_documents_with_random_edits_read_as_tomllib_reads_them(text, edits):
    """A broken document fails with tomllib's message; one the edits leave valid reads the same."""
    chars = list(text)
    for what, at, char in edits:
        at = at % (len(chars) + 1)
        if what == "insert":
            chars.insert(at, char)
        elif chars and at < len(chars):
            if what == "delete":
                del chars[at]
            else:
                chars[at] = char
    same_as_tomllib("".join(chars))


@given(st.text(max_size=40), st.sampled_from(["{", "}", "\\e", "\\x", "1:2", "\ufeff", "\n[a.b]\n[a]",
                                              '\n[a]\n["a"]', "\n[[a.b]]\n[a]", '"""a\r\nb"""',
                                              "'''a\r\nb'''"]), st.text(max_size=40))
def test_every_form_rtoml_may_read_otherwise_is_sent_to_tomllib(before, form, after):
    """The scan is loose, never blind: a text holding any such form is read by tomllib."""
    text = ("" if form == "\ufeff" else before) + form + after
    assert toml_reader.rtoml_may_differ(text)
