"""A ledger whose article text is hostile, for every output format to prove it stays inert.

Quotes, titles, names and measures come from the open web. ``write_hostile_ledger``
writes a ledger that carries, in each of those fields, text built to break an
output medium: GitHub workflow commands, CR/LF, ANSI escapes, HTML, Markdown
links and table pipes, Unicode bidi controls. Its derivation is wrong on purpose,
so findings (and their evidence) quote every hostile field.

Reuse it for a new format::

    from hostile import HOSTILE, write_hostile_ledger
    ledger = write_hostile_ledger(tmp_path)
"""

from __future__ import annotations

from pathlib import Path

#: name -> hostile text. Every value also carries "12" so a quote still holds its figure.
HOSTILE: dict[str, str] = {
    "workflow-command": "::error file=app.py,line=1::pwned 12",
    "encoded-newline": "12 %0A::warning::pwned%0D%0A",
    "crlf": "12 troops\r\n::error::injected on a new line",
    "lf": "12 troops\n::notice::second line",
    "lone-cr": "12 troops\rOVERWRITTEN",
    "ansi-colour": "\x1b[31m12 red\x1b[0m",
    "ansi-title": "\x1b]0;pwned title\x07 12",
    "ansi-clear": "\x1b[2J\x1b[H12",
    "c1-csi": "\x9b31m12",
    "html": "<script>alert('12')</script><img src=x onerror=alert(1)>",
    "markdown-link": "[12 troops](javascript:alert(1)) ![x](https://example.invalid/x.png)",
    "table-pipe": "12 | injected | cell |\n|---|---|",
    "bidi": "\u202e21 spoort\u202c \u2066isolated\u2069 12",
    "zero-width": "1\u200b2\ufeff troops",
    "nul-and-bell": "12\x00\x07\x08 troops",
    "backticks": "```\n12\n``` `code`",
}

#: Characters that must never reach a terminal raw (C0 except tab/newline handling, DEL, C1, bidi).
TERMINAL_UNSAFE = (
    [chr(c) for c in range(0x00, 0x20) if c != 0x0A] + [chr(c) for c in range(0x7F, 0xA0)]
    + list("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
)


def toml_string(text: str) -> str:
    """A TOML basic string for ``text``, every non-printable character escaped."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char.isprintable() and char not in TERMINAL_UNSAFE:
            out.append(char)
        else:
            out.append(f"\\u{ord(char):04x}")
    return '"' + "".join(out) + '"'


def write_hostile_ledger(directory: Path, name: str = "hostile.toml") -> Path:
    """Write the hostile ledger into ``directory`` and return its path."""
    parts = ['[article]', 'id = "hostile"', f'title = {toml_string(HOSTILE["html"] + HOSTILE["bidi"])}',
             f'publisher = {toml_string(HOSTILE["ansi-title"])}', "published = 2024-11-17", "",
             "[sources.src]", f'name = {toml_string(HOSTILE["workflow-command"])}', ""]
    for number, (key, text) in enumerate(sorted(HOSTILE.items())):
        parts += [f"[claims.c{number}]", 'figure = "12"', 'unit = "troop"', 'period = "2024"',
                  f"quote = {toml_string(text)}", f"subject = {toml_string(text)}",
                  f"measure = {toml_string(text)}", 'source = "src"',
                  f"attributed_to = [{toml_string(text)}]", ""]
        # 12 / 12 is 1, never 5: an FL101 finding whose evidence quotes claim c{number}.
        parts += [f"[claims.d{number}]", 'figure = "5"', f'derived = "c{number} / c{number}"',
                  f"quote = {toml_string(text + ' 5')}", ""]
    path = directory / name
    path.write_text("\n".join(parts), encoding="utf-8")
    return path
