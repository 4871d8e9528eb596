"""The parse cache: unchanged files come from the cache, and a damaged cache is only a miss."""

from __future__ import annotations

import pytest

from factledger import parse_cache
from factledger.store import load

LEDGER = """[article]
id = "a"
published = 2024-11-17

[claims.troops]
figure = "12,000 troops"
unit = "troop"
"""


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTLEDGER_CACHE_DIR", str(folder))
    return folder


def test_cached_load_equals_a_fresh_load(write_ledger, cache):
    """Loading through the cache, cold then warm, gives the ledger a plain load gives."""
    path = write_ledger(LEDGER)
    fresh = load(path)
    assert load(path, cache=True) == fresh
    assert len(list(cache.glob("*.pickle"))) == 1
    assert load(path, cache=True) == fresh


def test_changed_file_is_read_again(write_ledger, cache):
    """An edit to a ledger file (new size and time) makes its entry stale."""
    path = write_ledger(LEDGER)
    load(path, cache=True)
    path.write_text(LEDGER.replace("12,000", "15,000"), "utf-8")
    assert load(path, cache=True).claims["a:troops"].figure.text == "15,000 troops"


def test_a_new_time_with_the_same_content_is_still_a_hit(write_ledger, cache, monkeypatch):
    """A fresh checkout (CI) gives every file a new time: the content decides, and no file is parsed."""
    import os

    from factledger import documents

    path = write_ledger(LEDGER)
    expected = load(path, cache=True)
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 10**9))

    def no_parsing(*args):
        raise AssertionError("an unchanged file was parsed again")

    monkeypatch.setattr(documents, "parse_document", no_parsing)
    monkeypatch.setattr("factledger.store.parse_document", no_parsing)
    assert load(path, cache=True) == expected


def test_same_size_new_content_is_a_miss(write_ledger, cache):
    """An edit that keeps the size ("12,000" -> "15,000") is seen by its content when only the time differs."""
    import os

    path = write_ledger(LEDGER)
    load(path, cache=True)
    info = path.stat()
    path.write_text(LEDGER.replace("12,000", "15,000"), "utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1))
    assert load(path, cache=True).claims["a:troops"].figure.text == "15,000 troops"


def test_a_second_write_in_the_same_clock_tick_is_seen(write_ledger, cache):
    """Written, read into the cache, written again within one tick of the file system's clock:
    same size, same time, other bytes. The entry of a file that new did not trust its time."""
    import os

    path = write_ledger(LEDGER)
    info = path.stat()
    load(path, cache=True)
    path.write_text(LEDGER.replace("12,000", "15,000"), "utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))  # as a write in the same tick leaves it
    assert load(path, cache=True).claims["a:troops"].figure.text == "15,000 troops"


def test_the_time_of_a_file_written_before_is_trusted(write_ledger, cache, monkeypatch):
    """A file older than a tick can be: its size and time decide, and its bytes are not read."""
    import os

    path = write_ledger(LEDGER)
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns - 60 * 10**9))
    expected = load(path, cache=True)

    def no_digest(*args):
        raise AssertionError("the bytes of an unchanged old file were read")

    monkeypatch.setattr(parse_cache, "_content_digest", no_digest)
    assert load(path, cache=True) == expected


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", b"\x80\x04K\x01.", b"\x80\x05\x95" + b"\xff" * 40])
def test_garbage_in_the_cache_is_a_miss(write_ledger, cache, garbage):
    """Whatever a cache entry holds, a load never fails because of it."""
    path = write_ledger(LEDGER)
    expected = load(path)
    load(path, cache=True)
    for entry in cache.glob("*.pickle"):
        entry.write_bytes(garbage)
    assert load(path, cache=True) == expected


