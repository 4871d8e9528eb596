"""The line index of TOML files: every key's line, and neither fast path changes one."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factledger import source_lines
from factledger.source_lines import toml_lines

DOCUMENT = '''# a ledger
[article]
id = "a"
"quoted key" = 1
dotted.key = 2

[claims.troops]
figure = "12,000 troops"
inline = { unit = "troop", "odd key" = 3 }
note = """
first = not a key
"""

[[checks]]
kind = "same"
  indented = true
[[checks]]
kind = "total"
'''


def test_every_key_has_its_own_line():
    index = toml_lines(DOCUMENT)
    assert index.line("article") == 2
    assert index.line("article", "id") == 3
    assert index.line("article", "quoted key") == 4
    assert index.line("article", "dotted", "key") == 5
    assert index.line("claims", "troops") == 7
    assert index.line("claims", "troops", "figure") == 8
    assert index.line("claims", "troops", "inline", "unit") == 9
    assert index.line("claims", "troops", "inline", "odd key") == 9
    assert index.line("claims", "troops", "note") == 10
    assert ("claims", "troops", "first") not in index.lines  # inside a multi-line string
    assert index.line("checks", 0, "kind") == 15
    assert index.line("checks", 0, "indented") == 16
    assert index.line("checks", 1, "kind") == 18
    assert index.line("checks", 1, "missing") == 17  # falls back to its table


def _slow_index(text: str) -> dict:
    """The index made by the general key pattern alone, without the bare-key fast path."""
    original = source_lines._TomlScan._bare_key
    source_lines._TomlScan._bare_key = lambda self, number, stripped: False  # type: ignore[method-assign]
    try:
        return source_lines._by_line(text).lines
    finally:
        source_lines._TomlScan._bare_key = original  # type: ignore[method-assign]


_NAMES = st.sampled_from(["a", "b-c", "d_1", '"q k"', "'lit'", "e.f", '"x=y"'])
_VALUES = st.sampled_from(['1', '"text"', '"a = b"', '{ g = 1, "h i" = 2 }', '[1, 2]', '"""', "'''", 'x # c'])
_LINES = st.one_of(
    st.tuples(_NAMES, st.sampled_from(["=", " = ", "  =  "]), _VALUES).map("".join),
    st.tuples(st.sampled_from(["", "  "]), st.sampled_from(["[", "[["]), _NAMES).map(
        lambda t: f"{t[0]}{t[1]}{t[2]}{']' * len(t[1])}"),
    st.sampled_from(["", "   ", "# comment", "# x = 1", "not a key", "= 1", "'''", '"""']),
)


_ENDS = st.sampled_from(["\n", "\n", "\n", "\r\n", "\r", "\x0c", "\u2028", "\n\t"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", " ", "\t", "\xa0"]), _LINES, _ENDS), max_size=25), st.booleans())
def test_the_fast_paths_index_as_the_general_pattern_does(lines, last_line_ends):
    """Whole-text scanning of plain text and the bare-key shortcut: neither changes a line number."""
    text = "".join(f"{indent}{line}{end}" for indent, line, end in lines)
    if not last_line_ends:
        text = text.rstrip("\n")
    assert toml_lines(text).lines == _slow_index(text)


def test_plain_text_is_scanned_whole():
    """Without multi-line strings or unusual line ends, the scan does not go line by line."""
    plain = DOCUMENT.replace('"""\nfirst = not a key\n"""', '"one line"')
    assert source_lines.is_plain(plain)
    assert not source_lines.is_plain(DOCUMENT)
    assert toml_lines(plain).lines == _slow_index(plain)
    assert toml_lines(plain).line("claims", "troops", "inline", "odd key") == 9


_PLAIN_LINES = _LINES.filter(lambda line: '"""' not in line and "'''" not in line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", " ", "\t", "\xa0", "\x1f"]), _PLAIN_LINES,
                          st.sampled_from(["\n", "\n\n", " \n", "\t\n"])), min_size=1, max_size=30))
def test_plain_text_scanned_whole_indexes_as_line_by_line(lines):
    text = "".join(f"{indent}{line}{end}" for indent, line, end in lines)
    assert source_lines.is_plain(text)
    assert toml_lines(text).lines == _slow_index(text)


@pytest.mark.parametrize("end", sorted({c for c in map(chr, range(0x3000)) if len(f"a{c}b".splitlines()) == 2} - {"\n"}))
def test_every_other_line_end_is_scanned_line_by_line(end):
    """Each character str.splitlines ends a line at, besides the newline, keeps a text off the fast scan."""
    assert not source_lines.is_plain(f"a = 1{end}b = 2\n")


