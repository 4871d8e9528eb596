#!/usr/bin/env python3
"""Check the labelled corpus in labels/*.json.

For every label file this verifies:
  * the JSON shape: {"text": "texts/<name>.txt", "mentions": [...]} and that
    each mention has exactly start, end, text, value, low, high, unit, hedge
    with the right types;
  * the text file exists and content[start:end] == mention["text"], where
    content = open(path, encoding="utf-8").read();
  * spans are non-empty, carry no leading/trailing whitespace, are sorted by
    start and do not overlap;
  * either value is set and low/high are null (single figure) or value is null
    and low <= high are both set (range);
  * the hedge word, if any, is not part of the span and appears in the text
    just before the span (within 25 characters) or just after it.

With --uncovered it also lists digits and number words that no mention covers,
as a reviewing aid (not a failure: years, dates, ordinals etc. are meant to be
left out). Exit status is 0 when every file passes, 1 otherwise.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/data/extraction
SPECS = Path(__file__).resolve().parent / "specs"
KEYS = {"start", "end", "text", "value", "low", "high", "unit", "hedge"}
NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
    r"billion|trillion|dozen|half|third|quarter|single|pair|decade)s?\b",
    re.IGNORECASE)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_file(path: Path, show_uncovered: bool) -> list:
    errors = []
    err = errors.append
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"cannot parse JSON: {e}"]
    if set(doc) != {"text", "mentions"}:
        err(f"top-level keys are {sorted(doc)}, expected ['mentions', 'text']")
    rel = doc.get("text")
    if rel != f"texts/{path.stem}.txt":
        err(f"'text' is {rel!r}, expected 'texts/{path.stem}.txt'")
    tpath = ROOT / str(rel)
    if not tpath.is_file():
        return errors + [f"text file {rel} not found"]
    content = open(tpath, encoding="utf-8").read()
    mentions = doc.get("mentions")
    if not isinstance(mentions, list):
        return errors + ["'mentions' is not a list"]
    prev_end, prev_start = -1, -1
    for i, m in enumerate(mentions):
        where = f"mention {i}"
        if not isinstance(m, dict) or set(m) != KEYS:
            err(f"{where}: keys {sorted(m) if isinstance(m, dict) else m!r} != {sorted(KEYS)}")
            continue
        s, e, t = m["start"], m["end"], m["text"]
        if not (isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool)
                and not isinstance(e, bool)):
            err(f"{where}: start/end must be ints")
            continue
        where = f"mention {i} [{s}:{e}] {t!r}"
        if not (0 <= s < e <= len(content)):
            err(f"{where}: offsets out of range")
            continue
        if content[s:e] != t:
            err(f"{where}: content[{s}:{e}] is {content[s:e]!r}")
        if t != t.strip():
            err(f"{where}: span has leading/trailing whitespace")
        if s < prev_start:
            err(f"{where}: not sorted (previous start {prev_start})")
        if s < prev_end:
            err(f"{where}: overlaps previous mention ending at {prev_end}")
        prev_start, prev_end = s, max(prev_end, e)
        v, lo, hi = m["value"], m["low"], m["high"]
        for k in ("value", "low", "high"):
            if m[k] is not None and not is_num(m[k]):
                err(f"{where}: {k} must be a number or null")
        if v is not None:
            if lo is not None or hi is not None:
                err(f"{where}: value set, so low/high must be null")
        else:
            if not (is_num(lo) and is_num(hi)):
                err(f"{where}: value null, so low and high must both be set")
            elif lo > hi:
                err(f"{where}: low > high")
        if not isinstance(m["unit"], str):
            err(f"{where}: unit must be a string")
        h = m["hedge"]
        if h is not None:
            if not isinstance(h, str) or not h.strip():
                err(f"{where}: hedge must be a non-empty string or null")
            else:
                if h.lower() in t.lower():
                    err(f"{where}: hedge {h!r} is inside the span")
                before = content[max(0, s - 25):s].lower()
                after = content[e:e + 25].lower()
                if h.lower() not in before and h.lower() not in after:
                    err(f"{where}: hedge {h!r} not found next to the span")
    if show_uncovered:
        covered = [(m["start"], m["end"]) for m in mentions if isinstance(m, dict)
                   and isinstance(m.get("start"), int) and isinstance(m.get("end"), int)]

        def inside(a, b):
            return any(s <= a and b <= e for s, e in covered)
        pats = [re.compile(r"\d(?:[\d\u2044/]|[,.](?=\d))*"), NUMBER_WORDS]
        for pat in pats:
            for mt in pat.finditer(content):
                if not inside(mt.start(), mt.end()):
                    ctx = content[max(0, mt.start() - 30):mt.end() + 30].replace("\n", " ")
                    print(f"    uncovered {mt.group()!r} at {mt.start()}: ...{ctx}...")
    return errors


def main(argv):
    show = "--uncovered" in argv
    files = [Path(a) for a in argv if not a.startswith("--")] or sorted((ROOT / "labels").glob("*.json"))
    ok = True
    total = 0
    for f in files:
        errs = check_file(f, show)
        n = len(json.loads(f.read_text(encoding="utf-8")).get("mentions", [])) if f.is_file() else 0
        total += n
        status = "OK" if not errs else f"{len(errs)} error(s)"
        print(f"{f.name}: {n} mentions, {status}")
        for e in errs:
            print(f"  - {e}")
        ok = ok and not errs
    print(f"{len(files)} files, {total} mentions: {'all OK' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