def test_unwritable_cache_only_means_no_cache(write_ledger, tmp_path, monkeypatch):
    """A cache directory that cannot be created does not stop a load."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("FACTLEDGER_CACHE_DIR", str(blocker / "cache"))
    path = write_ledger(LEDGER)
    assert load(path, cache=True) == load(path)
    assert parse_cache.get(path, "article.toml") is None


def test_entries_made_by_other_code_are_misses(tmp_path, monkeypatch):
    """An entry written by another version of the package's code is never used."""
    from factledger import parse_cache

    monkeypatch.setenv("FACTLEDGER_CACHE_DIR", str(tmp_path / "cache"))
    ledger = tmp_path / "a.toml"
    ledger.write_text('[article]\nid = "a"\n[claims.x]\nfigure = "12"\n')
    parse_cache.put(ledger, "a.toml", "parts", [], parse_cache.fingerprint(ledger))
    assert parse_cache.get(ledger, "a.toml") == "parts"
    monkeypatch.setattr(parse_cache, "_TAG", parse_cache._tag()[:-1] + ("other code",))
    assert parse_cache.get(ledger, "a.toml") is None


def test_seed_ledgers_come_back_from_the_cache_whole(cache):
    """Every claim of the seed ledgers, with its location, figure, derivation and attribution."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "ledger"
    fresh = load(root)
    load(root, cache=True)
    cached = load(root, cache=True)
    assert cached == fresh
    # The value table comes from the cache too, file by file, joined in ledger order.
    for column in ("keys", "point", "lo", "hi", "rlo", "rhi", "dims", "unit", "subject", "measure"):
        # repr: an implied claim's value is NaN until a verify computes it, and NaN != NaN
        assert list(map(repr, getattr(cached.table, column))) == list(map(repr, getattr(fresh.table, column)))
    assert cached.table.index == fresh.table.index
    # Locations are left out of Claim equality: compare them, and each part, on their own.
    for key, claim in fresh.claims.items():
        other = cached.claims[key]
        assert other.location == claim.location
        assert (other.figure, other.attribution, other.period) == (claim.figure, claim.attribution, claim.period)
        if claim.derivation is not None:
            assert other.derivation.location == claim.derivation.location
            assert other.derivation.expression == claim.derivation.expression


def test_value_classes_pickle_through_their_constructor():
    """The classes the cache holds most of are rebuilt by calling them, field for field."""
    import pickle

    from factledger.claims import Claim, Derivation
    from factledger.expressions import parse_expression
    from factledger.figures import read_figure
    from factledger.locations import Location
    from factledger.provenance import Attribution, Source

    figure = read_figure("about $2,000/month")
    derivation = Derivation("troops * -pay + sum(a, 2 km)", parse_expression("troops * -pay + sum(a, 2 km)"),
                            Location("f.toml", 9, "total"))
    claim = Claim("total", "a", figure, "s", "m", quote="q", derivation=derivation,
                  attribution=Attribution(Source("wsj", "WSJ"), ("officials",)), location=Location("f.toml", 8, "t"))
    again = pickle.loads(pickle.dumps(claim, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == claim
    assert again.location == claim.location and again.derivation.location == derivation.location
    assert type(claim).__reduce__(claim)[0] is Claim

    from factledger.claims import Check
    from factledger.periods import parse_period

    check = Check("total", "a", ("x", "y"), total="t", quote="q", location=Location("f.toml", 3))
    period = parse_period("2016")
    for value in (check, period):
        again = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        assert again == value
    assert type(check).__reduce__(check)[0] is Check
    assert type(period).__reduce__(period)[1][0] is type(period)  # through the one-per-value look-up
    assert pickle.loads(pickle.dumps(check)).location == check.location


def test_a_files_claims_pickle_as_rows_and_come_back_whole():
    """Same claims, same locations; a claim placed elsewhere keeps its own location."""
    import pickle

    from factledger import claim_rows
    from factledger.claims import Claim, Derivation
    from factledger.expressions import parse_expression
    from factledger.figures import read_figure
    from factledger.locations import Location
    from factledger.periods import parse_period
    from factledger.provenance import Attribution, Source

    figure = read_figure("about $2,000/month")
    claims = [
        Claim("pay", "a", figure, "s", "m", parse_period("2016"), "q", Attribution(Source("wsj", "WSJ"), ("aides",)),
              cumulative=True, note="n", location=Location("f.toml", 8, "pay")),
        Claim("total", "a", None, derivation=Derivation("pay * 2", parse_expression("pay * 2"),
                                                        Location("f.toml", 12, "total")),
              location=Location("f.toml", 11, "total")),
    ]
    rows = claim_rows.ClaimRows(claims)
    assert rows.__reduce__()[0] is claim_rows._claims  # each location is only its line
    placed = claim_rows.ClaimRows([*claims, Claim("x", "a", figure, location=Location("g.toml", 3, "x"))])
    for kept in (rows, placed, claim_rows.ClaimRows()):
        again = pickle.loads(pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
        assert type(again) is list and again == list(kept)
        assert [c.location for c in again] == [c.location for c in kept]
        assert [c.derivation.location for c in again if c.derivation] == \
            [c.derivation.location for c in kept if c.derivation]


def test_figures_and_periods_come_back_shared_across_entries(monkeypatch):
    """Each cache entry is pickled on its own; equal figures and periods unpickle as one object."""
    import pickle

    from factledger import pickling
    from factledger.figures import read_figure
    from factledger.periods import parse_period

    values = [read_figure("about $2,000/month"), read_figure("97%"), read_figure("97%").as_exact(),
              parse_period("2016"), parse_period("2016 to 2019")]
    first = pickle.loads(pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL))
    second = pickle.loads(pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL))
    assert first == values and all(a is b for a, b in zip(first, second))
    assert first[1] is not first[2]  # equal texts, different values: not shared
    monkeypatch.setattr(pickling, "_UNPICKLED", {})
    monkeypatch.setattr(pickling, "_MOST_UNPICKLED", 2)
    assert pickle.loads(pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL)) == values
    assert 0 < len(pickling._UNPICKLED) <= 2  # a long-lived process keeps a bounded number


def test_a_figure_unpickled_again_makes_no_intervals(monkeypatch):
    """A figure already unpickled is shared without making, hashing or comparing its intervals again."""
    import pickle

    from factledger import pickling
    from factledger.figures import read_figure
    from factledger.intervals import Interval

    monkeypatch.setattr(pickling, "_UNPICKLED", {})
    figures = [read_figure("about $2,000/month"), read_figure("up to 30 tonnes"), read_figure("97%")]
    troops = read_figure("about 12,000 troops")
    first = pickle.loads(pickle.dumps(figures, protocol=pickle.HIGHEST_PROTOCOL))
    assert first == figures and [f.bounds for f in first] == [f.bounds for f in figures]
    made = []
    original = Interval.__init__

    def counted(self, lo, hi):  # type: ignore[no-untyped-def]
        made.append((lo, hi))
        original(self, lo, hi)

    monkeypatch.setattr(Interval, "__init__", counted)
    again = pickle.loads(pickle.dumps(figures, protocol=pickle.HIGHEST_PROTOCOL))
    assert all(a is b for a, b in zip(again, first)) and made == []
    other = pickle.loads(pickle.dumps([troops], protocol=pickle.HIGHEST_PROTOCOL))
    assert other == [troops] and len(made) == 2  # a figure not seen before makes its two


@pytest.mark.parametrize("command", [["verify", "--exit-zero"], ["errata"], ["export", "--claimreview"]])
def test_every_command_that_loads_a_ledger_uses_the_cache_unless_told_not_to(write_ledger, cache, command,
                                                                             capsys):
    """verify, errata and export read through the parse cache; ``--no-cache`` leaves it alone."""
    from factledger.cli import main

    path = write_ledger(LEDGER)
    assert main([*command, "--no-cache", str(path)]) == 0
    assert not list(cache.glob("*.pickle"))
    assert main([*command, str(path)]) == 0
    assert len(list(cache.glob("*.pickle"))) == 1
    capsys.readouterr()


def test_the_code_stamp_follows_the_bytes_of_the_code_not_its_times(tmp_path):
    """A fresh install of the same release (new file times) keeps the cache; any edit starts a new one."""
    import os
    import shutil
    from pathlib import Path

    from factledger import parse_cache

    package = tmp_path / "factledger"
    shutil.copytree(Path(parse_cache.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    stamp = parse_cache.code_stamp(package)
    assert stamp == parse_cache.code_stamp()  # the same bytes as the installed package's
    for module in package.rglob("*.py"):
        os.utime(module, ns=(0, 10**18))
    assert parse_cache.code_stamp(package) == stamp
    engine = package / "engine.py"
    engine.write_text(engine.read_text("utf-8") + "# an edit\n", "utf-8")
    assert parse_cache.code_stamp(package) != stamp
    engine.write_text(engine.read_text("utf-8").removesuffix("# an edit\n"), "utf-8")
    units = package / "data" / "units.tsv"
    units.write_text(units.read_text("utf-8") + " ", "utf-8")
    assert parse_cache.code_stamp(package) != stamp  # a regenerated unit table too


def test_a_fresh_install_of_the_same_code_finds_the_entries_of_the_last(write_ledger, cache, monkeypatch):
    """New file times (pip writes them at install) lead to reading the code once; its bytes still match."""
    from factledger import parse_cache

    path = write_ledger(LEDGER)
    monkeypatch.setattr(parse_cache, "_TAG", None)
    expected = load(path, cache=True)
    times, version = (cache / "code-version").read_text("ascii").split()
    assert (times, version) == (parse_cache._file_times(), parse_cache.code_stamp())

    monkeypatch.setattr(parse_cache, "_TAG", None)  # a new process, in a new environment
    monkeypatch.setattr(parse_cache, "_file_times", lambda: "installed-again")
    read = []
    monkeypatch.setattr(parse_cache, "code_stamp", lambda: read.append(1) or version)

    def no_parsing(*args):
        raise AssertionError("the ledger was parsed again instead of coming from the cache")

    with monkeypatch.context() as parsing:
        parsing.setattr("factledger.store.parse_document", no_parsing)
        assert load(path, cache=True) == expected
    assert parse_cache.get(path, str(path)) is not None  # the entry, under the name a load gives it
    assert read == [1]  # the code was read once, and the memo now holds the new times
    assert (cache / "code-version").read_text("ascii").split() == ["installed-again", version]

    monkeypatch.setattr(parse_cache, "_TAG", None)
    monkeypatch.setattr(parse_cache, "code_stamp", lambda: "edited code")
    monkeypatch.setattr(parse_cache, "_file_times", lambda: "edited")
    assert parse_cache.get(path, str(path)) is None
    assert load(path, cache=True) == expected  # read again, and written for the edited code


def test_entries_are_written_whole_by_concurrent_writers(tmp_path, monkeypatch):
    """Threads writing one entry over and over: every read sees a whole version, none is left half-made."""
    import threading

    # The entry in the cache folder, as every entry is: a write also marks that folder for git,
    # and a folder that does not exist (a fresh checkout, this test alone) made every write a no-op.
    monkeypatch.setenv("FACTLEDGER_CACHE_DIR", str(tmp_path / "cache"))
    target = tmp_path / "cache" / "entry.pickle"
    versions = [bytes([n]) * 200_000 for n in range(4)]
    seen: list[bytes] = []
    stop = threading.Event()

    def write(data: bytes) -> None:
        for _ in range(25):
            parse_cache._write_atomically(target, data)

    def read() -> None:
        while not stop.is_set():
            try:
                seen.append(target.read_bytes())
            except FileNotFoundError:
                pass

    reader = threading.Thread(target=read)
    reader.start()
    writers = [threading.Thread(target=write, args=(data,)) for data in versions]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    stop.set()
    reader.join()
    assert seen and all(data in versions for data in seen)
    assert target.read_bytes() in versions
    assert [p.name for p in target.parent.iterdir() if p.name.startswith(".tmp-")] == []  # none left behind


def test_a_temporary_left_by_a_crashed_run_is_not_overwritten(tmp_path, monkeypatch):
    """A name already taken (the same process id, a count reused) is skipped, and the file kept."""
    import itertools

    from factledger import safe_write

    folder = tmp_path / "cache"
    folder.mkdir()
    left = folder / f".tmp-{__import__('os').getpid()}-0"
    left.write_bytes(b"a crashed run's")
    monkeypatch.setattr(safe_write, "_TEMPORARIES", itertools.count())
    parse_cache._write_atomically(folder / "entry.pickle", b"new")
    assert (folder / "entry.pickle").read_bytes() == b"new"
    assert left.read_bytes() == b"a crashed run's"


def test_the_content_digest_is_hashlibs_blake2(tmp_path):
    """Taken from hashlib's own module without importing hashlib: the same digest either way."""
    import hashlib

    path = tmp_path / "a.toml"
    path.write_bytes(b"[article]\nid = \"a\"\n" * 1000)
    assert parse_cache._content_digest(path) == hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()


