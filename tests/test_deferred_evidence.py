"""A derivation decided on bare intervals words its evidence only when read, and words it as the full path does."""

from __future__ import annotations

import pickle

import pytest

from factledger import context, load, verify
from factledger.findings import ClaimEvidence, Evidence, EvidenceLater, Finding, Severity
from factledger.locations import Location
from factledger.rules import arithmetic

EVIDENCE = Evidence(steps=("12,000 × 2,000 USD/month = 24,000,000 USD/month",), allowance="$24M allows ...",
                    claims=(ClaimEvidence("a:troops", "12,000", "", "12,000 troops", "", "2024", "A"),))


def _later(calls: list[int]) -> EvidenceLater:
    def make() -> Evidence:
        calls.append(1)
        return EVIDENCE
    return EvidenceLater((make,))


def test_evidence_later_is_made_once_and_only_when_read():
    calls: list[int] = []
    later = _later(calls)
    finding = Finding("FL101", "derivation-inconsistent", Severity.ERROR, "m", Location("a.toml", 3), ("a:x",), later)
    assert calls == []  # making the finding words nothing
    assert finding.evidence.steps == EVIDENCE.steps
    assert (finding.evidence.allowance, finding.evidence.claims) == (EVIDENCE.allowance, EVIDENCE.claims)
    assert calls == [1]


def test_evidence_later_reads_as_the_evidence_it_makes():
    later = _later([])
    assert later == EVIDENCE and EVIDENCE == later and not later != EVIDENCE
    assert later != Evidence(steps=("other",))
    assert hash(later) == hash(EVIDENCE) and repr(later) == repr(EVIDENCE)
    unpickled = pickle.loads(pickle.dumps(later))
    assert type(unpickled) is Evidence and unpickled == EVIDENCE
    assert (later == "text") is False


def _worded(result) -> tuple:
    findings = [(f.code, f.claims, f.severity, f.message, f.suggestion, f.correction, f.location,
                 f.evidence.steps, f.evidence.allowance, f.evidence.claims) for f in result.findings]
    checks = [(c.subject, c.kind, c.verdict, c.detail, c.codes, c.location) for c in result.checks]
    return findings, checks


@pytest.mark.parametrize("seed", [1, 5])
def test_findings_decided_on_bare_intervals_are_worded_as_the_full_path_words_them(generator, tmp_path,
                                                                                   monkeypatch, seed):
    root = generator.write(tmp_path / "ledger", claims=400, files=4, seed=seed)
    ledger = load(root)
    quick = verify(ledger)
    deferred = [f for f in quick.findings if isinstance(f.evidence, EvidenceLater)]
    assert {f.code for f in deferred} >= {"FL101", "FL201"}, "the ledger should have derivations to defer"
    monkeypatch.setattr(arithmetic, "_decided_quickly", lambda ctx, key, claim: False)
    full = verify(ledger)
    assert _worded(quick) == _worded(full)


def test_verify_words_no_claim_of_any_finding_until_a_report_reads_it(generator, tmp_path, monkeypatch):
    root = generator.write(tmp_path / "ledger", claims=400, files=4, seed=2)
    ledger = load(root)
    worded: list[str] = []
    real = context.claim_evidence

    def counted(ledger, claim, titles=None):
        worded.append(claim.key)
        return real(ledger, claim, titles)

    monkeypatch.setattr(context, "claim_evidence", counted)
    result = verify(ledger)
    assert {f.code[:3] for f in result.findings} >= {"FL1", "FL2", "FL3", "FL4", "FL5"}
    assert worded == []
    shown = [c.key for f in result.findings for c in f.evidence.claims]
    assert set(worded) == set(shown) and all(set(f.claims) <= set(shown) for f in result.findings)


def test_attrs_reads_evidence_later_as_the_evidence_it_makes():
    attrs = pytest.importorskip("attrs")
    finding = Finding("FL101", "derivation-inconsistent", Severity.ERROR, "m", Location("a.toml", 3), ("a:x",),
                      _later([]))
    assert attrs.asdict(finding)["evidence"] == attrs.asdict(EVIDENCE)
    assert [a.name for a in attrs.fields(type(finding.evidence))] == ["steps", "allowance", "claims"]
