"""Drafts await review: verify reports each (FL603), coverage does not count them as recorded,
and `extract --append` run again does not append the same drafts twice."""

from __future__ import annotations

import tomllib

import pytest

from factledger import load, verify
from factledger.cli import main

ARTICLE = ("Spending rose from $2.1 billion to $2.5 billion in 2024.\n"
           "The toll climbed to 1,240 on Sunday, officials said.\n")
HEAD = '[article]\nid = "a"\ntext = "a.txt"\n'


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def folder(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "a.toml").write_text(HEAD, "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _claims(folder):
    return tomllib.loads((folder / "a.toml").read_text("utf-8"))["claims"]


def test_append_twice_skips_the_drafts_already_in_the_ledger_and_says_so(folder, capsys):
    assert run(capsys, "extract", "a.txt", "--append", "a.toml")[2] == "appended 3 draft claims to a.toml\n"
    first = _claims(folder)
    status, _, err = run(capsys, "extract", "a.txt", "--append", "a.toml")
    assert status == 0
    assert err == "appended 0 draft claims to a.toml; skipped 3 already in the ledger (same figure and quote)\n"
    assert _claims(folder) == first


def test_append_skips_a_mention_a_reviewed_claim_records_and_appends_the_rest(folder, capsys):
    """A claim an editor wrote (or reviewed) with the mention's figure and quote, spaced otherwise,
    records it; a claim of the same figure in another sentence does not."""
    (folder / "a.toml").write_text(
        HEAD + '\n[claims.toll]\nfigure = "1,240"\nunit = "person"\nsubject = "floods"\nmeasure = "death toll"\n'
        'quote = "The toll  climbed to 1,240 on Sunday, officials said."\n\n'
        '[claims.other]\nfigure = "$2.5 billion"\nsubject = "fund"\nmeasure = "size"\n'
        'quote = "The fund holds $2.5 billion."\n', "utf-8")
    status, _, err = run(capsys, "extract", "a.txt", "--append", "a.toml")
    assert err.startswith("appended 2 draft claims to a.toml; skipped 1 already in the ledger")
    figures = sorted(claim["figure"] for claim in _claims(folder).values())
    assert figures == ["$2.1 billion", "$2.5 billion", "$2.5 billion", "1,240"]


def test_verify_reports_each_unreviewed_draft_and_fails_on_warnings(folder, capsys):
    run(capsys, "extract", "a.txt", "--append", "a.toml")
    result = verify(load(folder / "a.toml"))
    assert [(f.code, f.claims[0]) for f in result.findings] == [("FL603", f"a:{key}") for key in _claims(folder)]
    status, out, _ = run(capsys, "verify", "a.toml")
    assert status == 1
    assert 'FL603 [warning] draft_usd_001 is a draft no one has reviewed: its subject still starts with "DRAFT:"' in out
    assert run(capsys, "verify", "--fail-on", "error", "a.toml")[0] == 0


def test_a_reviewed_draft_is_no_finding(folder, capsys):
    run(capsys, "extract", "a.txt", "--append", "a.toml")
    text = (folder / "a.toml").read_text("utf-8")
    first, second, third = text.split("[claims.")[1:]
    reviewed = first.replace('subject = "DRAFT: Spending"', 'subject = "Spending"').replace(
        'measure = "DRAFT: amount in US dollars"', 'measure = "spending"')
    half_reviewed = second.replace('subject = "DRAFT: Spending"', 'subject = "Spending"')
    (folder / "a.toml").write_text("[claims.".join([text.split("[claims.")[0], reviewed, half_reviewed, third]), "utf-8")
    findings = verify(load(folder / "a.toml")).findings
    assert [f.claims[0] for f in findings] == ["a:draft_usd_002", "a:draft_figure_003"]
    assert 'its measure still starts with "DRAFT:"' in findings[0].message
    assert 'its subject still starts with "DRAFT:"' in findings[1].message


def test_coverage_counts_a_draft_as_not_yet_reviewed(folder, capsys):
    run(capsys, "extract", "a.txt", "--append", "a.toml")
    _, out, _ = run(capsys, "verify", "--coverage", "a.txt", "a.toml")
    assert out.splitlines() == [
        "a.txt: 3 quantity mentions; 0 recorded in the ledger (0%); 3 drafted, not yet reviewed; "
        "0 checked by a derivation or rule",
        "drafted, not yet reviewed:", "  a.txt:1: $2.1 billion", "  a.txt:1: $2.5 billion", "  a.txt:2: 1,240"]


def test_coverage_takes_a_reviewed_claim_over_a_draft_of_the_same_mention(folder, capsys):
    run(capsys, "extract", "a.txt", "--append", "a.toml")
    with open(folder / "a.toml", "a", encoding="utf-8") as ledger:
        ledger.write('\n[claims.toll]\nfigure = "1,240"\nunit = "person"\nsubject = "floods"\n'
                     'measure = "death toll"\nquote = "The toll climbed to 1,240 on Sunday, officials said."\n')
    _, out, _ = run(capsys, "verify", "--coverage", "a.txt", "a.toml")
    assert out.splitlines()[0].startswith("a.txt: 3 quantity mentions; 1 recorded in the ledger (33%); "
                                          "2 drafted, not yet reviewed")
    assert "  a.txt:2: 1,240" not in out


def test_the_reference_engine_reports_drafts_as_factledger_does(bench_module, folder, capsys):
    pytest.importorskip("pint")
    reference_engine = bench_module("reference_engine")
    (folder / "a.toml").write_text(
        HEAD + '\n[claims.cost]\nfigure = "$24M"\nsubject = "DRAFT: unknown"\nmeasure = "cost"\n\n'
        '[claims.share]\nfigure = "12%"\nsubject = "party"\nmeasure = "DRAFT: share"\n\n'
        '[claims.troops]\nfigure = "12,000 troops"\nsubject = "Russia"\nmeasure = "troops"\n', "utf-8")
    (folder / "a.txt").unlink()
    ledger_text = (folder / "a.toml").read_text("utf-8").replace('text = "a.txt"\n', "")
    (folder / "a.toml").write_text(ledger_text, "utf-8")
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(folder))
    assert reference_engine.factledger_results(verify(load(folder / "a.toml"))) == expected
    assert expected[0] == [("FL603", ("a:cost",)), ("FL603", ("a:share",))]
