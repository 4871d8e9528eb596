"""Currencies in extraction: every symbol the figure reader reads is drafted as its money."""

from __future__ import annotations

import pytest

from factledger import load
from factledger.extraction import drafts, extract
from factledger.figures import AMBIGUOUS_CURRENCY_SYMBOLS, CURRENCY_SYMBOLS, read_figure

LEDGER_HEAD = '[article]\nid = "a"\n'
#: the reader's "R500" is South African rand; extraction leaves a capital R before digits alone
NOT_DRAFTED = {"R"}


def _spaced(symbol: str) -> str:
    """ "Rs 5 billion", "₦5 billion": a symbol of letters is printed apart from its number."""
    return f"{symbol} " if symbol.rstrip(".").isalpha() else symbol


def _ledger(tmp_path, sentence: str):
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml(extract(sentence)), encoding="utf-8")
    return load(ledger)


@pytest.mark.parametrize("symbol", sorted(set(CURRENCY_SYMBOLS) - NOT_DRAFTED))
def test_every_symbol_the_figure_reader_reads_is_drafted_as_its_currency(tmp_path, symbol):
    """The figure reader's table is extraction's: a currency the reader learns is drafted with it,
    as the money the table names, and the draft loads as that money."""
    printed = f"{_spaced(symbol)}5 billion"
    [claim] = extract(f"The state spent {printed} on roads.")
    assert (claim.printed, claim.unit, claim.figure.value) == (printed, CURRENCY_SYMBOLS[symbol], 5e9)
    [loaded] = _ledger(tmp_path, f"The state spent {printed} on roads.").claims.values()
    assert (loaded.figure.text, loaded.figure.unit_text) == (printed, CURRENCY_SYMBOLS[symbol])


@pytest.mark.parametrize(("sentence", "printed", "unit", "value"), [
    ("Nigeria raised ₦5 billion in bonds.", "₦5 billion", "NGN", 5e9),  # was a bare "5 billion"
    ("Bangladesh spent Tk 40 crore on roads.", "Tk 40 crore", "BDT", 4e8),  # was left out, as a name
    ("Egypt borrowed E£10bn last year.", "E£10bn", "EGP", 1e10),  # was left out; never pounds sterling
    ("Kenya's levy is KSh 50 per litre.", "KSh 50 per litre", "KES/litre", 50),  # was a count per count
    ("Israel's budget grew by ₪2 billion.", "₪2 billion", "ILS", 2e9),
    ("Vietnam's exports hit ₫1.2 trillion.", "₫1.2 trillion", "VND", 1.2e12),
    ("Bonds worth ₦5 billion to ₦7 billion were sold.", "₦5 billion to ₦7 billion", "NGN", 6e9),
    # signs after the amount, as the figure reader reads them
    ("Poland paid 4 billion zł for it.", "4 billion zł", "PLN", 4e9),
    ("Prague paid 300 Kč each.", "300 Kč", "CZK", 300),
    ("A ticket costs 5 € in Paris.", "5 €", "EUR", 5),
    ("Lagos paid 5₦ a litre.", "5₦", "NGN", 5),
])
def test_a_currency_the_reader_knows_is_drafted_before_or_after_the_amount(sentence, printed, unit, value):
    """The new currencies are drafted as money, not as a bare number or a count."""
    [claim] = extract(sentence)
    assert (claim.printed, claim.unit) == (printed, unit)
    assert claim.figure.value == pytest.approx(value)
    assert read_figure(claim.figure.text).unit_text.split("/")[0] in (unit.split("/")[0], "Kč", "zł", "€")


@pytest.mark.parametrize("symbol", sorted(AMBIGUOUS_CURRENCY_SYMBOLS))
def test_a_symbol_of_two_currencies_is_drafted_as_the_first_and_flagged(symbol):
    """"¥" is the yen or the yuan: the draft takes the first and says it is ambiguous."""
    [claim] = extract(f"It spent {symbol}5 billion.")
    assert (claim.unit, "unit-ambiguous" in claim.flags) == (AMBIGUOUS_CURRENCY_SYMBOLS[symbol][0], True)


