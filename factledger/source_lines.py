"""Where each key of a ledger file sits: key path -> 1-based line.

``tomllib`` and ``json`` return plain data without positions, so the loader
reads the text once more to learn on which line every table, array entry and
key was written. Errors then point at the offending key itself
(``article.toml:14``), not at its table or the top of the file.

The scan is deliberately forgiving: on text it cannot follow it records less,
and :meth:`LineIndex.line` falls back to the nearest enclosing key it knows,
then to line 1 -- a location is never missing.
"""

from __future__ import annotations

from typing import Any, Callable, Union

from factledger.locations import shared_line
from factledger.patterns import OnFirstUse

KeyPath = tuple[Union[str, int], ...]

_BARE = r"[A-Za-z0-9_-]+"
_QUOTED = r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\''
_PART = rf"\s*(?:{_BARE}|{_QUOTED})\s*"
_PATH = rf"{_PART}(?:\.{_PART})*"


class LineIndex:
    """Lines of the keys of one file; ``line(*path)`` answers for any path."""

    def __init__(self, lines: dict[KeyPath, int], duplicates: list[tuple[KeyPath, int, int]] | None = None):
        self.lines = lines
        #: (path, first line, repeated line) of keys written twice in one JSON object
        self.duplicates = duplicates or []

    def line(self, *path: str | int) -> int:
        """The line of ``path``, else of its nearest known parent, else 1."""
        for end in range(len(path), 0, -1):
            found = self.lines.get(tuple(path[:end]))
            if found:
                return shared_line(found)
        return 1


def key_parts(text: str) -> tuple[str, ...]:
    """``claims."a b".figure`` -> ``("claims", "a b", "figure")``."""
    return tuple(_unquote(part) for part in _Grammar.part_text.findall(text))


def _unquote(part: str) -> str:
    if part.startswith('"'):
        import json  # a quoted key is rare: most runs never import it

        try:
            return json.loads(part)
        except ValueError:
            return part[1:-1]
    return part[1:-1] if part.startswith("'") else part


# -- TOML ---------------------------------------------------------------------------------
def toml_lines(text: str) -> LineIndex:
    """Index a TOML document's tables, array-of-table entries and keys."""
    if not is_plain(text):
        return _by_line(text)
    if _all_lines_simple(text):
        return _TablesFirst(text)
    scan = _TomlScan()
    scan.plain(text)
    return LineIndex(scan.index)


def _by_line(text: str) -> LineIndex:
    """The index made line by line: what :meth:`_TomlScan.plain` must equal on plain text."""
    scan = _TomlScan()
    # TOML ends a line at "\n" (or "\r\n") only, as tomllib counts lines and editors number
    # them. Not str.splitlines: it also ends lines at U+2028, U+0085 and others, which a quote
    # may hold, and every claim after such a quote was placed a line too far down per mark.
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        scan.feed(number, line)
    return LineIndex(scan.index)


