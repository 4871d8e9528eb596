"""Syntax errors of TOML and JSON ledger files, said to the ledger's author.

``tomllib`` reports "Cannot overwrite a value (at line 4, column 16)": right,
but it names neither the key nor the fix. Here each of its messages becomes
one that says what is wrong and what to write instead, and errors "at end of
document" point back at the line that opened the unclosed string.
"""

from __future__ import annotations

import ast
import json
import re
from typing import Callable

from factledger.errors import quoted
from factledger.periods import written_date_advice

_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_AT_END = re.compile(r"\s*\(at end of document\)$")


def _dotted(key: str) -> str:
    try:
        parts = ast.literal_eval(key)
    except (ValueError, SyntaxError):
        return key
    parts = parts if isinstance(parts, tuple) else (parts,)
    return ".".join(p if re.fullmatch(r"[A-Za-z0-9_-]+", str(p)) else json.dumps(str(p)) for p in parts)


def _value_on(line: str) -> str:
    match = re.search(r"=\s*(\S+)", line)
    return match.group(1) if match else ""


def _after_number(value: str, rest: str) -> str:
    """ "figure = 5 bananas" or "figure = 12,000": a printed figure is text and must be quoted."""
    if _is_toml_number(value) and rest != value or "," in value:
        return f"{rest!r} is not a TOML value; write figures as quoted text, e.g. \"{rest}\""
    return (f"invalid number {value!r}; numbers have no leading zeros, digits on both sides of "
            f"'.', and single underscores between digits")


def _is_toml_number(value: str) -> bool:
    import tomllib

    try:
        tomllib.loads(f"x = {value}")
    except tomllib.TOMLDecodeError:
        return False
    return True


def _key_on(line: str) -> str:
    """The last part of the key a ``key = value`` line sets: ``claims.x.period`` -> ``period``."""
    return line.split("=", 1)[0].strip().rpartition(".")[2].strip("\"' ")


def _after_statement(line: str) -> str:
    value = _value_on(line)
    date_advice = written_date_advice(value)  # "05/10/2026": TOML reads a number, then stumbles on the "/"
    if date_advice:
        return date_advice
    if _key_on(line) == "period" and re.match(r"^\d", value) and not _DATE_START.match(value):
        # "2026-27" or "2007-2015" unquoted: TOML reads a number, then stumbles on the rest.
        rest = line.split("=", 1)[1].split("#", 1)[0].strip()  # a comment stays outside the quotes
        return f"{rest!r} is not a TOML value; quote the period: period = \"{rest}\""
    if re.match(r"^\d{4}-", value):
        return (f"invalid date or time {value!r}; write a date as YYYY-MM-DD with a real month and "
                f"day (or YYYY-MM-DDTHH:MM:SS)")
    if re.match(r"^[+-]?[\d.]", value):
        return _after_number(value, line.split("=", 1)[1].strip())
    if line.lstrip().startswith("["):
        return "unexpected text after the table header; put each key = value on its own line"
    return (_two_strings(line) or _string_ended_early(line) or _words_after_string(line)
            or "unexpected text after the value; write one key = value per line")


_DATE_START = re.compile(r"^\d{4}-\d{1,2}-")
_NEXT_KEY = re.compile(r"^\s*(?:#|[A-Za-z0-9_.\"'-]+\s*=)")


def _string_ended_early(line: str) -> str:
    """A quotation mark inside a quoted text ends it, and TOML stumbles on the words after it.

    ``quote = "He said "we are ..." she said."`` and ``quote = 'Pakistan's ...'``:
    the string closes at the inner mark. Text after a string that holds no second
    mark of its kind, or that is another ``key =``, is something else.
    """
    value = line.split("=", 1)[1].lstrip() if "=" in line else ""
    mark = value[:1]
    if mark not in ("\"", "'"):
        return ""
    end = _closing_mark(value, mark)
    rest = value[end + 1:]
    if end < 0 or mark not in rest or _NEXT_KEY.match(rest):
        return ""
    where = _around(value, end)
    text = value[:value.rindex(mark) + 1]
    if mark == "\"":
        single = "" if "'" in text[1:-1] else ", or put the text in single quotes ('...')"
        return f"the string ends early, at the \" {where}; write a quotation mark inside \"...\" as \\\"{single}"
    escape = "writing each \" inside it as \\\"" if "\"" in text else "where ' needs no escape"
    return f"the string ends early, at the ' {where}; put the text in double quotes (\"...\") instead, {escape}"


