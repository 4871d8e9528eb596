"""``python -m factledger``: the same as the ``factledger`` command."""

import sys

from factledger.cli import main

sys.exit(main())
