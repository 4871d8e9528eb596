#!/usr/bin/env python3
"""Build labels/<name>.json from the hand-written specs in specs/<name>.py.

A spec entry is (context, text, value, low, high, unit, hedge). The context must
occur exactly once in the text file and contain `text` exactly once; the
mention's offsets are computed from that, so no offset is typed by hand.
This is a labelling aid only, not a quantity extractor.
"""
import json
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/data/extraction
SPECS = Path(__file__).resolve().parent / "specs"


def build(name: str) -> dict:
    rel = f"texts/{name}.txt"
    content = open(ROOT / rel, encoding="utf-8").read()
    spec = runpy.run_path(str(SPECS / f"{name}.py"))["SPEC"]
    mentions = []
    for i, (ctx, text, value, low, high, unit, hedge) in enumerate(spec):
        n = content.count(ctx)
        if n != 1:
            sys.exit(f"{name} entry {i}: context {ctx!r} occurs {n} times")
        if ctx.count(text) != 1:
            sys.exit(f"{name} entry {i}: text {text!r} occurs {ctx.count(text)} times in context")
        start = content.index(ctx) + ctx.index(text)
        end = start + len(text)
        assert content[start:end] == text
        mentions.append({
            "start": start, "end": end, "text": text,
            "value": None if value is None else float(value),
            "low": None if low is None else float(low),
            "high": None if high is None else float(high),
            "unit": unit, "hedge": hedge,
        })
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    return {"text": rel, "mentions": mentions}


def main(argv):
    names = argv or sorted(p.stem for p in SPECS.glob("*.py"))
    (ROOT / "labels").mkdir(exist_ok=True)
    for name in names:
        doc = build(name)
        out = ROOT / "labels" / f"{name}.json"
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{out.relative_to(ROOT)}: {len(doc['mentions'])} mentions")


if __name__ == "__main__":
    main(sys.argv[1:])
