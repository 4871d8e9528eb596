"""Loading ledger files: locations, ids across files, JSON, and one clear line for bad input."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factledger import LedgerError, load
from factledger.ledger_edit import append_claims, format_file, normalise

ARTICLE = '[article]\nid = "a"\n'


def test_every_claim_knows_its_file_and_line(write_ledger, tmp_path):
    path = write_ledger(ARTICLE + '\n[claims.x]\nfigure = "12"\n\n# note\n[claims.y]\nfigure = "24"\n')
    ledger = load(path, root=tmp_path)
    assert str(ledger.claims["a:x"].location) == "article.toml:4"
    assert str(ledger.claims["a:y"].location) == "article.toml:8"


def test_directory_loads_and_claims_are_addressable_across_files(tmp_path):
    (tmp_path / "one.toml").write_text('[article]\nid = "one"\n[claims.troops]\nfigure = "12,000 troops"\n')
    (tmp_path / "two.toml").write_text('[article]\nid = "two"\n[claims.pay]\nfigure = "$2,000"\n'
                                       'unit = "USD/troop"\n[claims.total]\nfigure = "$24M"\n'
                                       'derived = "one:troops * pay"\n')
    ledger = load(tmp_path)
    assert list(ledger.claims) == ["one:troops", "two:pay", "two:total"]


def test_json_ledger_has_the_same_schema(tmp_path):
    document = {"article": {"id": "j"}, "claims": {"x": {"figure": "$24M"}}}
    (tmp_path / "j.json").write_text(json.dumps(document, indent=2))
    ledger = load(tmp_path / "j.json", root=tmp_path)
    assert ledger.claims["j:x"].figure.interval.lo == pytest.approx(23.5e6)
    assert ledger.claims["j:x"].location.line == 6


def test_same_claim_id_in_two_files_is_fine_but_article_ids_must_differ(tmp_path):
    (tmp_path / "one.toml").write_text('[article]\nid = "same"\n')
    (tmp_path / "two.toml").write_text('[article]\nid = "same"\n')
    with pytest.raises(LedgerError, match="article id 'same' is already used by"):
        load(tmp_path)


BAD = [
    ("malformed TOML", '[article]\nid = "a"\n[claims.x\nfigure = "1"\n',
     "bad.toml:3: invalid TOML: the table header is not closed; expected ']' (column 10)"),
    ("wrong type", ARTICLE + '[claims.x]\nfigure = 12\n',
     "bad.toml:4: claim 'x': field 'figure' must be text, got a whole number 12"),
    ("missing field", ARTICLE + '[claims.x]\nsubject = "s"\n', "bad.toml:3: claim 'x': missing required field 'figure'"),
    ("unknown unit", ARTICLE + '[claims.x]\nfigure = "12 blorpz"\n',
     "bad.toml:4: claim 'x': figure '12 blorpz': unknown unit 'blorpz'"),
    ("unknown claim id", ARTICLE + '[claims.troops]\nfigure = "12"\n[claims.y]\nfigure = "24"\nderived = "troop * 2"\n',
     "bad.toml:7: claim 'y': derived uses an unknown claim id 'troop'; did you mean 'troops'?"),
    # expressions read letters in their plain form: an id with a ligature cannot be named in one
    ("ligature in a claim id", ARTICLE + '[claims."\ufb01ve"]\nfigure = "5"\n[claims.y]\nfigure = "10"\n'
     'derived = "\ufb01ve * 2"\n',
     "bad.toml:7: claim 'y': derived uses an unknown claim id 'five'; an expression reads the claim id '\ufb01ve' "
     "as 'five' (a letter written in a special form, such as a ligature, is read in its plain form); give the "
     "claim an id without it"),
    ("unknown source id", ARTICLE + '[sources.wsj]\nname = "WSJ"\n[claims.x]\nfigure = "12"\nsource = "wjs"\n',
     "bad.toml:7: claim 'x': unknown source id 'wjs'; did you mean 'wsj'?"),
    ("cycle", ARTICLE + '[claims.a]\nfigure = "1"\nderived = "b + 1"\n[claims.b]\nfigure = "1"\nderived = "a - 1"\n',
     "bad.toml:5: derivation of 'a' is part of a cycle: a -> b -> a"),
    ("self-reference", ARTICLE + '[claims.a]\nfigure = "1"\nderived = "a + 1"\n',
     "bad.toml:5: derivation of 'a' refers to itself"),
    ("duplicate id", '[article]\nid = "a"\n[claims.x]\nfigure = "1"\n[claims.x]\nfigure = "2"\n',
     "bad.toml:5: invalid TOML: table [claims.x] is defined twice (or an id is used twice); give each entry "
     "its own id, or merge the tables (column 10)"),
    ("NaN", '[ranges.r]\nmeasures = ["m"]\nunit = "t"\nlow = nan\nhigh = 5\nsource = "s"\nreason = "r"\n',
     "bad.toml:4: range 'r': field 'low' is nan; expected a finite number (a value such as 1e400 is too "
     "large and reads as infinity)"),
    ("infinity", '[ranges.r]\nmeasures = ["m"]\nunit = "t"\nlow = 1\nhigh = inf\nsource = "s"\nreason = "r"\n',
     "bad.toml:5: range 'r': field 'high' is inf; expected a finite number (a value such as 1e400 is "
     "too large and reads as infinity)"),
    ("empty file", "", "bad.toml:1: file is empty; a ledger file needs an [article] table and [claims.*] "
     "tables, a reference file [ranges.*] tables"),
    ("bad expression", ARTICLE + '[claims.y]\nfigure = "1"\nderived = "__import__(\'os\')"\n',
     "bad.toml:5: claim 'y': expression \"__import__('os')\": calls '__import__'; only min, max, sum may be called"),
]


@pytest.mark.parametrize("text, message", [(t, m) for _, t, m in BAD], ids=[n for n, _, _ in BAD])
def test_bad_input_is_one_clear_line(tmp_path, text, message):
    (tmp_path / "bad.toml").write_text(text, encoding="utf-8")
    with pytest.raises(LedgerError) as info:
        load(tmp_path / "bad.toml", root=tmp_path)
    assert str(info.value) == message


def test_a_claim_id_with_an_accent_typed_as_a_mark_of_its_own_is_found_by_its_expression(tmp_path):
    """"cafe\u0301" (e, then a combining accent) is "caf\xe9" to a reader, and to an expression, which composes
    it: the derivation reads the claim. It was refused as an unknown claim id 'caf\xe9'."""
    (tmp_path / "a.toml").write_text(ARTICLE + '[claims."cafe\u0301"]\nfigure = "12"\n[claims.y]\nfigure = "24"\n'
                                     'derived = "2 * cafe\u0301"\n', encoding="utf-8")
    ledger = load(tmp_path / "a.toml", root=tmp_path)
    assert ledger.inputs["a:y"] == ("a:cafe\u0301",)


HYPHENATED = [
    ("derivation", '[claims.appeal-received]\nfigure = "$97 million"\n[claims.appeal]\nfigure = "$386 million"\n'
     '[claims.share]\nfigure = "25%"\nderived = "appeal-received / appeal"\n',
     "bad.toml:9: claim 'share': 'appeal-received' reads as appeal minus received in a derivation; rename the "
     "claim (appeal_received)"),
    # Every part is a claim too: the expression would load, silently a subtraction.
    ("every part a claim", '[claims.a-b]\nfigure = "10"\n[claims.a]\nfigure = "12"\n[claims.b]\nfigure = "2"\n'
     '[claims.c]\nfigure = "20"\nderived = "a-b * 2"\n',
     "bad.toml:11: claim 'c': 'a-b' reads as a minus b in a derivation; rename the claim (a_b)"),
    ("other file's id", '[claims.gdp-2024]\nfigure = "5"\n[claims.c]\nfigure = "10"\nderived = "a:gdp-2024 * 2"\n',
     "bad.toml:7: claim 'c': 'a:gdp-2024' reads as a:gdp minus 2024 in a derivation; rename the claim (gdp_2024)"),
    ("check", '[claims.gdp-2024]\nfigure = "5"\n[claims.c]\nfigure = "10"\n[[checks]]\nkind = "compare"\n'
     'holds = "c > gdp-2024"\n',
     "bad.toml:7: compare check: 'gdp-2024' reads as gdp minus 2024 in a check; rename the claim (gdp_2024)"),
]


@pytest.mark.parametrize("text, message", [(t, m) for _, t, m in HYPHENATED], ids=[n for n, _, _ in HYPHENATED])
def test_a_hyphenated_claim_id_in_an_expression_is_named_as_a_subtraction(tmp_path, text, message):
    """An expression naming a claim whose id has a hyphen reads it as a minus: the error says so, and the fix."""
    (tmp_path / "bad.toml").write_text(ARTICLE + text, encoding="utf-8")
    with pytest.raises(LedgerError) as info:
        load(tmp_path / "bad.toml", root=tmp_path)
    assert str(info.value) == message


def test_hyphenated_claim_ids_load_where_no_expression_names_them(tmp_path):
    """A hyphen in a claim id is refused only in expressions: checks' lists, spaced minus signs and
    e-notation still load."""
    (tmp_path / "ok.toml").write_text(ARTICLE + '[claims.a-b]\nfigure = "10"\n[claims.a]\nfigure = "12"\n'
                                      '[claims.b]\nfigure = "2"\n[claims.c]\nfigure = "10"\n'
                                      'derived = "a - b + 1e-3 * a"\n[[checks]]\nkind = "same"\n'
                                      'claims = ["a-b", "c"]\n', encoding="utf-8")
    ledger = load(tmp_path / "ok.toml", root=tmp_path)
    assert ledger.inputs["a:c"] == ("a:a", "a:b")
    assert ledger.check_inputs == (("a:a-b", "a:c"),)


@pytest.mark.parametrize("field, value, advice", [
    ("hedge", '"more than"', 'a hedge is part of the figure, as the article prints it: '
                             'figure = "more than 2.4 million people"'),
    ("hedge", '" about "', 'a hedge is part of the figure, as the article prints it: '
                           'figure = "about 2.4 million people"'),
    ("hedge", "true", 'a hedge is part of the figure, as the article prints it: '
                      'figure = "more than 2.4 million people"'),  # no words of its own: the example
    ("value", "2400000", "write the number as the article prints it in 'figure' "
                         "(figure = \"2.4 million people\")"),
    ("currency", '"PKR"', 'the currency is part of the figure (figure = "Rs 40 billion") or of its unit '
                          '(unit = "PKR")'),
    ("date", "2024-11-17", "the time a figure is about is its 'period' (period = \"2024-11-17\", "
                           "\"2024-11\" or \"2024\"); a source's date goes in its [sources.ID] entry"),
    ("source_quote", '"x"', "the article's words go in 'quote', and 'source' names a [sources.ID] entry"),
])
def test_a_field_a_claim_does_not_have_says_where_it_goes(tmp_path, field, value, advice):
    """"hedge", "value", "date" and their like are guesses at a claim's fields: the error says where
    what they hold belongs, where the near miss was none ("hedge") or wrong ("source_quote": 'source')."""
    (tmp_path / "bad.toml").write_text(ARTICLE + f'[claims.x]\nfigure = "2.4 million people"\n{field} = {value}\n',
                                       encoding="utf-8")
    with pytest.raises(LedgerError) as info:
        load(tmp_path / "bad.toml", root=tmp_path)
    assert str(info.value) == f"bad.toml:5: claim 'x': unknown field {field!r}; {advice}"


def test_a_hedge_written_into_the_figure_is_read(tmp_path):
    """Following the advice for a 'hedge' field gives the hedged figure: more than 2.4 million is open above."""
    (tmp_path / "ok.toml").write_text(ARTICLE + '[claims.x]\nfigure = "more than 2.4 million people"\n',
                                      encoding="utf-8")
    figure = load(tmp_path / "ok.toml", root=tmp_path).claims["a:x"].figure
    assert figure.hedge is not None and figure.hedge.word == "more than" and figure.bounds.hi == float("inf")


def test_not_utf8_names_the_line(tmp_path):
    (tmp_path / "bad.toml").write_bytes('[article]\nid = "caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(LedgerError) as info:
        load(tmp_path / "bad.toml", root=tmp_path)
    assert str(info.value) == "bad.toml:2: file is not UTF-8 text (byte 0xe9 at offset 19); save it as UTF-8"


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr("factledger.documents.MAX_FILE_BYTES", 100)
    (tmp_path / "big.toml").write_text(ARTICLE + "# " + "x" * 200 + "\n")
    with pytest.raises(LedgerError, match=r"^big.toml: file is 0 MB; a ledger file is at most 0 MB"):
        load(tmp_path / "big.toml", root=tmp_path)


# -- writing ------------------------------------------------------------------------------
def with_schema(folder: Path) -> None:
    """A project that keeps the ledger schema in schema/, as this repository does."""
    (folder / "schema").mkdir(exist_ok=True)
    (folder / "schema" / "ledger.schema.json").write_text("{}")


def test_fmt_keeps_comments_order_and_values(tmp_path):
    text = '[article]\nid = "a"   \n# why this reading\n[claims.b]\nfigure = "2"\n\n\n\n[claims.a]\nfigure = "1"\n'
    (tmp_path / "ledger").mkdir()
    with_schema(tmp_path)
    path = tmp_path / "ledger" / "a.toml"
    path.write_text(text, encoding="utf-8")
    assert format_file(path)
    new = path.read_text()
    assert new.startswith("#:schema ../schema/ledger.schema.json\n")
    assert "# why this reading" in new and new.index("claims.b") < new.index("claims.a")
    assert tomllib.loads(new) == tomllib.loads(text)
    assert not format_file(path), "formatting twice changes nothing"


@pytest.mark.parametrize("line_end", ["\r\n", "\n"])
@pytest.mark.parametrize("bom", [b"\xef\xbb\xbf", b""])
def test_fmt_and_append_keep_line_ends_and_byte_order_mark(tmp_path, line_end, bom):
    """A file saved on Windows stays "\\r\\n" (and keeps its mark): the diff is the lines that changed."""
    text = ('[article]\nid = "a"   \n[claims.b]\nfigure = "2"\nquote = """two\nlines"""\n\n\n'
            '[claims.a]\nfigure = "1"\n').replace("\n", line_end)
    with_schema(tmp_path)
    path = tmp_path / "styled.toml"
    path.write_bytes(bom + text.encode("utf-8"))
    assert format_file(path)
    append_claims(path, [("c", {"figure": "3", "quote": "three"})])
    data = path.read_bytes()
    assert data.startswith(bom + b"#:schema") and not data[len(bom):].startswith(b"\xef\xbb\xbf")
    lines = data.split(b"\n")[:-1]
    assert len(lines) > 10 and all(line.endswith(b"\r") == (line_end == "\r\n") for line in lines)
    assert b"  \r" not in data and b"  \n" not in data  # trailing spaces went, line ends stayed
    ledger = load(path)
    assert [k.split(":")[1] for k in ledger.claims] == ["b", "a", "c"]
    assert ledger.claims["a:b"].quote == "two\nlines"
    assert not format_file(path), "formatting twice changes nothing"


def test_fmt_and_append_keep_a_nan(tmp_path):
    """A NaN is the same NaN after the edit: ``nan != nan`` made fmt and an append refuse the file, saying the
    new text "would change or lose" the value (verify names the NaN itself, at its line)."""
    path = tmp_path / "a.toml"
    path.write_text('[article]\nid = "a"   \n\n[ranges.r]\nlow = nan\nhigh = [inf, -nan]\n', encoding="utf-8")
    assert format_file(path)
    assert path.read_text("utf-8") == '[article]\nid = "a"\n\n[ranges.r]\nlow = nan\nhigh = [inf, -nan]\n'
    assert append_claims(path, [("c", {"figure": "3"})]) == ["c"]
    assert tomllib.loads(path.read_text("utf-8"))["claims"] == {"c": {"figure": "3"}}


def test_append_keeps_each_line_end_of_a_file_that_mixes_them(tmp_path):
    """A file whose lines end in "\r\n" and "\n" both is kept byte for byte; the new lines end as its first
    does. The lines ending in "\n" were rewritten with "\r\n"."""
    path = tmp_path / "mixed.toml"
    before = b'[article]\r\nid = "a"\n# kept as it is\n\r\n[claims.b]\r\nfigure = "2"\r\n'
    path.write_bytes(before)
    append_claims(path, [("c", {"figure": "3"})])
    after = path.read_bytes()
    assert after.startswith(before)
    assert after[len(before):] == b'\r\n[claims.c]\r\nfigure = "3"\r\n'


def test_append_to_a_json_ledger_is_refused_with_what_to_do(tmp_path):
    """Drafts are TOML tables: a JSON ledger was read as TOML, and refused as invalid TOML at its line 1."""
    path = tmp_path / "a.json"
    text = '{"article": {"id": "a"}, "claims": {}}'
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LedgerError) as info:
        append_claims(path, [("c", {"figure": "3"})])
    assert str(info.value) == (f"{path}: drafts are appended to TOML ledger files, and this is a JSON ledger "
                               f"file; print them with --format json and add them to its claims, or append them "
                               f"to a .toml file")
    assert path.read_text("utf-8") == text


claim_ids = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True)
figures = st.sampled_from(["$24M", "12,000 troops", "about 80,000 tonnes", "92.5%", "1,500 daily"])
quotes = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(claim_ids, figures, quotes), min_size=1, max_size=5))
def test_append_then_load_round_trips(tmp_path, drafts):
    """Claims appended through the safe write path load back as written; comments stay."""
    path = tmp_path / "round.toml"
    path.write_text('# kept comment\n[article]\nid = "r"\n', encoding="utf-8")
    written = append_claims(path, [(i, {"figure": f, "quote": q}) for i, f, q in drafts])
    ledger = load(path)
    assert [ledger.claims[f"r:{i}"].printed for i in written] == [f for _, f, _ in drafts]
    assert [ledger.claims[f"r:{i}"].quote for i in written] == [q for _, _, q in drafts]
    assert path.read_text("utf-8").startswith("# kept comment\n")
    path.unlink()


def test_normalise_is_idempotent():
    text = "[a]\nx = 1\n[b]\n\n\ny = 2   \n"
    assert normalise(normalise(text)) == normalise(text)


@pytest.mark.parametrize("text, formatted", [
    # a comment right above a table is the table's: the blank line goes before it
    ('[a]\nx = 1\n# about b\n# and more\n[b]\ny = 2\n', '[a]\nx = 1\n\n# about b\n# and more\n[b]\ny = 2\n'),
    ('[a]\nx = 1\n\n# about b\n[b]\n', '[a]\nx = 1\n\n# about b\n[b]\n'),
    ('# the file\n[a]\nx = 1\n', '# the file\n[a]\nx = 1\n'),
])
def test_normalise_puts_the_blank_line_before_a_tables_comments(text, formatted):
    assert normalise(text) == formatted


@given(st.lists(st.sampled_from(["[a]", "[b.c]", "x = 1", "# note", "", "  ", 'y = "z"  ']), max_size=12))
def test_normalise_is_idempotent_for_any_layout(lines):
    text = "\n".join(lines) + "\n"
    assert normalise(normalise(text)) == normalise(text)


@pytest.mark.parametrize("text, formatted", [
    # spaces at the end of a multi-line string's first line are in the string
    ('[a]\nnote = """trailing   \nmore"""   \n', '[a]\nnote = """trailing   \nmore"""\n'),
    ("[a]\nnote = '''trailing   \nmore'''\n", "[a]\nnote = '''trailing   \nmore'''\n"),
    # an escaped quote does not close the string: its blank lines stay
    ('[a]\nnote = """x \\"""\n\n\n\ny"""\n[b]\n', '[a]\nnote = """x \\"""\n\n\n\ny"""\n\n[b]\n'),
    # a line of the string that starts with "#" or "[" is no comment and no table
    ('[a]\nnote = """\n# x\n# y"""\n[b]\n', '[a]\nnote = """\n# x\n# y"""\n\n[b]\n'),
    ('[a]\nnote = """\n[x]\n\n\n"""\n', '[a]\nnote = """\n[x]\n\n\n"""\n'),
    # a "[" that starts a line inside an array opens no table
    ('x = [\n  # first\n  [1],\n]\n', 'x = [\n  # first\n  [1],\n]\n'),
])
def test_normalise_leaves_multiline_strings_and_arrays_as_written(text, formatted):
    """fmt refused these valid ledgers: it changed a string's text before it knew the string was open."""
    assert normalise(text) == formatted
    assert tomllib.loads(formatted) == tomllib.loads(text)


