"""Hostile and malformed ledgers never crash the CLI: one clear line, with file and line, and exit 2.

The corpus lives in ``tests/data/bad``: each case is a file or a small
directory, with its expected exit status and message in ``expected.toml``.
Every case runs through the real command line in a subprocess.
"""

from __future__ import annotations

import re

import pytest

from corpus import case_names, expected, run_all

NAMES = case_names()
EXPECTED = expected()
LOCATED = re.compile(r"^(factledger: error: )?[^\s:][^:]*:([1-9]\d*): ")


@pytest.fixture(scope="module")
def runs():
    """Every case, run once, in parallel (each in its own process)."""
    return run_all(NAMES)


def test_corpus_is_large_and_fully_specified():
    """The corpus has at least 200 cases and each has an expected status and message."""
    assert len(NAMES) >= 200
    assert sorted(EXPECTED) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_case(runs, name):
    """The CLI gives exactly the expected one line and exit status, with no traceback."""
    run, want = runs[name], EXPECTED[name]
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr
    assert run.status == want["status"]
    if run.status == 2:
        assert run.stderr.count("\n") == 1, run.stderr
    else:
        assert run.stderr == ""
    assert run.message == want["message"]


@pytest.mark.parametrize("name", [n for n in NAMES if EXPECTED.get(n, {}).get("status") != 0])
def test_message_names_file_and_line(name):
    """Every error or finding line starts with ``file:LINE:`` where LINE >= 1."""
    assert LOCATED.match(EXPECTED[name]["message"]), EXPECTED[name]["message"]


@pytest.mark.parametrize("name", [n for n in NAMES if "-loads" in n])
def test_loadable_cases_are_named_so(name):
    """Cases named ``...-loads`` are valid input (BOM, CRLF, long quotes) and exit 0 or 1."""
    assert EXPECTED[name]["status"] in (0, 1)


def _toml_message(line: str) -> str:
    """The message a file with ``line`` under its ``[article]`` header gets, as the CLI words it."""
    import tomllib

    from factledger.decode_errors import toml_error

    text = f'[article]\nid = "a"\n{line}\n'
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads(text)
    message, number = toml_error(str(caught.value), text)
    assert number == 3
    return message


QUOTE_SLIPS = [
    ('quote = "He said "we are here", she said."',
     "the string ends early, at the \" before 'we'; write a quotation mark inside \"...\" as \\\", or put the "
     "text in single quotes ('...')"),
    # An apostrophe in the text: single quotes would end it too, so they are not offered.
    ('quote = "The "big" one\'s gone"',
     "the string ends early, at the \" before 'big'; write a quotation mark inside \"...\" as \\\""),
    # An escaped quotation mark before the slip is part of the text, not its end.
    ('quote = "a \\"b\\" c "d" e"',
     "the string ends early, at the \" before 'd'; write a quotation mark inside \"...\" as \\\", or put the "
     "text in single quotes ('...')"),
    ("quote = 'Pakistan's government'",
     "the string ends early, at the ' in \"Pakistan's\"; put the text in double quotes (\"...\") instead, "
     "where ' needs no escape"),
    ("quote = 'It is 5 o'clock \"now\"'",
     "the string ends early, at the ' in \"o'clock\"; put the text in double quotes (\"...\") instead, "
     "writing each \" inside it as \\\""),
]


@pytest.mark.parametrize("line, says", QUOTE_SLIPS)
def test_a_quotation_mark_inside_a_string_is_named_with_the_fix(line, says):
    """A quotation mark inside quoted text ends the string: the message says so, and how to write it."""
    assert re.fullmatch(re.escape(f"invalid TOML: {says}") + r" \(column \d+\)", _toml_message(line))


@pytest.mark.parametrize("line", ['title = "Base article" id = "x"', 'figure = "5" ,'])
def test_text_after_a_whole_string_is_not_called_an_inner_quotation_mark(line):
    """A second key on the line, or a separator, after the string are another slip (words after it are named
    below)."""
    assert _toml_message(line).startswith("invalid TOML: unexpected text after the value; write one key = value")


@pytest.mark.parametrize("value, comment", [("2026-27", ""), ("2026/27", ""), ("2024-11", ""), ("2007-2015", ""),
                                            ("2026-27", "  # the budget year")])
def test_an_unquoted_period_is_told_to_be_quoted(value, comment):
    """``period = 2026-27`` is a period to quote, not a date to write as YYYY-MM-DD; a comment stays out."""
    message = _toml_message(f"period = {value}{comment}")
    assert message.startswith(f"invalid TOML: '{value}' is not a TOML value; quote the period: "
                              f'period = "{value}"')
    assert "YYYY-MM-DD" not in message


@pytest.mark.parametrize("key", ["published", "date", "period"])
def test_a_date_written_day_or_month_first_is_named_with_both_iso_readings(key):
    """``published = 05/10/2026`` is no TOML value, and no date either way round: both readings are shown."""
    said = ("invalid TOML: dates are written YYYY-MM-DD; 05/10/2026 is ambiguous (5 October or May 10): write "
            "2026-10-05 or 2026-05-10")
    assert re.fullmatch(re.escape(said) + r" \(column \d+\)", _toml_message(f"{key} = 05/10/2026  # print edition"))


def test_an_unquoted_date_elsewhere_keeps_the_date_advice():
    """``published`` takes a date: there the slip is a date, and the message says how to write one."""
    assert "write a date as YYYY-MM-DD" in _toml_message("published = 2026-27")


def test_an_array_left_open_at_the_end_of_the_file_says_so_once():
    """The message for an array the file ends inside says "at the end" once, after the fix."""
    import tomllib

    from factledger.decode_errors import toml_error

    text = '[article]\nid = "a"\n\n[claims.x]\nfigure = "1"\nattributed_to = ["NDMA", "officials"\n'
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads(text)
    message, line = toml_error(str(caught.value), text)
    assert (message, line) == ("invalid TOML: unclosed array; expected ',' between items or ']' after the "
                               "last item (at the end of the file)", 6)


