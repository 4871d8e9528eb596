"""Currencies named in words: every word the figure reader reads after an amount is drafted as
its money, a word of English too ("won", "rand") only where it reads as money."""

from __future__ import annotations

import pytest

from factledger import load
from factledger.extraction import drafts, extract, lexicon
from factledger.figures import CURRENCY_CODES, CURRENCY_WORDS_OF_MANY, read_figure
from factledger.units import NEWS_UNITS

LEDGER_HEAD = '[article]\nid = "a"\n'


def _loaded(tmp_path, text: str):
    """The claims of the ledger the drafts of ``text`` make, loaded."""
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER_HEAD + "\n" + drafts.to_toml(extract(text)), encoding="utf-8")
    return list(load(ledger).claims.values())


def _money(text: str) -> list[tuple[str, str]]:
    """(printed, unit) of each mention of ``text`` drafted as money."""
    return [(claim.printed, claim.unit) for claim in extract(text) if claim.unit.split("/")[0] in CURRENCY_CODES]


def test_the_currency_words_are_the_figure_readers():
    """One source of truth: every word the reader's unit table names a currency with, and every
    word of several countries' money, is a currency word of extraction, with the same code (the
    first of several)."""
    table = {word.replace("_", " ").lower(): code for word, code in NEWS_UNITS.items()
             if code in CURRENCY_CODES and word.replace("_", "").isalpha() and word.isascii() and not word.isupper()}
    table.update({word.lower(): codes[0] for word, codes in CURRENCY_WORDS_OF_MANY.items()})
    assert table.items() <= lexicon.CURRENCY_WORDS.items()
    assert {word: lexicon.WORD_UNITS[word] for word in table} == table


@pytest.mark.parametrize(("word", "code"), [
    ("won", "KRW"), ("naira", "NGN"), ("baht", "THB"), ("zloty", "PLN"), ("zlotys", "PLN"), ("rand", "ZAR"),
    ("ringgit", "MYR"), ("shekels", "ILS"), ("taka", "BDT"), ("rupiah", "IDR"), ("dong", "VND"),
    ("cedis", "GHS"), ("forints", "HUF"), ("soles", "PEN"), ("kronor", "SEK"), ("riyals", "SAR"), ("rials", "IRR"),
    ("lira", "TRY"), ("koruna", "CZK"), ("renminbi", "CNY"), ("hryvnias", "UAH"), ("Swiss francs", "CHF"),
    ("US dollars", "USD"), ("pounds sterling", "GBP"), ("Mexican pesos", "MXN"),
])
def test_a_currency_word_after_an_amount_is_drafted_as_its_money(tmp_path, word, code):
    """ "5 trillion won", "40 billion naira" were a bare "5 trillion" and "40 billion" (and
    "2 billion shekels" a count of shekels); they are drafted in their currency, and load so."""
    printed = f"5 trillion {word}"
    [claim] = extract(f"The state spent {printed} on roads.")
    assert (claim.printed, claim.unit, claim.figure.value, claim.flags) == (printed, code, 5e12, ())
    [loaded] = _loaded(tmp_path, f"The state spent {printed} on roads.")
    assert loaded.figure.compiled_unit().dims == ((f"[currency_{code}]", 1.0),)
    assert loaded.figure.text == printed


def test_the_reader_reads_hryvnias_as_it_reads_hryvnia():
    """The plural was refused ("did you mean 'hryvnia'?"), so extraction kept a list of its own."""
    assert read_figure("2 billion hryvnias").compiled_unit().dims == (("[currency_UAH]", 1.0),)


@pytest.mark.parametrize(("text", "money"), [
    ("Seoul will spend 5 trillion won on chips.", [("5 trillion won", "KRW")]),
    ("A coffee costs 5,000 won.", [("5,000 won", "KRW")]),
    ("The fund lent 2 trillion won last year.", [("2 trillion won", "KRW")]),
    ("It pays 50,000 won a month.", [("50,000 won a month", "KRW/month")]),
    ("Seoul paid 1.5 trillion won, or $1.1 billion.", [("1.5 trillion won", "KRW"), ("$1.1 billion", "USD")]),
    ("It spent 5 trillion won (US$3.7 billion).", [("5 trillion won", "KRW"), ("US$3.7 billion", "USD")]),
    ("Shares rose 3,000 won to 80,000 won.", [("3,000 won", "KRW"), ("80,000 won", "KRW")]),
    ("A 10,000-won note was found.", [("10,000-won", "KRW")]),
    ("Pretoria paid five hundred million rand.", [("five hundred million rand", "ZAR")]),
    ("Hanoi raised 10 trillion dong in bonds.", [("10 trillion dong", "VND")]),
    ("Peru spent 2 billion soles.", [("2 billion soles", "PEN")]),
    ("Miners earn 12,000 soles a day.", [("12,000 soles a day", "PEN/day")]),
    # "over" a span of time after money says when; "won over by" is the verb (below)
    ("Seoul spent 5 trillion won over the past decade.", [("5 trillion won", "KRW")]),
    ("It pays 50,000 won over two years.", [("50,000 won", "KRW")]),
    # soles counted under a thousand are money in an article that names Peru
    ("In Lima, a porter earns 50 soles a day.", [("50 soles a day", "PEN/day")]),
    ("Porters earn 50 soles a day.\n\nPeru's minimum wage rose.", [("50 soles a day", "PEN/day")]),
])
def test_a_currency_word_of_english_is_money_after_an_amount_money_is_counted_in(text, money):
    """ "won", "rand", "dong" and "soles" are money after a scale word or 1,000 or more, where the
    words after them do not read them as English."""
    assert _money(text) == money


