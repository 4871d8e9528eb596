"""``python -m factledger``: the same as the ``factledger`` command."""

from factledger.cli import run

run()