def _words_after_string(line: str) -> str:
    """Words left after the closing quotation mark: ``figure = "5" tonnes``, ``figure = "$5" million``.

    They belong inside the string; after a figure, words the unit table knows are its unit,
    which may also go in ``unit``. A comment, another ``key =`` or a second mark of the kind
    (an inner quotation mark, :func:`_string_ended_early`) is something else.
    """
    value = line.split("=", 1)[1].lstrip() if "=" in line else ""
    mark = value[:1]
    end = _closing_mark(value, mark) if mark in ("\"", "'") else -1
    after = value[end + 1:].split("#", 1)[0].rstrip() if end > 0 else ""
    words = after.strip()
    if not words or _NEXT_KEY.match(after) or not (words[0].isalnum() or words[0] in "%°$€£"):
        return ""
    key = _key_on(line)
    whole = _joined(key, mark, value[1:end], words)
    if key == "figure" and _is_unit(words):
        return f"{quoted(words)} is outside the quotes; the unit goes inside them, {whole}, or in unit = \"{words}\""
    return f"{quoted(words)} is outside the quotes; put it inside them: {whole}"


def _two_strings(line: str) -> str:
    """Strings side by side: ``figure = "5" "tonnes"``, ``figure = "$5" "million"``, ``figure = "5" "tonnes"
    "a day"``.

    TOML takes one string per key. The strings after the first hold what belongs inside it, as
    words left bare after it do (:func:`_words_after_string`); after a figure, a unit. Text
    after them other than a comment is another slip (:func:`_string_ended_early`).
    """
    value = line.split("=", 1)[1].lstrip() if "=" in line else ""
    mark = value[:1]
    end = _closing_mark(value, mark) if mark in _MARKS else -1
    strings = _whole_strings(value[end + 1:]) if end > 0 else []
    if not strings or any(mark in words for words in strings):
        return ""
    key, words = _key_on(line), " ".join(strings)
    whole = _joined(key, mark, value[1:end], words)
    named = " and ".join(quoted(words) for words in strings)
    what = "is a second string" if len(strings) == 1 else "are more strings"
    if key == "figure" and _is_unit(words):
        return (f"{named} {what}, outside the figure's; the unit goes inside the figure's string, {whole}, or in "
                f"unit = \"{words}\"")
    return f"{named} {what}, outside the first; a key takes one string: {whole}"


def _whole_strings(text: str) -> list[str]:
    """The words of each string ``text`` holds, side by side, with nothing but a comment after them;
    ``[]`` for anything else (words outside quotes, an unclosed string, an escape)."""
    strings = []
    text = text.lstrip()
    while text and not text.startswith("#"):
        mark = text[:1]
        end = _closing_mark(text, mark) if mark in _MARKS else -1
        words = text[1:end].strip() if end > 0 else ""
        if not words or "\\" in words:  # an escape would read differently in the other kind of string
            return []
        strings.append(words)
        text = text[end + 1:].lstrip()
    return strings


def _joined(key: str, mark: str, inside: str, words: str) -> str:
    """The line with ``words`` inside the string: ``figure = "5 tonnes"``, ``figure = "5%"``."""
    return f"{key} = {mark}{inside}{'' if words[0] in '%°' else ' '}{words}{mark}"


def _is_unit(words: str) -> bool:
    from factledger.units import shipped_unit  # the unit table, read only when a figure needs it

    return shipped_unit(words) is not None


def _closing_mark(value: str, mark: str) -> int:
    """Where the string opened at ``value[0]`` closes: a basic string skips its escapes."""
    at = 1
    while at < len(value):
        if mark == "\"" and value[at] == "\\":
            at += 2
            continue
        if value[at] == mark:
            return at
        at += 1
    return -1