def test_a_refused_write_names_the_first_line_it_would_change(write_ledger, monkeypatch):
    """If fmt's new text ever changed a value, the refusal names the value and its line."""
    path = write_ledger('[article]\nid = "a"\n\n[claims.a]\nfigure = "1"\nnote = """x   \ny"""  \n')
    before = path.read_text()
    monkeypatch.setattr("factledger.ledger_edit.normalise", lambda text, _path: text.replace("x   ", "x"))
    with pytest.raises(LedgerError) as info:
        format_file(path)
    assert str(info.value) == (f"{path}:6: refusing to write: the new file would change or lose "
                               "claims.a.note; the file was not changed")
    assert path.read_text() == before


def test_fmt_adds_no_schema_line_that_names_a_missing_file(write_ledger):
    """Without a schema/ledger.schema.json above the file, editors would report the line itself."""
    path = write_ledger('[article]\nid = "a"   \n')
    assert format_file(path)
    assert path.read_text() == '[article]\nid = "a"\n'


def test_fmt_points_the_schema_line_at_the_nearest_schema_directory(tmp_path):
    """A file one folder deeper (ledger/reference/) gets ../../schema/..., not ../schema/..."""
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "ledger.schema.json").write_text("{}")
    deep = tmp_path / "ledger" / "reference"
    deep.mkdir(parents=True)
    (deep / "ranges.toml").write_text('[ranges.r]\nmeasures = ["m"]\nunit = "t"\nlow = 1\nhigh = 2\n'
                                      'source = "s"\nreason = "r"\n')
    assert format_file(deep / "ranges.toml")
    assert (deep / "ranges.toml").read_text().splitlines()[0] == "#:schema ../../schema/ledger.schema.json"