class _Payload:
    """What a hostile cache entry unpickles into: a call that leaves a file behind."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        import os
        return os.system, (f"touch {self.marker}",)


def _entry_file(cache, path):
    """The one entry a load of ``path`` wrote."""
    load(path, cache=True)
    (entry,) = cache.glob("*.pickle")
    return entry


def test_an_entry_written_without_the_key_is_never_unpickled(write_ledger, cache, tmp_path):
    """An entry committed to the working tree by someone else (a pull request can add
    .factledger-cache/ by force) runs no code: it is not signed with this user's key."""
    import pickle

    path = write_ledger(LEDGER)
    expected = load(path)
    marker = tmp_path / "ran"
    hostile = pickle.dumps(_Payload(marker))
    entry = _entry_file(cache, path)
    for planted in (hostile, b"\0" * parse_cache.SIGNATURE_BYTES + hostile, entry.read_bytes()[:32] + hostile):
        entry.write_bytes(planted)
        assert load(path, cache=True) == expected
        assert not marker.exists()


def test_a_signed_entry_may_name_only_the_classes_of_a_ledger(write_ledger, cache, tmp_path):
    """Should the key leak, a signed entry still cannot call what it likes."""
    import pickle

    path = write_ledger(LEDGER)
    expected = load(path)
    marker = tmp_path / "ran"
    body = pickle.dumps(_Payload(marker))
    _entry_file(cache, path).write_bytes(parse_cache._signature(parse_cache._secret(), body) + body)
    assert load(path, cache=True) == expected
    assert not marker.exists()
    for module, name in [("factledger.store", "os.system"), ("factledger.parse_cache", "os"),
                         ("factledger.safe_write", "write_atomic"), ("builtins", "eval"), ("os", "system")]:
        with pytest.raises(pickle.UnpicklingError):
            parse_cache._LedgerUnpickler(__import__("io").BytesIO(b"")).find_class(module, name)