def _around(value: str, at: int) -> str:
    """Where the inner mark at ``value[at]`` is, in the writer's words: "in "Pakistan's"" or "before 'we'"."""
    start = value.rfind(" ", 0, at) + 1
    end = next((i for i in range(at + 1, len(value)) if value[i].isspace()), len(value))
    if start == at:  # the mark opens a word: name the word it comes before
        return f"before {quoted(value[at + 1:end].strip(_MARKS + ',.;:'), 30)}"
    return f"in {quoted(value[start:end].strip(_MARKS + ',.;:'), 30)}"


_MARKS = "\"'"


_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str], str], str]]] = [
    (re.compile(r"^Illegal character '\\n'$"), lambda m, line: (
        "line break inside a quoted string or key; close the quote on the same line, or use a "
        "multi-line string (\"\"\"...\"\"\")")),
    (re.compile(r"^Illegal character (.+)$"), lambda m, line: (
        f"control character {m.group(1)} is not allowed in TOML text; write it as an escape such "
        f"as \\u0007, or remove it")),
    (re.compile(r"^Unescaped '\\' in a string$"), lambda m, line: (
        "invalid escape in a string; the escapes are \\\" \\\\ \\n \\t \\uXXXX, so write \\\\ for a "
        "backslash (or use a 'literal string')")),
    (re.compile(r"^Invalid hex value$"), lambda m, line: (
        "invalid \\u or \\U escape; expected 4 (\\uXXXX) or 8 (\\UXXXXXXXX) hex digits")),
    (re.compile(r"^Escaped character is not a Unicode scalar value$"), lambda m, line: (
        "the escape names no Unicode character (surrogates and values above \\U0010FFFF are not "
        "allowed)")),
    (re.compile(r"^Cannot declare (.+) twice$"), lambda m, line: (
        f"table [{_dotted(m.group(1))}] is defined twice (or an id is used twice); give each entry "
        f"its own id, or merge the tables")),
    (re.compile(r"^Cannot overwrite a value$"), lambda m, line: (
        "this key already has a value; each key may appear only once in a table")),
    (re.compile(r"^Cannot mutate immutable namespace (.+)$"), lambda m, line: (
        f"'{_dotted(m.group(1))}' was written as an inline table or an array, and cannot be "
        f"extended by a later key or [table]")),
    (re.compile(r"^Cannot redefine namespace (.+)$"), lambda m, line: (
        f"'{_dotted(m.group(1))}' is already a table; add the key inside its [table] instead")),
    (re.compile(r"^Duplicate inline table key (.+)$"), lambda m, line: (
        f"key {m.group(1)} appears twice in the inline table")),
    (re.compile(r"^Invalid value$"), lambda m, line: (
        "invalid value; text must be quoted (\"...\"), true and false are lower case, dates are "
        "written YYYY-MM-DD")),
    (re.compile(r"^Expected newline or end of document after a statement$"),
     lambda m, line: _after_statement(line)),
    (re.compile(r"^Expected '=' after a key in a key/value pair$"), lambda m, line: (
        "expected '=' after the key; a key with spaces or symbols must be quoted (\"my key\" = ...)")),
    (re.compile(r"^Invalid statement$"), lambda m, line: (
        "this line is neither key = value nor a [table] header")),
    (re.compile(r"^Invalid initial character for a key part$"), lambda m, line: (
        "expected a key name here (no empty [] header, no trailing '.', and an inline table {...} "
        "must fit on one line with no trailing ',')")),
    (re.compile(r"^Expected '\]' at the end of a table declaration$"), lambda m, line: (
        "the table header is not closed; expected ']'")),
    (re.compile(r"^Expected '\]\]' at the end of an array declaration$"), lambda m, line: (
        "the [[array]] header is not closed; expected ']]'")),
    (re.compile(r"^Unclosed array$"), lambda m, line: (
        "unclosed array; expected ',' between items or ']' after the last item")),
    (re.compile(r"^Unclosed inline table$"), lambda m, line: (
        "unclosed inline table; expected ',' or '}' (an inline table must fit on one line)")),
    (re.compile(r"^Invalid date or datetime$"), lambda m, line: (
        f"invalid date {_value_on(line)!r}; not a real calendar date (YYYY-MM-DD)")),
    (re.compile(r"^Found invalid character (.+)$"), lambda m, line: (
        f"unexpected character {m.group(1)}")),
]