@pytest.mark.parametrize(("text", "printed"), [
    ("Of the 40 candidates, 12 won seats.", ["40 candidates", "12 won seats"]),  # as before: a count
    ("Of 3,000 entrants, 1,200 won the prize.", ["3,000 entrants", "1,200"]),
    ("Labour won 5 seats.", ["5 seats"]),
    ("The team played 10 games and 7 won.", ["10 games", "7"]),
    ("About 2 million won the lottery.", ["2 million"]),
    ("Of 5,000 players, 3,000 won Best Team awards.", ["5,000 players", "3,000 won Best Team awards"]),
    ("The bank paid 5 trillion Won.", ["5 trillion"]),  # the reader reads the word in lower case only
    ("Five Rand analysts agreed, and 5 Rand staff.", ["Five Rand analysts", "5 Rand staff"]),
    ("She won 3 of 5 races, 2 won outright.", ["3", "5 races", "2"]),
    ("Of 20,000 voters, 16,000 won over by the campaign stayed.", ["20,000 voters", "16,000"]),
    # soles counted under a thousand, in an article that names no Peru: shoes' or fish
    ("A cobbler fits 50 soles a day.", ["50 soles a day"]),
])
def test_a_currency_word_of_english_that_reads_as_english_is_no_money(text, printed):
    """After a small amount, or before words that make it a verb or a name ("won seats", "won
    the", "won Best", "Won"), the word is English: nothing is drafted as money, and the
    mentions are what they were before the word was known."""
    claims = extract(text)
    assert [claim.printed for claim in claims] == printed
    assert not any(claim.unit.split("/")[0] in CURRENCY_CODES for claim in claims)


def test_an_exchange_rate_takes_a_currency_word_of_english_only_as_a_noun():
    """ "the won" names the currency an exchange rate is in; "Labour won" does not."""
    assert _money("The won weakened to 1,400 per dollar.") == [("1,400 per dollar", "KRW/USD")]
    [claim] = extract("Labour won as the index rose to 1.25 per dollar.")
    assert claim.unit == "/USD"


@pytest.mark.parametrize(("text", "unit", "hint"), [
    ("The Philippines will spend 30 billion pesos on roads.", "PHP",
     "'pesos' is the money of Mexico, the Philippines, Argentina, Chile and Colombia: the unit is PHP, as the "
     "sentence names the Philippines: check it"),
    ("Argentina's peso fell to 900 per dollar, and Chile's too.", "ARS/USD",
     "'peso' is the money of Mexico, the Philippines, Argentina, Chile and Colombia: the unit is ARS, as the "
     "sentence names Argentina: check it"),
    ("Danish pension funds hold 3 billion kroner.", "DKK",
     "'kroner' is the money of Norway and Denmark: the unit is DKK, as the sentence names Denmark: check it"),
    ("The fund spent 30 billion pesos.", "MXN",
     "'pesos' is the money of Mexico, the Philippines, Argentina, Chile and Colombia: the unit is a guess (MXN, "
     "the first the figure reader lists), as the sentence names none of them: set \"PHP\" or \"ARS\" or \"CLP\" "
     "or \"COP\" for another"),
    ("Kenya will borrow 30 billion shillings.", "KES",
     "'shillings' is the money of Kenya, Uganda and Tanzania: the unit is KES, as the sentence names Kenya: check it"),
    ("Morocco will spend 5 billion dirhams on water.", "MAD",
     "'dirhams' is the money of the United Arab Emirates and Morocco: the unit is MAD, as the sentence names "
     "Morocco: check it"),
    ("Cameroon will spend 30 billion CFA francs.", "XAF",
     "'CFA francs' is the money of West Africa and Central Africa: the unit is XAF, as the sentence names "
     "Central Africa: check it"),
    ("The fund spent 3 billion francs.", "CHF",
     "'francs' is the money of Switzerland, West Africa and Central Africa: the unit is a guess (CHF, the first "
     "the figure reader lists), as the sentence names none of them: set \"XOF\" or \"XAF\" for another"),
])
def test_money_of_several_countries_is_the_money_of_the_country_the_sentence_names(tmp_path, text, unit, hint):
    """The reader asks the ledger's unit to say whose pesos or kroner: the draft gives the
    country's the sentence names, or a guess, flagged, and its note says which and why."""
    [claim] = extract(text)
    assert (claim.unit, claim.hint, "unit-ambiguous" in claim.flags) == (unit, hint, True)
    [(_, fields)], _ = drafts.entries([claim])
    assert fields["unit"] == unit and hint in fields["note"]
    [loaded] = _loaded(tmp_path, text)
    assert loaded.figure.unit_text == unit