@pytest.mark.parametrize("mark", ["\x85", "\u2028", "\u2029"])
@pytest.mark.parametrize("where", ["quote", "comment"])
def test_a_line_ends_only_at_a_newline(mark, where):
    """U+2028 and the like end a line for str.splitlines, not for TOML: lines after one stay put."""
    text = (f'[article]\nid = "a"\n[claims.x]\n# a{mark if where == "comment" else ""}b\n'
            f'quote = "one{mark if where == "quote" else ""}two"\nfigure = "5"\n[claims.y]\nfigure = "6"\n')
    tomllib.loads(text)  # valid TOML: the mark is allowed where it stands
    index = toml_lines(text)
    assert index.line("claims", "x", "figure") == 6
    assert index.line("claims", "y") == 7 and index.line("claims", "y", "figure") == 8


def test_a_table_written_before_its_header_keeps_its_first_line():
    """``b.c = 1`` in [a] makes table a.b at line 3; its own header, later, does not move it."""
    text = "[a]\nx = 1\nb.c = 1\n[a.b.d]\ny = 2\n"
    index = toml_lines(text)
    assert index.line("a", "b") == 3 and index.line("a", "b", "d") == 4 and index.line("a", "b", "d", "y") == 5


_SIMPLE_LINES = st.one_of(
    st.tuples(st.sampled_from(["a", "b", "b-c", "d_1", "figure"]), st.sampled_from(["=", " = "]),
              st.sampled_from(['1', '"text"', '"a = b"', '[1, 2]', '"[x]"', 'x # c'])).map("".join),
    st.tuples(st.sampled_from(["[", "[["]), st.sampled_from(["a", "a.b", "a.b.c", "claims.x", "claims . y", '"q"']))
    .map(lambda t: f"{t[0]}{t[1]}{']' * len(t[0])}"),
    st.sampled_from(["", "   ", "# comment", "# x = 1", "[not a header", "[1]"]),
)


def _asked(index: dict) -> list[tuple]:
    """Every path the index knows, a key under each that it does not, and a path under none."""
    return [*index, *(path + ("missing",) for path in index), ("nowhere", 1, "x")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", " ", "\t", "\xa0"]), _SIMPLE_LINES), max_size=25),
       st.booleans(), st.randoms(use_true_random=False))
def test_a_file_of_simple_lines_answers_each_key_as_the_whole_scan(lines, last_line_ends, random):
    """Its headers are read at once and a table's keys when first asked for: the lines are the same."""
    text = "\n".join(f"{indent}{line}" for indent, line in lines) + ("\n" if last_line_ends else "")
    slow = source_lines.LineIndex(_slow_index(text))
    asked = _asked(slow.lines)
    random.shuffle(asked)
    index = toml_lines(text)
    assert isinstance(index, source_lines._TablesFirst)
    assert [index.line(*path) for path in asked] == [slow.line(*path) for path in asked]
    assert index.lines == slow.lines


def test_only_a_file_of_simple_lines_reads_its_tables_when_asked():
    assert isinstance(toml_lines('[claims.x]\nfigure = "1"\n\n# note\n[[checks]]\nkind = "same"\n'),
                      source_lines._TablesFirst)
    for line in ('x.y = 1', 'x = { y = 1 }', '"q" = 1', 'not a key', '  = 1'):
        index = toml_lines(f'[claims.x]\nfigure = "1"\n{line}\n')
        assert not isinstance(index, source_lines._TablesFirst), line
        assert index.lines == _slow_index(f'[claims.x]\nfigure = "1"\n{line}\n')


def test_a_key_written_twice_keeps_its_first_line_whichever_table_run_is_read_first():
    """[a] twice: the key's first line is in the first run, whatever the order of asking."""
    text = "[a]\nx = 1\n[b]\ny = 2\n[a]\nx = 3\nz = 4\n"
    index = toml_lines(text)
    assert isinstance(index, source_lines._TablesFirst)
    assert (index.line("a", "z"), index.line("a", "x"), index.line("b", "y"), index.line("a")) == (7, 2, 4, 1)


def test_a_key_before_a_header_of_the_same_name_keeps_the_key_line():
    """``b = 1`` in [a], then [a.b]: the scan from the top meets the key first."""
    index = toml_lines("[a]\nb = 1\n[a.b]\nc = 2\n")
    assert isinstance(index, source_lines._TablesFirst)
    assert (index.line("a", "b", "c"), index.line("a", "b")) == (4, 2)
