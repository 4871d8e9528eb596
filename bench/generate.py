"""Write a synthetic ledger in the real TOML format, for benchmarks.

    python bench/generate.py OUT_DIR --claims 100000 --files 1000 [--seed 1]

The ledger mixes what news ledgers hold: pay in dollars with scale words and
monthly rates (products), troops and daily casualties (quotients), gas in
BCM/MCM (a compare check and a same check across units), budgets in euros
(sums and a total check), shares in percent (a shares check), tonnes of oil
against a reference range, and cross-source groups (one subject and measure
in several files, some with periods). About one scenario in five carries a
deliberate error, so every rule family has findings to report; ``--wrong``
sets that share (``--wrong 0``: every scenario is right, and what findings
remain come from sources that disagree across files).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

RANGES = """[ranges.oil-per-month]
measures = ["oil shipped by sea per month"]
unit = "tonne/month"
low = 1000
high = 1000000
source = "Tanker capacities (synthetic)"
reason = "the smallest product tanker carries about a thousand tonnes"
"""


#: the share of scenarios that carry a deliberate error, unless ``--wrong`` says otherwise
WRONG = 0.2


def q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Scenario:
    """Claims (and checks) of one story, written into one file."""

    def __init__(self, uid: int, rng: random.Random, wrong: float = WRONG) -> None:
        self.uid, self.rng, self.wrong_share = uid, rng, wrong
        self.claims: list[tuple[str, dict[str, str]]] = []
        self.checks: list[dict[str, object]] = []
        self.wrong = rng.random() < wrong

    def claim(self, name: str, figure: str, sentence: str, **fields: str) -> str:
        cid = f"{name}_{self.uid}"
        self.claims.append((cid, {"figure": figure, **fields, "quote": sentence.format(figure)}))
        return cid

    def period(self) -> str:
        return f"{self.rng.randint(2015, 2024)}-{self.rng.randint(1, 12):02d}"


def pay(s: Scenario) -> None:
    troops, rate = s.rng.choice((8, 12, 15, 20)) * 1000, s.rng.choice((1500, 2000, 2500))
    total = troops * rate / 1e6
    subject, period = f"contingent {s.uid}", s.period()
    t = s.claim("troops", f"{troops:,} troops", "With {} deployed.", unit="troop", subject=subject,
                measure="troops deployed", period=period)
    p = s.claim("pay", f"${rate:,}/month", "They are paid {}, officials say.", unit="USD/soldier",
                subject=subject, measure="pay per soldier", period=period)
    printed = {0: f"${total:g}M a month", 1: f"${total:g}M", 2: f"${total + 6:g}M a month"}
    variant = s.rng.choice((1, 2)) if s.wrong else 0
    s.claim("total", printed[variant], "This amounts to {}.", derived=f"{t} * {p}", subject=subject,
            measure="total pay", period=period)


def casualties(s: Scenario) -> None:
    daily = s.rng.choice((500, 1000, 1500, 2000))
    days = s.rng.choice((4, 6, 8, 10))
    troops = daily * days
    subject = f"front {s.uid}"
    t = s.claim("force", f"{troops:,} troops", "A force of {}.", unit="troop", subject=subject,
                measure="force size")
    c = s.claim("losses", f"{daily:,} daily", "Casualties average {}.", unit="casualty",
                subject=subject, measure="casualties per day")
    shown = days + 3 if s.wrong else days
    s.claim("days", f"{shown} days", "They would be spent in {}.", derived=f"{t} / {c}",
            subject=subject, measure="days until spent")


def gas(s: Scenario) -> None:
    demand = s.rng.choice((5.2, 6.9, 8.4))
    storage = round(demand + (-0.8 if s.wrong else 0.9), 1)
    subject = f"gas market {s.uid}"
    st = s.claim("storage", f"{storage} BCM", "Inventories of {}.", subject=subject, measure="gas in storage")
    de = s.claim("demand", f"{demand} BCM", "A year's demand of {}.", subject=subject,
                 measure="annual gas demand")
    s.checks.append({"kind": "compare", "holds": f"{st} > {de}", "quote": "more than a year's demand"})
    monthly = s.rng.choice((250, 500, 750))
    annual = monthly * 12 / 1000 + (1.0 if s.rng.random() < s.wrong_share else 0.0)
    m = s.claim("monthly", f"{monthly} MCM a month", "Imports of {}.", subject=subject,
                measure="gas imports per month")
    a = s.claim("annual", f"{annual:g} BCM a year", "That is {}.", subject=subject,
                measure="gas imports per year")
    s.checks.append({"kind": "same", "claims": [m, a]})


def budget(s: Scenario) -> None:
    first, second = s.rng.choice((1.2, 2.4, 3.1)), s.rng.choice((400, 600, 800))
    total = first + second / 1000 + (0.5 if s.wrong else 0.0)
    subject = f"budget {s.uid}"
    a = s.claim("defence", f"€{first} billion", "Defence gets {}.", subject=subject, measure="defence budget")
    b = s.claim("health", f"€{second} million", "Health gets {}.", subject=subject, measure="health budget")
    t = s.claim("spend", f"€{total:g} billion", "In all, {}.", subject=subject, measure="total budget")
    s.checks.append({"kind": "total", "parts": [a, b], "total": t})
    s.claim("sum", f"€{total:g} billion", "A total of {}.", derived=f"sum({a}, {b})", subject=subject,
            measure="budget sum")


def shares(s: Scenario) -> None:
    values = [62, 30, 15 if s.wrong else 5]
    subject = f"trade partners {s.uid}"
    ids = [s.claim(f"share{i}", f"{v}%", "A share of {} of the trade.", subject=subject,
                   measure=f"share of partner {i}") for i, v in enumerate(values)]
    s.checks.append({"kind": "shares", "parts": ids})


def oil(s: Scenario) -> None:
    amount = s.rng.choice((30, 60)) * (1 if s.wrong else 1000)
    s.claim("oil", f"{amount:,} tonnes of oil each month", "Ships carry {} to the island.",
            subject=f"oil route {s.uid}", measure="oil shipped by sea per month")


SCENARIOS = ((pay, 3), (casualties, 3), (gas, 2), (budget, 2), (shares, 1), (oil, 2))


def cross_source(uid: int, rng: random.Random, files: int) -> list[tuple[int, str, dict[str, str]]]:
    """One subject and measure stated in two or three files, with or without periods."""
    base = rng.choice((92.5, 80.0, 64.0))
    members = []
    for i in range(rng.choice((2, 3))):
        value = base + (4.5 if i and rng.random() < 0.3 else 0.0)
        period = rng.choice(("2016", "2016", "2019", "unstated"))
        fields = {"figure": f"{value:g}%", "subject": f"country {uid}", "measure": "China's share of trade",
                  "quote": f"China accounts for {value:g}% of the trade."}
        if period != "unstated":
            fields["period"] = period
        members.append((rng.randrange(files), f"share_{uid}_{i}", fields))
    return members


def build(claims: int, files: int, seed: int, wrong: float = WRONG) -> list[list[str]]:
    rng = random.Random(seed)
    pieces: list[list[str]] = [[] for _ in range(files)]
    counts = [0] * files
    made, uid = 0, 0
    kinds = [k for k, w in SCENARIOS for _ in range(w)]
    while made < claims:
        uid += 1
        if rng.random() < 0.08:
            for file, cid, fields in cross_source(uid, rng, files):
                pieces[file].append(_claim_toml(cid, fields))
                made += 1
            continue
        s = Scenario(uid, rng, wrong)
        rng.choice(kinds)(s)
        file = uid % files
        pieces[file].extend(_claim_toml(cid, f) for cid, f in s.claims)
        pieces[file].extend(_check_toml(c) for c in s.checks)
        made += len(s.claims)
        counts[file] += 1
    return pieces


def _claim_toml(cid: str, fields: dict[str, str]) -> str:
    body = "".join(f"{k} = {q(v)}\n" for k, v in fields.items())
    return f"[claims.{cid}]\n{body}"


def _check_toml(check: dict[str, object]) -> str:
    lines = []
    for key, value in check.items():
        shown = "[" + ", ".join(q(v) for v in value) + "]" if isinstance(value, list) else q(str(value))
        lines.append(f"{key} = {shown}\n")
    return "[[checks]]\n" + "".join(lines)


def write(out: Path, claims: int, files: int, seed: int = 1, wrong: float = WRONG) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    (out / "reference").mkdir(exist_ok=True)
    (out / "reference" / "ranges.toml").write_text(RANGES, "utf-8")
    for number, body in enumerate(build(claims, files, seed, wrong)):
        head = (f'[article]\nid = "gen-{number:05d}"\ntitle = "Synthetic article {number}"\n'
                f'publisher = "Outlet {number % 17}"\npublished = 2024-{number % 12 + 1:02d}-15\n\n')
        (out / f"gen-{number:05d}.toml").write_text(head + "\n".join(body), "utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--claims", type=int, default=100)
    parser.add_argument("--files", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--wrong", type=float, default=WRONG,
                        help=f"share of scenarios with a deliberate error (default {WRONG})")
    args = parser.parse_args(argv)
    write(args.out, args.claims, args.files, args.seed, args.wrong)
    return 0


if __name__ == "__main__":
    sys.exit(main())
