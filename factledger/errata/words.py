"""What the errata report says in plain words, in one place: seriousness and effect on the story."""

from __future__ import annotations

from factledger.findings import Severity

SERIOUSNESS = {
    Severity.ERROR: "Needs correction",
    Severity.WARNING: "Check before publishing",
    Severity.INFO: "For information",
}

#: the seriousness of a slip in the ledger, which changes nothing in print
LEDGER_SLIP = "Fix in the ledger"

UNCHECKED_WHY = ("No calculation, comparison or reference range in the ledger covers this figure, "
                 "so nothing could confirm or contradict it.")

#: how a report names a figure the ledger computes from others but the article never prints
IMPLIED = "A figure the article implies"

_DERIVED = ("Yes: it is a figure the article works out from other figures, so readers take it "
            "as a result.")
_CONFLICT = ("Yes: two published figures for the same thing contradict each other; a reader "
             "of both sees it.")

#: the effect of FL5 findings whose figures are all from one article
SELF_CONTRADICTION = ("Yes: the article gives two different figures for the same thing, and a reader "
                      "who meets both cannot tell which is right.")

#: By rule code, or by family prefix ("FL1") when every rule of the family has the same effect.
_EFFECTS = {
    "FL1": _DERIVED,
    "FL102": "No: the figure stands, though it sits at the edge of what its rounded inputs allow.",
    "FL2": _DERIVED,
    "FL203": "Yes: it is a conversion printed next to the original figure; the two disagree.",
    "FL204": "No: the ledger's calculation or comparison mixes quantities of different kinds, so the "
             "figures it concerns are not checked until it is fixed.",
    "FL301": "Yes: it concerns shares of one whole, which readers add up.",
    "FL302": "Yes: it concerns a total and the parts it is made of.",
    "FL303": "Yes: it concerns a comparison the article draws between figures.",
    "FL304": "Yes: the article gives this figure twice, and the two disagree.",
    "FL4": "It concerns this figure alone, not a calculation or comparison; a slip of scale "
           "changes what it means.",
    # FL402 finds no scale that would explain the figure
    "FL402": "It concerns this figure alone, not a calculation or comparison; it may be right and "
             "exceptional, or wrong: confirm it with the source.",
    "FL5": _CONFLICT,
    "FL503": "No: the figures are for different periods; the change itself may be worth reporting.",
    "FL505": "No: the article reports what each of its sources says; a reader should find it saying that "
             "they disagree.",
    "FL6": "No: it concerns how the ledger records the quote, not the published figure.",
    "FL603": "No: the ledger's entry is still a draft, so its figure is not checked until an editor "
             "has reviewed it.",
    "FL9": "No: the ledger's calculation has no answer, so the figure is not checked until it is fixed.",
    "FL902": "No: the slip is in the ledger's derivation; the published figure agrees with its inputs.",
}


def effect_on_story(code: str, one_article: bool = False) -> str:
    """Whether a finding changes a headline figure or a comparison, said plainly.

    A conflict (FL5) within ``one_article`` is the article contradicting itself, not two
    published sources disagreeing.
    """
    if one_article and code in ("FL501", "FL502", "FL504"):
        return SELF_CONTRADICTION
    return _EFFECTS.get(code) or _EFFECTS.get(code[:3]) or "It concerns this figure alone."