def _unreadable_paths(root: Path) -> dict[str, Path]:
    (root / "empty").mkdir()
    (root / "notes").mkdir()
    (root / "notes" / "readme.txt").write_text("no ledger here", "utf-8")
    (root / "loop.toml").symlink_to("loop.toml")
    return {"missing": root / "nope", "missing file": root / "nope.toml", "empty directory": root / "empty",
            "no ledger files": root / "notes", "link to itself": root / "loop.toml"}


@pytest.mark.parametrize("case", ["missing", "missing file", "empty directory", "no ledger files", "link to itself"])
def test_a_path_that_gives_no_ledger_is_the_errors_location(tmp_path: Path, case: str) -> None:
    """The error's location is the path, with no line: code reading error.location.path gets it (it
    got ''), and str() still reads "PATH: message", the path written once."""
    path = _unreadable_paths(tmp_path)[case]
    with pytest.raises(LedgerError) as raised:
        load(path)
    error = raised.value
    assert (error.location.path, error.location.line) == (path.as_posix(), 0)
    assert str(error) == f"{path.as_posix()}: {error.message}"
    assert path.as_posix() not in error.message


def test_a_file_that_cannot_be_read_is_named_without_a_line(tmp_path: Path, monkeypatch) -> None:
    """A file too large to read has no line to name; its message had ":1"."""
    monkeypatch.setattr("factledger.documents.MAX_FILE_BYTES", 10)
    (tmp_path / "big.toml").write_text(ARTICLE, "utf-8")
    with pytest.raises(LedgerError) as raised:
        load(tmp_path / "big.toml", root=tmp_path)
    assert (raised.value.location.path, raised.value.location.line) == ("big.toml", 0)