@pytest.mark.parametrize("text, prose", [
    ("ISLAMABAD (Reuters) - Pakistan raised its key rate by 150 basis points.\n\nInflation rose.\n", True),
    ("# Floods\n\nThe death toll rose to 1,240 on Monday, officials said.\n", True),
    ('[article]\nid = "a"\n\n[claims.x]\nfigure "1,240"\n', False),
    ('title = "Floods kill more than a thousand people"\nquote = "The toll rose to 1,240"\n', False),
    ("", False),
])
def test_prose_is_told_from_toml(text, prose):
    """An article's text reads as prose; a ledger with a slip in it, or an empty file, does not."""
    from factledger.decode_errors import looks_like_prose

    assert looks_like_prose(text) is prose


@pytest.mark.parametrize("line, says", [
    ('figure = "5" tonnes', "'tonnes' is outside the quotes; the unit goes inside them, figure = \"5 tonnes\", or in "
                            "unit = \"tonnes\""),
    ('figure = "12,000" troops  # as printed', "'troops' is outside the quotes; the unit goes inside them, figure = "
                                               "\"12,000 troops\", or in unit = \"troops\""),
    ("figure = '5'%", "'%' is outside the quotes; the unit goes inside them, figure = '5%', or in unit = \"%\""),
    # words that are no unit of the table belong inside the quotes all the same
    ('figure = "$5" million', "'million' is outside the quotes; put it inside them: figure = \"$5 million\""),
    ('subject = "North Korean" troops', "'troops' is outside the quotes; put it inside them: "
                                        "subject = \"North Korean troops\""),
])
def test_words_after_a_closed_string_are_told_to_go_inside_it(line, says):
    """``figure = "5" tonnes`` leaves the unit outside the quotes: the message names it and where it goes."""
    assert re.fullmatch(re.escape(f"invalid TOML: {says}") + r" \(column \d+\)", _toml_message(line))


@pytest.mark.parametrize("line, says", [
    ('figure = "5" "tonnes"', "'tonnes' is a second string, outside the figure's; the unit goes inside the figure's "
                              "string, figure = \"5 tonnes\", or in unit = \"tonnes\""),
    ("figure = '12,000' 'troops'  # as printed", "'troops' is a second string, outside the figure's; the unit goes "
                                                 "inside the figure's string, figure = '12,000 troops', or in unit = "
                                                 "\"troops\""),
    ("figure = \"5\" '%'", "'%' is a second string, outside the figure's; the unit goes inside the figure's string, "
                          "figure = \"5%\", or in unit = \"%\""),
    ('figure = "$5" "million"', "'million' is a second string, outside the first; a key takes one string: "
                                "figure = \"$5 million\""),
    ('subject = "North Korean" "troops"', "'troops' is a second string, outside the first; a key takes one string: "
                                          "subject = \"North Korean troops\""),
    # Three strings or more: each after the first is named, and they go inside it together.
    ('figure = "5" "tonnes" "a day"', "'tonnes' and 'a day' are more strings, outside the first; a key takes one "
                                      "string: figure = \"5 tonnes a day\""),
    ('figure = "5" "metric" "tons"  # as printed', "'metric' and 'tons' are more strings, outside the figure's; the "
                                                   "unit goes inside the figure's string, figure = \"5 metric tons\", "
                                                   "or in unit = \"metric tons\""),
    ("figure = '5''tonnes''a day'", "'tonnes' and 'a day' are more strings, outside the first; a key takes one "
                                    "string: figure = '5 tonnes a day'"),
])
def test_strings_side_by_side_are_named_as_one_string_split(line, says):
    """``figure = "5" "tonnes"`` puts the unit in a string of its own: the message names it as the unit outside
    the figure's string, as for ``figure = "5" tonnes``; it said a quotation mark inside the string ended it (and
    still did for three strings, ``figure = "5" "tonnes" "a day"``)."""
    assert re.fullmatch(re.escape(f"invalid TOML: {says}") + r" \(column \d+\)", _toml_message(line))


@pytest.mark.parametrize("line", ['figure = "5" "tonnes" x"', 'quote = "He said "we are here""',
                                  'quote = "He said "we" and "they" did"'])
def test_a_quotation_mark_that_is_no_second_string_is_still_an_inner_one(line):
    """A second string with more text after it, or a quotation mark before words, ended the first early."""
    assert _toml_message(line).startswith("invalid TOML: the string ends early")


@pytest.mark.parametrize("line, figure_alone", [('figure = "5" tonnes', 'figure = "5"'),
                                                ('figure = "5" "tonnes"', 'figure = "5"'),
                                                ('figure = "12,000" troops', 'figure = "12,000"'),
                                                ("figure = '5'%", "figure = '5'")])
def test_the_advice_for_a_unit_outside_the_quotes_loads(line, figure_alone, tmp_path):
    """Each fix the message offers, written in place of the line, loads, and both read the same figure."""
    from factledger import load

    figure_line, unit_line = re.search(r"inside (?:them|the figure's string), (.*), or in (unit = .*) \(column",
                                       _toml_message(line)).groups()
    read = []
    for fix in (figure_line, f"{figure_alone}\n{unit_line}"):
        path = tmp_path / "a.toml"
        path.write_text(f'[article]\nid = "a"\n\n[claims.x]\n{fix}\n', "utf-8")
        figure = load(path, cache=False).claims["a:x"].figure
        read.append((figure.interval, figure.compiled_unit().dims))
    assert read[0] == read[1] and read[0][0].lo > 0
