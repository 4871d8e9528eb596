"""Render the errata report of the example ledger and photograph it in headless Chromium.

    python docs/images/make_screenshot.py [LEDGER] [--output docs/images/errata.png]

Needs ``chromium`` on the PATH (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import factledger
from factledger import errata

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
#: no network, no first-run work, nothing written outside the temporary profile
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars")


def screenshot(html: str, output: Path, size: str = "1000,1600") -> None:
    chromium = shutil.which("chromium") or sys.exit("chromium is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "errata.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile",
                        f"--screenshot={output.resolve()}", f"--window-size={size}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ledger", nargs="?", default=str(ROOT / "ledger"))
    parser.add_argument("--output", default=str(HERE / "errata.png"))
    args = parser.parse_args()
    result = factledger.verify(factledger.load(args.ledger))
    screenshot(errata.render(result, format="html"), Path(args.output))
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
