"""`factledger extract` and `factledger verify --coverage` on the command line."""

from __future__ import annotations

import json
import os
import tomllib

import pytest

from factledger.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(("content", "message"), [
    (b"", "article file is empty; expected the text of an article"),
    (b"PK\x03\x04\x00\x00binary", "article file is binary, not text"),
    (b"caf\xe9 au lait", "article file is not UTF-8 text (byte 0xe9 at offset 3); save it as UTF-8"),
])
def test_bad_input_gets_one_line_naming_the_file(tmp_path, capsys, content, message):
    """An unreadable article gets one line that names the file, never a traceback."""
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    status, out, err = run(capsys, "extract", str(article))
    assert status == 2 and out == ""
    assert err.splitlines() == [f"factledger: error: {article}{':1' if b'caf' in content else ''}: {message}"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize("command", [("extract",), ("verify", "--coverage")])
def test_a_pipe_or_a_device_is_refused_not_read(tmp_path, capsys, root, command):
    """A named pipe would wait for a writer for ever, /dev/zero would be read until memory ran out."""
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    ledger = () if command == ("extract",) else (str(root / "ledger"),)
    for article in (str(pipe), os.devnull):
        status, out, err = run(capsys, *command, article, *ledger)
        assert status == 2 and out == ""
        assert err == (f"factledger: error: {article}: article file is not a regular file (a pipe, a device "
                       f"or a directory); give the path of a text file\n")


def test_an_oversized_article_is_refused_in_one_line(tmp_path, capsys):
    """A 50 MB file is refused by size before it is read."""
    article = tmp_path / "huge.txt"
    with open(article, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    status, _, err = run(capsys, "extract", str(article))
    assert status == 2
    assert err == f"factledger: error: {article}: article file is 52 MB; an article is at most 10 MB\n"


def test_json_output_lists_each_mention_with_its_span(tmp_path, capsys):
    """--format json gives the printed figure, span, line, unit, value and flags of each mention."""
    article = tmp_path / "a.txt"
    article.write_text("Intro.\nIt shipped about 80,000 tonnes.", encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(article), "--format", "json")
    [mention] = json.loads(out)["mentions"]
    assert status == 0
    assert (mention["printed"], mention["start"], mention["line"], mention["unit"], mention["hedge"]) == \
        ("80,000 tonnes", 24, 2, "tonne", "about")


def test_a_unit_printed_with_a_no_break_space_is_drafted(tmp_path, capsys):
    """"5,000 sq ft" with a no-break space is drafted in square feet: it stopped the run with an internal error."""
    article = tmp_path / "a.txt"
    article.write_text("The flat has 5,000 sq\u00a0ft of floor.", encoding="utf-8")
    status, out, err = run(capsys, "extract", str(article), "--format", "json")
    assert (status, err) == (0, "")
    [mention] = json.loads(out)["mentions"]
    assert (mention["printed"], mention["unit"], mention["value"]) == ("5,000 sq\u00a0ft", "sq_ft", 5000.0)


def test_append_adds_drafts_and_keeps_the_ledger_comments(tmp_path, capsys):
    """--append writes draft claims into the ledger through the comment-keeping write path."""
    article = tmp_path / "a.txt"
    article.write_text("With 12,000 troops deployed, this amounts to $24M.", encoding="utf-8")
    ledger = tmp_path / "ledger.toml"
    ledger.write_text("# kept comment\n[article]\nid = \"a\"\n\n[sources.wsj]\nname = \"WSJ\"\n",
                      encoding="utf-8")
    status, _, err = run(capsys, "extract", str(article), "--append", str(ledger), "--source", "wsj")
    text = ledger.read_text(encoding="utf-8")
    claims = tomllib.loads(text)["claims"]
    assert status == 0 and err == f"appended 2 draft claims to {ledger}\n"
    assert text.startswith("# kept comment\n")
    assert [c["figure"] for c in claims.values()] == ["12,000 troops", "$24M"]
    assert {c["source"] for c in claims.values()} == {"wsj"}
    assert all(c["subject"].startswith("DRAFT: ") for c in claims.values())


ARTICLE = "We saw 5 troops.\n"
SPLIT_LEDGER = """[article]
id = "a"

[claims.a]
figure = "4 troops"

[[checks]]
kind = "same"
claims = ["a", "b"]

[claims.b]
figure = "4 troops"
# tail comment"""


@pytest.mark.parametrize("ending", ["", "\n", "\n\n"])
def test_append_leaves_the_ledger_text_as_it_was(tmp_path, capsys, ending):
    """Tables stay in their order and comments where they were: the drafts follow the text as it was."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(SPLIT_LEDGER + ending, encoding="utf-8")
    assert run(capsys, "extract", str(tmp_path / "a.txt"), "--append", str(ledger))[0] == 0
    after = ledger.read_text(encoding="utf-8")
    assert after.startswith(SPLIT_LEDGER + "\n\n[claims.draft_")
    assert list(tomllib.loads(after)["claims"]) == ["a", "b", "draft_troop_001"]


@pytest.mark.parametrize(("text", "message"), [
    ('# the claims\nclaims = { x = { figure = "4 troops" } }\n\n[article]\nid = "a"\n',
     "2: claims is an inline table (claims = { ... }), which no claim can be added to; write each claim "
     "as a table of its own, [claims.ID] with its fields on the lines below, then append again"),
    ('[article]\nid = "a"\n\n[[claims]]\nfigure = "4 troops"\n',
     '4: claims must be a table of entries, written [claims.ID], got an array [{"figure": "4 troops"}]'),
])
def test_append_to_claims_that_cannot_take_a_table_is_one_line(tmp_path, capsys, text, message):
    """A ledger whose claims no [claims.ID] table can join gets one line naming the line, and is left alone."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(text, encoding="utf-8")
    status, _, err = run(capsys, "extract", str(tmp_path / "a.txt"), "--append", str(ledger))
    assert status == 2 and err == f"factledger: error: {ledger}:{message}\n"
    assert ledger.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(("sources", "message"), [
    ('\n[sources.wsj]\nname = "WSJ"\n\n[sources.reuters]\nname = "Reuters"\n',
     "4: unknown source id 'wsk' for the new claims; it defines 'reuters', 'wsj'; use one of those, "
     "or add a [sources.wsk] table"),
    ("", "1: unknown source id 'wsk' for the new claims; it defines no sources; add a [sources.wsk] table "
         "with its name, or leave the source out"),
])
def test_append_refuses_a_source_the_ledger_does_not_define(tmp_path, capsys, sources, message):
    """--source names one of the ledger's [sources.*]: drafts naming another would stop it loading."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ledger = tmp_path / "ledger.toml"
    text = '[article]\nid = "a"\n' + sources
    ledger.write_text(text, encoding="utf-8")
    status, _, err = run(capsys, "extract", str(tmp_path / "a.txt"), "--append", str(ledger), "--source", "wsk")
    assert status == 2 and err == f"factledger: error: {ledger}:{message}\n"
    assert ledger.read_text(encoding="utf-8") == text
    assert run(capsys, "extract", str(tmp_path / "a.txt"), "--append", str(ledger), "--source", "wsj")[0] \
        == (0 if sources else 2)
    assert run(capsys, "verify", "--fail-on", "error", str(ledger))[0] == 0  # it loads; drafts warn (FL603)


def test_appended_drafts_of_ambiguous_units_still_load(tmp_path, capsys):
    """"pounds" and "¥" need the ledger's unit: a draft guesses one and says so, and the ledger loads."""
    from factledger import load

    article = tmp_path / "a.txt"
    article.write_text("The club paid 5 million pounds. He weighs 200 pounds. Tokyo spent ¥300bn, "
                       "or ¥5,000 a month. Beijing spent CN¥3bn.", encoding="utf-8")
    ledger = tmp_path / "ledger.toml"
    ledger.write_text("[article]\nid = \"a\"\n", encoding="utf-8")
    status, _, _ = run(capsys, "extract", str(article), "--append", str(ledger))
    assert status == 0
    claims = tomllib.loads(ledger.read_text(encoding="utf-8"))["claims"]
    units = {c["figure"]: c.get("unit") for c in claims.values()}
    assert units == {"5 million pounds": "GBP", "200 pounds": "lb", "¥300bn": "JPY", "¥5,000 a month": "JPY",
                     "CN¥3bn": None}
    guessed = [c["note"] for c in claims.values() if c.get("unit")]
    assert all("the unit is a guess" in note for note in guessed)
    loaded = load(ledger).claims
    assert loaded["a:" + next(k for k, c in claims.items() if c["figure"] == "¥5,000 a month")].figure.unit_text \
        == "JPY/month"


def test_appended_drafts_of_points_load_and_ask_which_points(tmp_path, capsys):
    """"2 points" is drafted as counted points, which load, with a note asking about percentage points."""
    from factledger import load

    article = tmp_path / "a.txt"
    article.write_text("Unemployment rose 2 points to 7%. The Dow fell 300 points.", encoding="utf-8")
    ledger = tmp_path / "ledger.toml"
    ledger.write_text("[article]\nid = \"a\"\n", encoding="utf-8")
    status, _, _ = run(capsys, "extract", str(article), "--append", str(ledger))
    assert status == 0
    claims = tomllib.loads(ledger.read_text(encoding="utf-8"))["claims"]
    points = [c for c in claims.values() if "points" in c["figure"]]
    assert [(c["figure"], c["unit"]) for c in points] == [("2 points", "point"), ("300 points", "point")]
    assert all("the unit is a guess (point, or percentage_point" in c["note"] for c in points)
    assert load(ledger).claims


def test_coverage_counts_recorded_and_checked_mentions_and_lists_the_rest(root, capsys):
    """verify --coverage reports mentions, recorded, checked, and each unrecorded one by line."""
    article = root / "ledger" / "articles" / "bwr-2024-11-17.txt"
    status, out, _ = run(capsys, "verify", "--coverage", str(article), str(root / "ledger"))
    first, *rest = out.splitlines()
    assert first.startswith(f"{article}: 33 quantity mentions; ")
    assert "recorded in the ledger" in first and "checked by a derivation or rule" in first
    assert rest[0] == "unrecorded:"
    assert f"  {article}:6: two BWR sections" in rest
    assert f"  {article}:30: 12,000 troops" not in rest


def test_drafts_are_never_paired_by_their_guessed_names(tmp_path, capsys):
    """"£1.2bn, up from £980m": two drafts with the same DRAFT measure are no conflict (FL502)."""
    from factledger import load, verify

    article = tmp_path / "a.txt"
    article.write_text("The company reported revenue of £1.2bn, up from £980m, and 12% growth.", "utf-8")
    ledger = tmp_path / "ledger.toml"
    ledger.write_text("[article]\nid = \"a\"\n", encoding="utf-8")
    assert run(capsys, "extract", str(article), "--append", str(ledger))[0] == 0
    claims = tomllib.loads(ledger.read_text(encoding="utf-8"))["claims"]
    measures = [c["measure"] for c in claims.values() if c["figure"].startswith("£")]
    assert len(measures) == 2 and measures[0] == measures[1] and measures[0].startswith("DRAFT: ")
    findings = verify(load(ledger)).findings
    assert {f.code for f in findings} == {"FL603"} and len(findings) == len(claims)  # unreviewed, no conflict


def test_coverage_keeps_the_exit_status_and_writes_to_the_output_file(root, tmp_path, capsys, monkeypatch):
    """--coverage replaces the report, not the verdict: a CI step that adds it still fails on the
    findings, -o writes the coverage report to the file, and it is text whatever the format."""
    ledger = str(root / "ledger")
    plain = run(capsys, "verify", ledger)[0]
    status, out, _ = run(capsys, "verify", "--coverage", "bwr-2024-11-17", ledger)
    assert plain == status == 1 and "quantity mentions" in out
    assert run(capsys, "verify", "--coverage", "bwr-2024-11-17", "--exit-zero", ledger)[0] == 0
    assert run(capsys, "verify", "--coverage", "bwr-2024-11-17", "--fail-on", "error", ledger)[0] == 1
    assert run(capsys, "verify", "--coverage", "bwr-2024-11-17", "--select", "FL4", "--fail-on", "error",
               ledger)[0] == 0
    report = tmp_path / "coverage.txt"
    status, out, _ = run(capsys, "verify", "--coverage", "bwr-2024-11-17", "-o", str(report), ledger)
    assert status == 1 and out == "" and "quantity mentions" in report.read_text("utf-8")
    status, out, err = run(capsys, "verify", "--coverage", "bwr-2024-11-17", "--output-format", "json", ledger)
    assert status == 2 and out == "" and err == ("factledger: error: --coverage reports as text only; "
                                                 "leave out --output-format json\n")
    monkeypatch.setenv("FACTLEDGER_OUTPUT_FORMAT", "sarif")
    status, out, _ = run(capsys, "verify", "--coverage", "bwr-2024-11-17", ledger)
    assert status == 1 and "quantity mentions" in out.splitlines()[0]


def test_coverage_takes_an_article_id_for_its_text(root, capsys):
    """--coverage bwr-2024-11-17 counts the mentions of the text that article names; an id without
    a text, or a name that is neither, is a one-line error."""
    ledger = root / "ledger"
    status, out, _ = run(capsys, "verify", "--coverage", "bwr-2024-11-17", str(ledger))
    assert "articles/bwr-2024-11-17.txt: 33 quantity mentions; " in out.splitlines()[0]
    status, out, err = run(capsys, "verify", "--coverage", "no-such-article", str(ledger))
    assert status == 2 and err == ("factledger: error: no-such-article: no such article text file, and no "
                                   "article of the ledger has that id\n")


def test_coverage_refuses_a_ledger_file_for_the_article_text(root, tmp_path, capsys, monkeypatch):
    """A ledger given as the article would be counted as prose (its TOML lines as mentions): it is
    refused in one line, with the article id to give when its article names a text."""
    ledger = str(root / "ledger")
    status, out, err = run(capsys, "verify", "--coverage", str(root / "ledger" / "bwr-2024-11-17.toml"), ledger)
    assert status == 2 and out == ""
    assert err == (f"factledger: error: {root / 'ledger' / 'bwr-2024-11-17.toml'}: this is a ledger file, not an "
                   f"article's text; --coverage takes the article's text file, or its article id: --coverage "
                   f"bwr-2024-11-17\n")
    # A JSON ledger whose article names no text, outside the ledger given: the id would not do.
    (tmp_path / "j.json").write_text('{"article": {"id": "j"}, "claims": {"x": {"figure": "5"}}}', "utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, err = run(capsys, "verify", "--coverage", "j.json", ledger)
    assert status == 2 and err == ("factledger: error: j.json: this is a ledger file, not an article's text; "
                                   "--coverage takes the article's text file, or the id of an article whose "
                                   "[article] table names its text\n")


@pytest.mark.parametrize("given", ["a", "a.toml"])
def test_coverage_of_an_article_whose_text_is_a_ledger_names_its_text_field(tmp_path, capsys, monkeypatch, given):
    """An article whose ``text`` names a ledger file (here the ledger itself): given by id or by that file,
    the error names the ``text`` to fix. It was told to give ``--coverage a``, the id it had given."""
    (tmp_path / "a.toml").write_text('[article]\nid = "a"\ntext = "a.toml"\n\n[claims.x]\nfigure = "5"\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, err = run(capsys, "verify", "--no-cache", "--coverage", given, "a.toml")
    assert status == 2 and out == ""
    assert err == ("factledger: error: a.toml:1: article 'a' gives a ledger file as its text (text = 'a.toml'), "
                   "not the article's text; point text at the file of the article's text\n")


def test_coverage_reads_an_article_that_parses_as_toml_but_is_no_ledger(tmp_path, capsys, monkeypatch):
    """Only a ledger's tables make a file a ledger: TOML-shaped text without them is counted."""
    (tmp_path / "a.txt").write_text("title = \"12 troops\"\n", "utf-8")
    (tmp_path / "a.toml").write_text('[article]\nid = "a"\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(capsys, "verify", "--coverage", "a.txt", "a.toml")
    assert out.splitlines()[0].startswith("a.txt: 1 quantity mention")


def test_coverage_counts_only_the_claims_of_the_article_whose_text_it_is(tmp_path, capsys, monkeypatch):
    """Another article's claim with the same figure records nothing; a ledger without text fields is whole."""
    (tmp_path / "a.txt").write_text("Russia sent 12,000 troops in May.\nThe cost was $24M.\n", "utf-8")
    own = '[article]\nid = "a"\ntext = "a.txt"\n\n[claims.troops]\nfigure = "12,000 troops"\n' \
          'quote = "Russia sent 12,000 troops in May."\n'
    other = '[article]\nid = "b"\n\n[claims.cost]\nfigure = "$24M"\nquote = "It cost $24M, officials said."\n'
    (tmp_path / "a.toml").write_text(own, "utf-8")
    (tmp_path / "b.toml").write_text(other, "utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(capsys, "verify", "--coverage", "a.txt", "a.toml", "b.toml")
    assert out.splitlines()[0].startswith("a.txt: 2 quantity mentions; 1 recorded in the ledger (50%)")
    assert "  a.txt:2: $24M" in out.splitlines()

    (tmp_path / "a.toml").write_text(own.replace('text = "a.txt"\n', ""), "utf-8")
    status, out, _ = run(capsys, "verify", "--coverage", "a.txt", "a.toml", "b.toml")
    assert out.splitlines()[0].startswith("a.txt: 2 quantity mentions; 2 recorded in the ledger (100%)")


def test_coverage_finds_a_negative_amount_recorded_as_the_reader_asks(tmp_path, capsys, monkeypatch):
    """ "about -3%" is recorded as "about 3%", without the sign the ledger does not take: the claim
    records the mention, as the quote check finds the figure in its quote; "3%" records "-3%"."""
    (tmp_path / "a.txt").write_text("Output fell about -3% in March.\nPrices moved -2% in May.\n"
                                    "Costs rose 4% in June.\n", "utf-8")
    (tmp_path / "a.toml").write_text(
        '[article]\nid = "a"\ntext = "a.txt"\n\n[claims.output]\nfigure = "about 3%"\n'
        'quote = "Output fell about -3% in March."\n\n[claims.prices]\nfigure = "2%"\n'
        'quote = "Prices moved -2% in May."\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(capsys, "verify", "--coverage", "a.txt", "a.toml")
    assert out.splitlines()[0].startswith("a.txt: 3 quantity mentions; 2 recorded in the ledger (67%)")
    assert out.splitlines()[1:] == ["unrecorded:", "  a.txt:3: 4%"]


def test_coverage_finds_an_amount_recorded_without_the_word_minus(tmp_path, capsys, monkeypatch):
    """ "about minus 3%" is recorded as "about 3%", as "about -3%" is: the claim records the mention, and
    the quote check finds the figure in its quote (no FL601)."""
    (tmp_path / "a.txt").write_text("Output fell about minus 3% in March.\nCosts rose 4% in June.\n", "utf-8")
    (tmp_path / "a.toml").write_text(
        '[article]\nid = "a"\ntext = "a.txt"\n\n[claims.output]\nfigure = "about 3%"\nsubject = "output"\n'
        'measure = "fall in output"\nquote = "Output fell about minus 3% in March."\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(capsys, "verify", "--coverage", "a.txt", "a.toml")
    assert status == 0
    assert out.splitlines()[0].startswith("a.txt: 2 quantity mentions; 1 recorded in the ledger (50%)")
    assert out.splitlines()[1:] == ["unrecorded:", "  a.txt:2: 4%"]


def test_coverage_finds_a_negative_amount_of_any_currency_the_reader_takes(tmp_path, capsys, monkeypatch):
    """ "about -₦5bn" recorded as "about ₦5bn" records the mention, as "about -$5bn" as "about
    $5bn" does: the sign may stand before any currency symbol of the figure reader's."""
    (tmp_path / "a.txt").write_text("Outflows were about -₦5bn in May.\nOutflows were about -HK$2bn in June.\n",
                                    "utf-8")
    (tmp_path / "a.toml").write_text(
        '[article]\nid = "a"\ntext = "a.txt"\n\n[claims.may]\nfigure = "about ₦5bn"\n'
        'quote = "Outflows were about -₦5bn in May."\n\n[claims.june]\nfigure = "about HK$2bn"\n'
        'quote = "Outflows were about -HK$2bn in June."\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(capsys, "verify", "--coverage", "a.txt", "a.toml")
    assert out.splitlines() == ["a.txt: 2 quantity mentions; 2 recorded in the ledger (100%); "
                                "0 checked by a derivation or rule"]