_UNCLOSED = {
    "Unterminated string": ('"""', 'multi-line string opened here (""") is never closed'),
    "Expected \"'''\"": ("'''", "multi-line literal string opened here (''') is never closed"),
    "Expected \"'\"": ("'", "literal string opened here (') is never closed"),
}


def toml_error(message: str, text: str) -> tuple[str, int]:
    """``tomllib``'s message -> (one-line explanation, 1-based line)."""
    # Numbered as tomllib numbers them: at "\n" only, not at U+2028 and the like.
    lines = text.replace("\r\n", "\n").split("\n")
    at_end = _AT_END.search(message)
    if at_end:
        return _at_end(message[: at_end.start()], lines)
    position = _POSITION.search(message)
    if position is None:
        return f"invalid TOML: {message}", 1
    what, line, column = message[: position.start()], int(position.group(1)), position.group(2)
    source_line = lines[line - 1] if 0 < line <= len(lines) else ""
    if source_line[int(column) - 1:int(column)] == "\r" and not what.startswith("Illegal"):
        # A carriage return that ends no line ("\r\n" was made "\n"): a file of old Mac line ends.
        return (f"invalid TOML: a bare carriage return (\\r) ends this line, as in old Mac files; "
                f"TOML ends lines with \\n or \\r\\n, so save the file with Unix or Windows line "
                f"ends (column {column})"), max(line, 1)
    return f"invalid TOML: {_explain(what, source_line)} (column {column})", max(line, 1)


def _explain(what: str, source_line: str) -> str:
    for pattern, say in _RULES:
        match = pattern.match(what)
        if match:
            return say(match, source_line)
    return what[:1].lower() + what[1:]


def _at_end(what: str, lines: list[str]) -> tuple[str, int]:
    if what in _UNCLOSED:
        delimiter, say = _UNCLOSED[what]
        return f"invalid TOML: {say}", _opening_line(lines, delimiter)
    last = max((i for i, line in enumerate(lines, 1) if line.strip()), default=1)
    return f"invalid TOML: {_explain(what, lines[last - 1])} (at the end of the file)", last


def _opening_line(lines: list[str], delimiter: str) -> int:
    """The last line where ``delimiter`` opens and does not close on the same line."""
    for number in range(len(lines), 0, -1):
        line = lines[number - 1]
        count = line.count(delimiter) if len(delimiter) == 3 else line.replace("'''", "").count("'")
        if count % 2 == 1:
            return number
    return 1


def not_a_ledger_file(message: str, line: int, text: str, shown: str) -> tuple[str, int]:
    """A file given by name, not ``*.toml``, that does not parse: most likely not a ledger at all.

    ``factledger verify article.txt`` said "invalid TOML: expected '=' after the key",
    which sends its author to fix TOML in an article.
    """
    kind = "not a ledger file (ledger files are TOML, *.toml, or JSON, *.json)"
    if looks_like_prose(text):
        import shlex

        return (f"{kind}: this reads as prose, such as an article's text; `factledger extract "
                f"{shlex.quote(shown)}` drafts a ledger from an article's text"), 1
    return f"{kind}: {message}", line


def looks_like_prose(text: str) -> bool:
    """Lines of words far outnumber lines that set a key or open a table: sentences, not TOML.

    A headline or "Inflation rose." is short, so short lines count for neither side.
    """
    lines = [line.strip() for line in text.split("\n", 80)[:80]]
    tomlish = sum(1 for line in lines if "=" in line or line.startswith("["))
    wordy = sum(1 for line in lines if "=" not in line and not line.startswith(("[", "#"))
                and len(_WORD.findall(line)) >= 3)
    return wordy > 2 * tomlish


_WORD = re.compile(r"[^\W\d_]{2,}")


def json_error(message: str, line: int, column: int) -> tuple[str, int]:
    """``json``'s message -> (one-line explanation, line)."""
    hints = {
        "Expecting property name enclosed in double quotes":
            "expected a key in double quotes (JSON allows no comments, no trailing commas and no "
            "single quotes)",
        "Expecting ',' delimiter": "expected ',' between items, or the closing '}' or ']'",
        "Expecting value": "expected a value (text in double quotes, a number, true, false, an "
                           "array or an object)",
    }
    said = hints.get(message, message[:1].lower() + message[1:])
    return f"invalid JSON: {said} (column {column})", max(line, 1)
