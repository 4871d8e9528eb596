"""Making untrusted article text inert, one helper per output medium.

Quotes come from the open web. Before any of it reaches a terminal, a CI log,
a Markdown table or an HTML page it goes through the one function here for
that medium.
"""

from __future__ import annotations

import re

#: C0/C1 controls (ANSI escapes start with ESC), DEL, and Unicode bidi/format controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def terminal(text: str, limit: int = 0) -> str:
    """Text safe to print to a terminal: controls shown as ``\\xNN``, one line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", " ")
    text = _CONTROLS.sub(lambda m: f"\\x{ord(m.group(0)):02x}" if ord(m.group(0)) < 0x100
                         else f"\\u{ord(m.group(0)):04x}", text)
    return truncate(text, limit)


def truncate(text: str, limit: int) -> str:
    if limit and len(text) > limit:
        return text[: limit - 1] + "…"
    return text


def toml_string(text: str) -> str:
    """A TOML basic string holding ``text`` exactly (controls and DEL escaped)."""
    import json

    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
