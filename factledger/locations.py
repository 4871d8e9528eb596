"""Where something is: a ledger file, a line in it, and the claim it belongs to."""

from __future__ import annotations

import attrs

from factledger.pickling import rebuilt_by_init


@rebuilt_by_init
@attrs.frozen(order=True)
class Location:
    """A place in a ledger: ``path`` as the user gave it, a 1-based ``line`` (0 when unknown)."""

    path: str = ""
    line: int = 0
    claim_id: str = ""

    def __str__(self) -> str:
        if not self.path:
            return self.claim_id or "<input>"
        return f"{self.path}:{self.line}" if self.line else self.path


NOWHERE = Location()