def test_entries_signed_with_another_key_are_misses(write_ledger, cache, monkeypatch):
    """Another user's (or another machine's) cache is not used: each has its own key."""
    path = write_ledger(LEDGER)
    parse_cache.put(path, "a.toml", "parts", [], parse_cache.fingerprint(path))
    assert parse_cache.get(path, "a.toml") == "parts"
    monkeypatch.setattr(parse_cache, "_SECRET", None)
    monkeypatch.setenv("FACTLEDGER_CACHE_KEY", "another key")
    assert parse_cache.get(path, "a.toml") is None


def test_the_key_is_made_once_private_and_outside_the_working_tree(tmp_path, monkeypatch):
    import os
    import stat

    monkeypatch.delenv("FACTLEDGER_CACHE_KEY", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user"))
    monkeypatch.setattr(parse_cache, "_SECRET", None)
    first = parse_cache._secret()
    monkeypatch.setattr(parse_cache, "_SECRET", None)
    assert parse_cache._secret() == first and len(first) >= 16
    key = tmp_path / "user" / "factledger" / "cache-key"
    assert parse_cache.key_path() == str(key)
    if os.name == "posix":
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    key.write_text("not hex")  # damaged: replaced, and entries signed before become misses
    monkeypatch.setattr(parse_cache, "_SECRET", None)
    assert parse_cache._secret() not in (None, first)


def test_no_place_for_a_key_only_means_no_cache(write_ledger, cache, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.delenv("FACTLEDGER_CACHE_KEY", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "sub"))
    monkeypatch.setattr(parse_cache, "_SECRET", None)
    path = write_ledger(LEDGER)
    assert load(path, cache=True) == load(path)
    assert not list(cache.glob("*.pickle"))