#: what only the line-by-line scan follows: a multi-line string, a carriage return, or a
#: character ``str.splitlines`` would end a line at (a form feed, U+2028 ...), which the
#: line-by-line scan counts as the rest of its line, as TOML does: sent there to be safe.
#: Substring tests, one each: a pattern with these as alternatives cost about as much as parsing.
_NOT_PLAIN = ('"""', "'''", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def is_plain(text: str) -> bool:
    """Whether the fast scan (:meth:`_TomlScan.plain`) may index ``text``."""
    return not any(mark in text for mark in _NOT_PLAIN)


#: a line the scan reads without context: blank, a comment, a ``[`` header or ``name = value``
#: whose value is not an inline table
_SIMPLE_LINE = r"[^\S\n]*(?:\n|\Z|#|\[|[A-Za-z0-9_-]+[^\S\n]*=(?![^\S\n]*\{))"


class _Grammar:
    """The scan's patterns, compiled when first used (``factledger.patterns``).

    A file of simple lines (:class:`_TablesFirst`) needs four of them; a run whose
    files all come from the parse cache needs none.
    """

    array_table = OnFirstUse(rf"^\s*\[\[(?P<path>{_PATH})\]\]")
    table = OnFirstUse(rf"^\s*\[(?P<path>{_PATH})\]")
    key_line = OnFirstUse(rf"^\s*(?P<path>{_PATH})=\s*(?P<value>.*)$")
    inline_key = OnFirstUse(rf"[{{,]\s*(?P<path>{_PATH})=")
    part_text = OnFirstUse(rf"{_BARE}|{_QUOTED}")
    bare_key = OnFirstUse(_BARE)
    #: ``[name.name]``, as ``[claims.troops]`` (not ``[[``)
    simple_table = OnFirstUse(r"[^\S\n]*\[(?!\[)[^\S\n]*([A-Za-z0-9_-]+)[^\S\n]*\.[^\S\n]*([A-Za-z0-9_-]+)[^\S\n]*\]")
    #: ``name = value``, the value not an inline table
    simple_key = OnFirstUse(r"[^\S\n]*([A-Za-z0-9_-]+)[^\S\n]*=(?![^\S\n]*\{)")
    first_line_simple = OnFirstUse(_SIMPLE_LINE)
    #: patterns that start with a newline are searched for it in C, not tried at every character
    line_not_simple = OnFirstUse(rf"\n(?!{_SIMPLE_LINE})")
    #: a line that starts with ``[``, the newline before it included; in groups, the names of
    #: ``[name.name]`` (1 and 2), of ``[[name]]`` (3) or of ``[name]`` (4)
    header_line = OnFirstUse(r"\n[^\S\n]*\[(?:(?!\[)[^\S\n]*([A-Za-z0-9_-]+)[^\S\n]*\.[^\S\n]*([A-Za-z0-9_-]+)"
                             r"[^\S\n]*\]|\[[^\S\n]*([A-Za-z0-9_-]+)[^\S\n]*\]\]|(?!\[)[^\S\n]*([A-Za-z0-9_-]+)"
                             r"[^\S\n]*\])?")
    json_token = OnFirstUse(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


def _all_lines_simple(text: str) -> bool:
    """Whether every line of plain ``text`` is blank, a comment, a header or ``name = value``."""
    return _Grammar.first_line_simple.match(text) is not None and _Grammar.line_not_simple.search(text) is None


class _TablesFirst(LineIndex):
    """The index of a file of simple lines, its headers read at once and each table's keys when asked.

    In such a file a ``name = value`` line records only ``table + (name,)``, so a
    key's line is known once its own table's lines are read. A load asks for
    the lines of claim tables and of few keys (a derivation's, and those of the
    entries read field by field); reading every key of every table cost a
    fifth of a first load. The answers are those of :meth:`_TomlScan.plain`:
    headers go through the same code, and a key keeps the first line it is
    written on, as ``setdefault`` in a scan from the top does.
    """

    def __init__(self, text: str) -> None:
        self.duplicates = []
        # A newline before the first line: every header line then follows one, as the pattern asks.
        text = self._text = "\n" + text
        scan = self._scan = _TomlScan()
        index = scan.index
        #: table path -> (start, end, first line) of each run of lines under its headers, until read
        unread: dict[KeyPath, list[tuple[int, int, int]]] = {}
        self._unread = unread
        count, find = text.count, text.find
        start, number = 1, 1  # the first line not yet read: its offset and its number
        table: KeyPath
        for header in _Grammar.header_line.finditer(text):
            at = header.start() + 1
            if start < at:
                unread.setdefault(scan.current, []).append((start, at, number))
                number += count("\n", start, at)
            end = find("\n", at)
            end = len(text) if end == -1 else end
            name, second, array, single = header.groups()
            if name is not None:  # [name.name], as scan.other records it
                scan.current = table = (name, second)
                index.setdefault((name,), number)
                index.setdefault(table, number)
            elif single is not None:  # [name], as scan.other records it
                scan.current = table = (single,)
                index.setdefault(table, number)
            elif array is not None:  # [[name]], as scan.other records it
                entries = scan.array_counts.get((array,), 0)
                scan.array_counts[(array,)] = entries + 1
                scan.current = table = (array, entries)
                index.setdefault((array,), number)
                index.setdefault(table, number)
            else:
                scan.other(number, text[at:end])
            start, number = end + 1, number + 1
        if start < len(text):
            unread.setdefault(scan.current, []).append((start, len(text), number))

    def _read(self, table: KeyPath) -> None:
        index, text, simple_key = self._scan.index, self._text, _Grammar.simple_key.match
        for start, end, number in self._unread.pop(table):
            for line in text[start:end].split("\n"):
                key = simple_key(line)
                if key is not None:
                    path = table + (key.group(1),)
                    known = index.get(path)
                    if known is None or number < known:
                        index[path] = number
                number += 1

    @property
    def lines(self) -> dict[KeyPath, int]:  # type: ignore[override]
        for table in list(self._unread):
            self._read(table)
        return self._scan.index

    def line(self, *path: str | int) -> int:
        index, unread = self._scan.index, self._unread
        for end in range(len(path), 0, -1):
            key = path[:end]
            if unread and key[:-1] in unread:
                self._read(key[:-1])
            found = index.get(key)
            if found:
                return shared_line(found)
        return 1


class _TomlScan:
    def __init__(self) -> None:
        self.index: dict[KeyPath, int] = {}
        self.current: KeyPath = ()
        self.array_counts: dict[KeyPath, int] = {}
        self.open_string = ""

    def plain(self, text: str) -> None:
        """Index text without multi-line strings or unusual line ends, a line at a time.

        A bare ``name = value`` line whose value is not an inline table, and a
        ``[name.name]`` header -- most lines of a ledger -- are each matched by
        one pattern and recorded as :meth:`_bare_key` and :meth:`_header`
        would; any other line goes on to :meth:`feed`.
        """
        index = self.index
        simple_key = _Grammar.simple_key.match
        for number, line in enumerate(text.split("\n"), start=1):
            key = simple_key(line)
            if key is not None:
                index.setdefault(self.current + (key.group(1),), number)
                continue
            self.other(number, line)

    def other(self, number: int, line: str) -> None:
        """Any line of plain text but a bare ``name = value``: a header, most often."""
        table = _Grammar.simple_table.match(line)
        if table is None:
            self.feed(number, line)
        else:
            self.current = table.groups()
            self._record(self.current, number)

    def feed(self, number: int, line: str) -> None:
        if self.open_string:
            if line.count(self.open_string) % 2 == 1:
                self.open_string = ""
            return
        stripped = line.lstrip()
        if not stripped:
            return
        if stripped[0] == "[":
            if not self._header(number, line):
                self._key(number, line)
        elif not self._bare_key(number, stripped):
            self._key(number, line)
        for delimiter in ('"""', "'''"):
            if line.count(delimiter) % 2 == 1:
                self.open_string = delimiter
                break

    def _header(self, number: int, line: str) -> bool:
        array = _Grammar.array_table.match(line)
        if array:
            path = key_parts(array.group("path"))
            count = self.array_counts.get(path, 0)
            self.array_counts[path] = count + 1
            self.current = path + (count,)
            self._record(self.current, number)
            return True
        table = _Grammar.table.match(line)
        if table:
            self.current = key_parts(table.group("path"))
            self._record(self.current, number)
            return True
        return False

    def _bare_key(self, number: int, stripped: str) -> bool:
        """``name = value``, by far the most common line, without the general key pattern.

        Its table's header already recorded the table's own path, so only the key's is new.
        """
        head, equals, value = stripped.partition("=")
        name = head.rstrip()
        if not equals or not _Grammar.bare_key.fullmatch(name):
            return False
        path = self.current + (name,)
        self.index.setdefault(path, number)
        value = value.lstrip()
        if value.startswith("{"):
            for inline in _Grammar.inline_key.finditer(value):
                self._record(path + key_parts(inline.group("path")), number)
        return True

    def _key(self, number: int, line: str) -> None:
        key = _Grammar.key_line.match(line)
        if key is None:
            return
        path = self.current + key_parts(key.group("path"))
        self._record(path, number)
        value = key.group("value")
        if value.startswith("{"):
            for inline in _Grammar.inline_key.finditer(value):
                self._record(path + key_parts(inline.group("path")), number)

    def _record(self, path: KeyPath, number: int) -> None:
        for end in range(1, len(path) + 1):
            self.index.setdefault(path[:end], number)


# -- JSON ---------------------------------------------------------------------------------


def json_lines(text: str) -> LineIndex:
    """Index a JSON document's object keys and array entries; note repeated keys."""
    from json import loads  # a TOML run never needs the JSON parser

    index: dict[KeyPath, int] = {}
    duplicates: list[tuple[KeyPath, int, int]] = []
    stack: list[list] = []  # [path, kind, pending key or next array index, keys seen]
    line, position, last_string = 1, 0, None
    for match in _Grammar.json_token.finditer(text):
        line += text.count("\n", position, match.start())
        position = match.start()
        token = match.group(0)
        top = stack[-1] if stack else None
        if token in "{[":
            path = _json_child(top)
            stack.append([path, token, 0 if token == "[" else None, {}])
            if path:
                index.setdefault(path, line)
        elif token in "}]":
            if stack:
                stack.pop()
        elif token == ":" and top is not None and top[1] == "{" and last_string is not None:
            key = last_string
            path = top[0] + (key,)
            if key in top[3]:
                duplicates.append((path, top[3][key], line))
            else:
                top[3][key] = line
            index.setdefault(path, line)
            top[2] = key
        elif token == "," and top is not None and top[1] == "[":
            top[2] += 1
        last_string = _json_string(token, loads)
    return LineIndex(index, duplicates)


def _json_child(top: list | None) -> KeyPath:
    if top is None:
        return ()
    return top[0] + ((top[2],) if top[2] is not None else ())


def _json_string(token: str, loads: Callable[[str], Any]) -> str | None:
    if not token.startswith('"'):
        return None
    try:
        return loads(token)
    except ValueError:
        return token[1:-1]