@pytest.mark.parametrize(("sentence", "printed"), [
    ("In 2023 USD 5bn was spent.", ["USD 5bn"]),  # the code is the second amount's, not "2023 USD"
    ("Of the 12 € 5 notes, two were fake.", ["12", "€ 5"]),
    ("The R 5 road and R500 were named.", []),  # a capital R before digits is a name, not a rand
    ("The rs 5 and rm 3 files.", ["5", "3 files"]),  # currency symbols are case-sensitive
    ("The XRM5 and PRs 12 went.", []),  # letters glued before the symbol make a name
])
def test_a_currency_symbol_belongs_to_the_amount_it_stands_before(sentence, printed):
    """A currency after a number that stands before another amount is that amount's; a symbol
    of letters is a currency only as a word of its own, in its case, before digits."""
    assert [claim.printed for claim in extract(sentence)] == printed


def _drafted(tmp_path, text: str):
    """The drafts of ``text`` as (figure, unit, note), and the ledger they make, loaded."""
    fields = [fields for _, fields in drafts.entries(extract(text))[0]]
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml(extract(text)), encoding="utf-8")
    return [(f["figure"], f.get("unit"), f["note"]) for f in fields], load(ledger)


@pytest.mark.parametrize(("sentence", "printed", "unit"), [
    ("Pakistan's government set aside Rs 50 billion for relief.", "Rs 50 billion", "PKR"),
    ("The Pakistani cabinet approved Rs. 2 billion.", "Rs. 2 billion", "PKR"),
    ("Sri Lanka's central bank lent Rs 3 billion.", "Rs 3 billion", "LKR"),
    ("Nepal will spend ₨ 400 million on roads.", "₨ 400 million", "NPR"),
    ("The Nepalese budget gives 300 rupees a head.", "300 rupees", "NPR"),
    # the country named last before the figure decides
    ("India spent Rs 5,000 crore on the fence along the Pakistan border.", "Rs 5,000 crore", "INR"),
    ("After India's offer, Pakistan pledged Rs 1 billion.", "Rs 1 billion", "PKR"),
    # named last, though named first too: the last naming decides, not the first
    ("Pakistan, unlike India, says Pakistan will spend Rs 50 billion.", "Rs 50 billion", "PKR"),
    ("India, unlike Pakistan, says India will spend Rs 50 billion.", "Rs 50 billion", "INR"),
])
def test_rupees_are_the_rupees_of_the_country_their_sentence_names(tmp_path, sentence, printed, unit):
    """ "Rs" was always drafted as the Indian rupee; a sentence that names Pakistan, Sri Lanka or
    Nepal gives their rupee, flagged, with a note that says why; the ledger reads that rupee."""
    [(figure, drafted_unit, note)], ledger = _drafted(tmp_path, sentence)
    assert figure == printed
    [claim] = ledger.claims.values()
    assert claim.figure.unit_text.split("/")[0] == unit
    if unit != "INR":
        assert drafted_unit == unit and "unit-ambiguous" in note
        assert f"the unit is {unit}, as the sentence names " in note


def test_rupees_in_an_article_that_names_another_country_say_which_unit_to_set(tmp_path):
    """Where only another sentence names Pakistan, the draft stays in INR, as the figure reader
    takes "Rs", and its note says to set PKR if the rupees are Pakistan's."""
    text = "Pakistan's budget was presented.\n\nPetrol prices were raised by Rs 4.80 to Rs 272.15 a litre."
    rows, ledger = _drafted(tmp_path, text)
    assert [(figure, unit) for figure, unit, _ in rows] == [("Rs 4.80", "INR"), ("Rs 272.15 a litre", "INR/litre")]
    for _, _, note in rows:
        assert ("'Rs' and 'rupees' may be India's, Pakistan's, Sri Lanka's or Nepal's: the unit is a guess (INR, as "
                "the figure reader takes them), but the article names Pakistan: set \"PKR\" for the rupees of "
                "Pakistan; flags: unit-ambiguous") in note
    assert [claim.figure.unit_text for claim in ledger.claims.values()] == ["INR", "INR/litre"]


@pytest.mark.parametrize("text", ["The state spent Rs 5 crore on roads.",
                                  "Pakistan paid ₹500 to the Indian vendor.",  # "₹" is India's alone
                                  "India's Rs 40 billion plan drew Pakistan's anger."])
def test_rupees_of_india_alone_are_drafted_as_before(text):
    """An article that names no other rupee's country, the sign "₹", and a sentence that names
    India last before the figure give INR with no flag and no hint."""
    [claim] = extract(text)
    assert (claim.unit, "unit-ambiguous" in claim.flags, claim.hint) == ("INR", False, "")
