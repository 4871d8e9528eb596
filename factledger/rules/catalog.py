"""Every rule factledger knows, in one table. Codes are permanent; a retired code is never reused.

Families: FL1 arithmetic, FL2 units and rates, FL3 relations within a ledger,
FL4 plausibility, FL5 conflicts across sources, FL6 provenance (and review), FL9 derivations
the ledger cannot compute or writes wrong.
"""

from __future__ import annotations

from factledger.findings import Severity
from factledger.rules.base import Explanation, Rule

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

DERIVATION_INCONSISTENT = Rule(
    "FL101", "derived-figure-inconsistent", E,
    "{printed} does not follow from {expression}: recomputed {computed}, a gap of {gap}",
    "Recompute {printed} from its inputs, or correct the input that is wrong",
    Explanation(
        what="A figure the article presents as the result of arithmetic on other figures, where no "
             "reading of the inputs within their printed precision and hedges gives the printed result.",
        why="Readers trust derived figures because they can see where they come from; a wrong one "
            "undermines every figure around it.",
        example="\"12,000 troops at $2,000 a month: $36M a month\" (12,000 x 2,000 = 24M).",
        fix="Recompute the result, or find which input was misprinted."))

DERIVATION_THROUGH_ROUNDING = Rule(
    "FL102", "consistent-only-through-rounding", I,
    "{printed} matches {expression} only through rounding: the exact result is {computed}",
    "No correction needed; consider printing the figure with one more digit",
    Explanation(
        what="A derived figure whose exact recomputation differs from the printed value, but which "
             "some reading of the rounded inputs reproduces.",
        why="Not an error. Worth knowing when a figure sits at the edge of what its inputs allow.",
        example="\"1,500 a day for 8 days is 12,500\": 12,000 exactly, but the rounded inputs allow up to "
                "1,550 x 8.5 = 13,175, which takes in 12,500.",
        fix="Nothing, or print the inputs with more precision."))

RATE_DROPPED = Rule(
    "FL201", "rate-dropped-from-figure", W,
    "{printed} is a total, but the computation gives a rate: {computed}",
    "Print the rate: {correction}",
    Explanation(
        what="A printed figure whose magnitude matches the computation, but which lost the "
             "\"per month\" (or per day, per year) that the inputs carry. The period tried first is "
             "one the derivation names (an input's rate, an input of \"8 days\", a \"365 day\" in "
             "it), then a day, a week, a month and a year.",
        why="\"$24M\" and \"$24M a month\" differ by a factor of twelve over a year; readers compare "
            "the figure with annual totals and conclude the wrong thing.",
        example="\"paid $2,000/month ... with 12,000 troops deployed, this amounts to $24M\".",
        fix="Add the rate to the figure (\"$24M a month\") or state the period it covers."))

DIMENSION_MISMATCH = Rule(
    "FL202", "dimension-mismatch", E,
    "{printed} is a quantity of {stated_dims}, but {expression} gives {computed_dims}",
    "Check the units of {printed} and of its inputs",
    Explanation(
        what="A derived figure whose kind of quantity (money, mass, time, people ...) differs from "
             "what the computation produces, beyond a dropped rate.",
        why="A figure in the wrong kind of unit cannot be right, whatever its digits.",
        example="\"12,000 troops at 1,500 casualties a day: done in 8 tonnes\".",
        fix="Correct the unit, or the derivation recorded in the ledger."))

CONVERSION_MISMATCH = Rule(
    "FL203", "unit-conversion-wrong", E,
    "{printed} and {other} are given as the same quantity, but convert to {left} vs {right}",
    "Correct the conversion: {printed} is {converted}",
    Explanation(
        what="Two printings of one quantity in different units (1,520 mm / 4 ft 11 27/32 in, "
             "MCM a month / BCM a year) that do not agree after conversion.",
        why="Conversions look authoritative; a wrong one spreads to every reader who reuses it.",
        example="\"1,520 mm (4 ft 9 in)\": 4 ft 9 in is about 1,448 mm.",
        fix="Recompute the converted figure from the original unit."))

INCOMPATIBLE_SUM = Rule(
    "FL204", "incompatible-units-in-sum", E,
    "{expression} adds or compares {left_dims} with {right_dims}",
    "{advice}",
    Explanation(
        what="A derivation or check that adds, subtracts or compares quantities of different kinds.",
        why="Tonnes plus dollars has no meaning. (Euros against dollars, or °C against °F outside a "
            "\"same\" check, are one quantity on two scales: such a check is left unverifiable, with "
            "the reason, not reported.)",
        example="holds = \"tonnage > revenue_usd\".",
        fix="Fix the ledger entry: compare or add quantities of one kind."),
    slip_in="derivation")

POINTS_PRINTED_AS_PERCENT = Rule(
    "FL205", "percentage-points-printed-as-percent", W,
    "{printed} is the change from {earlier} to {later}, which is in percentage points; as a percent "
    "change it would be {relative}",
    "Print the change in percentage points: {correction}",
    Explanation(
        what="A figure printed in percent that the ledger derives as the difference of two percentages "
             "of one thing for two periods (the same subject and measure, or periods that differ): "
             "\"18.4%, up from 15.9%, a rise of 2.5%\". The difference of two percentages is in "
             "percentage points; \"2.5%\" reads as a relative change, which is 15.7% here. Only a "
             "figure whose value the difference gives is reported (one it does not is FL101), and a "
             "difference of shares of one whole in one period (\"62% of the budget, 45% on salaries, "
             "17% on benefits\") is a share itself, in percent, and is not.",
        why="A rise from 15.9% to 18.4% is 2.5 points but 15.7 percent: the two readings differ by a "
            "factor of six, and readers take \"percent\" as the relative one.",
        example="\"18.4% ended in a hospital admission, up from 15.9% a year earlier, a rise of 2.5%\".",
        fix="Print the change in percentage points (\"2.5 percentage points\"), or, if the relative "
            "change was meant, print that (\"15.7%\")."))

SHARES_EXCEED_WHOLE = Rule(
    "FL301", "shares-exceed-whole", E,
    "shares of one whole add up to {total}, more than {whole}",
    "Check each share; shares of one whole cannot add up to more than {whole}",
    Explanation(
        what="Percentages or fractions stated as parts of one whole whose sum is over 100 %.",
        why="It shows at least one share is wrong, or that the shares are of different wholes.",
        example="\"China holds 92.5% and Russia 12.5% of North Korea's trade\".",
        fix="Correct the share that is wrong, or say which whole each share is of."))

PARTS_DO_NOT_ADD_UP = Rule(
    "FL302", "parts-do-not-add-up", E,
    "the parts add up to {computed}, but the total is given as {printed}",
    "Correct the total or the part that is wrong",
    Explanation(
        what="Figures stated as the parts of a total that do not add up to it, within rounding.",
        why="Totals are checked by readers with a calculator; a gap is visible and discrediting.",
        example="\"turnover $76.8M: exports $8.8M and imports $78M\".",
        fix="Recompute the total, or find the misprinted part."))

COMPARISON_FAILS = Rule(
    "FL303", "stated-comparison-false", E,
    "the article says {holds}, but {left} vs {right}",
    "Correct the comparison or the figures",
    Explanation(
        what="A comparison stated in prose (\"more than a year's demand\", \"higher than\", "
             "\"most\") that the figures do not support: no values within their rounding and hedges "
             "satisfy it. Readings that share only an end point are two values, as in FL304: \"3%\" "
             "(2.5 to 3.5) is neither equal to \"4%\" (3.5 to 4.5) nor at least it, as 3.5 rounds to one "
             "or the other, never to both; an exact figure (a single point) meets a reading that contains "
             "it. Figures whose printed values satisfy the comparison are never reported.",
        why="Comparisons are how readers take in numbers; a false one misleads even when every "
            "figure is right.",
        example="\"inventories of 6.1 BCM, more than a year's demand of 6.9 BCM\".",
        fix="Correct the wording of the comparison, or the figure that is wrong."))

REPEATED_FIGURE_DISAGREES = Rule(
    "FL304", "repeated-figure-disagrees", E,
    "{printed} and {other} state the same figure but disagree: {left} vs {right}",
    "Use one figure in both places",
    Explanation(
        what="A figure the article repeats (in words and in digits, in a quote and in the text) "
             "with values that cannot both be right: their intervals do not meet, or share only an "
             "end point (\"1,240\" and \"1,250\" share only 1,245), as in FL501.",
        why="Readers notice; the correct one is then doubted too.",
        example="\"12,000 troops\" ... \"Fifteen thousand North Korean troops\".",
        fix="Make both mentions agree."))

IMPLAUSIBLE_MAGNITUDE = Rule(
    "FL401", "implausible-magnitude", W,
    "{printed} is outside the plausible range for {measure} ({range}); scaled by {scale} it would be {scaled}",
    "Check for a dropped scale word: did the source say {scaled}?",
    Explanation(
        what="A figure far outside a sourced reference range for its measure, which a factor of a "
             "thousand (or a million) would bring inside: the signature of a dropped \"thousand\". A bare "
             "number (\"30,000\") of a measure whose ranges count people or vessels is a count of them, "
             "as in FL402. Not for temperatures, nor against a range that runs from below zero to above "
             "it, which any figure shrunk a thousandfold falls inside (FL402 then). A figure whose "
             "reading reaches the range's bound is within it, as in FL402.",
        why="Scale slips are among the most common figure errors and the easiest to miss, because "
            "the digits are right.",
        example="\"ship 30 tonnes of oil to Cuba each month\": the smallest tanker carries thousands of tonnes.",
        fix="Check the original source for the scale word, and correct the figure."))

OUT_OF_RANGE = Rule(
    "FL402", "outside-reference-range", W,
    "{printed} is outside the plausible range for {measure} ({range})",
    "Check the figure against its source",
    Explanation(
        what="A figure outside a sourced reference range for its measure, with no simple scale slip "
             "that explains it. Figures of the range's kind are checked; a bare number (\"3,000\", no unit) "
             "that may be a count is a count of what the measure's ranges count, when they count one kind "
             "(people or vessels) and none is of pure numbers, as the cross-source checks read it (FL501); "
             "a share or fraction (\"5%\", \"0.5\") is not. A figure whose reading reaches the range "
             "only at its end is within it: \"3,000 t\" (2,500 to 3,500) against loads of up to 2,500 t. "
             "Unlike two figures whose readings only touch (FL501), which would need one value to round "
             "two ways, this is one rounding: a load of 2,500 t, plausible, prints as \"3,000 t\", and a "
             "finding against it would be a false alarm.",
        why="It may be right and newsworthy, or wrong; either way it deserves a second look.",
        example="\"a tanker carrying 900,000 tonnes\" against tanker loads of 1,000-500,000 t: a thousandth "
                "of it, 900 t, is outside the range too.",
        fix="Confirm the figure with its source; if it is right, say why it is exceptional."))

OUTLIER_IN_MEASURE = Rule(
    "FL403", "outlier-among-same-measure", W,
    "{printed} is about {ratio} times {direction} than the other figures for {measure} in the ledger",
    "Check {printed} for a scale slip",
    Explanation(
        what="A figure at least 300 times larger or smaller than every other figure of the same "
             "measure and kind in the ledger (of three or more; a bare number counts what its subject's "
             "other figures of the measure count, and is never compared with a share, as in FL501), where the others lie closer together than "
             "that: a thousandfold slip stands out even when the figures vary, and a measure whose "
             "figures span orders of magnitude (populations of countries) gives no scale to slip from. "
             "Nor does a measure that may lie below zero (a figure of it does, or the ledger marks one "
             "signed = true): a trade balance near zero is as ordinary as a large one. "
             "Each outlier makes a check of its own (kind `outlier`, inconsistent), against the figures "
             "nearest the others' median that its evidence shows (five at most); those and the outlier "
             "count as checked. The measure's other figures do not: lying within 300 times of one another "
             "confirms nothing about any of them, with or without an outlier among them.",
        why="Without a reference range, the ledger's own figures are the best evidence of scale.",
        example="Tanker loads of 80,000 t, 60,000 t and 70 t.",
        fix="Check the outlier against its source."))

CONFLICT_ACROSS_SOURCES = Rule(
    "FL501", "conflicting-figures", E,
    "{printed} ({where}) conflicts with {other} ({other_where}) for {measure} of {subject}",
    "Find which figure is right, or record why they differ",
    Explanation(
        what="Two figures for the same measure of the same subject and the same period whose "
             "intervals do not meet. Intervals that share only an end point do not meet: \"40\" "
             "(35 to 45) and \"50\" (45 to 55) are two figures, as a value of 45 rounds to one or the "
             "other, never to both; an exact figure (a single point) meets an interval that contains it. "
             "The same period: the same span (\"2016\" and "
             "\"2016-01/2016-12\"), or, when either is \"as of publication\", spans that overlap. "
             "Figures of one kind of quantity are compared (here and in FL502-FL504): a bare number "
             "(\"15,000\") counts what the other figures of its subject and measure count, when they "
             "all count one kind (\"12,000 troops\", \"40 ships\"); a fraction, percent or multiple (\"0.5\", \"50%\", "
             "\"3 times\") is no count, and mass, money and other kinds never meet a bare number. Nor "
             "does a share or multiple: \"15,000\" and \"5%\" of one name are a count and a share named "
             "alike, not two readings of one number; a pure number that can be no count (\"0.05\") "
             "compares with both.",
        why="Both cannot be true; a reader of both articles sees a contradiction.",
        example="China's share of North Korea's trade: 92.5% (2016) and 97% (2016).",
        fix="Check both against their sources; correct one, or record the difference in definition."))

CONFLICT_PERIOD_UNSTATED = Rule(
    "FL502", "conflict-period-unstated", E,
    "{printed} ({where}) vs {other} ({other_where}) for {measure} of {subject}: state the periods to resolve",
    "{state}; if the periods then differ this becomes a note",
    Explanation(
        what="Two figures for the same measure of the same subject that disagree, where at least one "
             "does not say what period it describes.",
        why="They may describe different years, which is no conflict, or the same year, which is. "
            "Only the period tells.",
        example="China's share of North Korea's trade: 92.5% (2019 article) vs 97% (2024 article).",
        fix="Record the period of each figure in the ledger (from the article or its source). A period "
            "that runs to publication (\"as of publication\", \"since 2002\") needs the article's "
            "`published` date."))

DIFFERS_ACROSS_PERIODS = Rule(
    "FL503", "figure-changed-between-periods", I,
    "{printed} ({where}) and {other} ({other_where}) for {measure} of {subject} differ, for different periods",
    "{action}; the change over time may itself be worth reporting",
    Explanation(
        what="Two figures for the same measure of the same subject that differ, stated for different "
             "periods: periods that do not overlap, or a period and a part of it (2016 and May 2016). "
             "Two figures counted from one start to two dates, one of them to publication (\"since June 26, "
             "2026\" in two articles), where the later is lower, read as a running total that fell: the "
             "evidence says so, and the suggestion asks to set cumulative = true on both claims if they are "
             "running totals, which makes the fall an error (FL504). Unmarked, they stay a note, as a figure "
             "since a date may also be a rate or a level. Where the two periods read alike, each figure's place "
             "says the day its period runs to (\"since June 26, 2026, to publication on 2026-07-10\"), which "
             "is what differs.",
        why="Not a conflict: the figure changed, or a year's figure differs from a month's. Listed so "
            "editors see the change.",
        example="China's share of North Korea's trade: 92.5% (2016) and 97% (2023).",
        fix="Nothing to correct; consider whether the change over time deserves a sentence."))

RUNNING_TOTAL_FALLS = Rule(
    "FL504", "running-total-decreases", E,
    "{other} ({other_where}) is a running total, yet it is below the earlier {printed} ({where})",
    "Check both figures; a cumulative total cannot fall",
    Explanation(
        what="A cumulative figure (\"since 2002\", \"in total so far\") that is smaller at a later date "
             "than at an earlier one. Both figures must be running totals counted from the same start: a "
             "year's figure, or a total since another year, is a figure for a different period (FL503).",
        why="Totals that accumulate never go down; one of the two figures is wrong.",
        example="\"N$1.3 billion paid since 2002\" (2017), then \"N$900 million since 2002\" (2019).",
        fix="Check both against their sources."))

SOURCES_DISAGREE_IN_ARTICLE = Rule(
    "FL505", "sources-disagree-in-article", I,
    "{printed} ({where}) and {other} ({other_where}) for {measure} of {subject} differ: the article gives "
    "both, from sources that disagree",
    "Make sure the article says its sources disagree; nothing to correct if it does",
    Explanation(
        what="Two figures of one article for the same measure of the same subject and period that do not "
             "meet, each attributed to a source of its own (the claims' `source` or `attributed_to` differ): "
             "the article reports a disagreement, as \"officials disagreed on the death toll\" does. Where "
             "either figure is the article's own, or both come from one source, the article contradicts "
             "itself, which is a conflict (FL501).",
        why="Reporting what each source says is accurate, and no correction is due; but a reader who "
            "meets both figures should find the article saying that they differ, and why if it knows.",
        example="The county health director: \"at least 23 people had died\"; the medical examiner: "
                "\"17 heat deaths\" confirmed, for the same week.",
        fix="Nothing, if the article says the sources disagree; otherwise say so, or record what tells "
            "the figures apart (confirmed deaths against all deaths) in their measures."))

QUOTE_LACKS_FIGURE = Rule(
    "FL601", "quote-lacks-figure", W,
    "the quote of {claim} does not contain the figure {printed} as printed",
    "Copy the quote and the figure from the article exactly",
    Explanation(
        what="A ledger entry whose quote does not contain its printed figure verbatim, as a number "
             "of its own: \"1,500 troops\" inside \"11,500 troops\", or \"5%\" inside \"15%\", is not it. "
             "A minus sign before the amount may be left out, as the ledger records a negative amount's "
             "size: \"about 3%\" for \"about -3%\"; not from a figure the ledger marks signed = true, "
             "which is read with its sign (\"0.5%\" is not in \"-0.5%\").",
        why="The quote is the evidence that the article said it; if the figure is not in it, the "
            "entry may record something the article never printed.",
        example="figure = \"$24M\", quote = \"this amounts to $24 million\".",
        fix="Make the figure exactly as printed, and the quote exactly as printed."),
    slip_in="quote")

QUOTE_NOT_IN_ARTICLE = Rule(
    "FL602", "quote-not-in-article", W,
    "the quote of {claim} is not in the article text",
    "Copy the quote from the article exactly",
    Explanation(
        what="A quote that does not appear verbatim in the article text the ledger points to. Spacing, "
             "line breaks, curly quotes and dashes typed as \"-\" or \"--\" do not count as changes. "
             "The evidence shows where the quote first parts from the passage it was copied from (the one "
             "that starts as it does, or else ends as it does), a few words of each side.",
        why="A misquote in a fact-check is worse than the error it reports.",
        example="quote = \"paid $2,000 a month\" where the article says \"$2,000/month\".",
        fix="Copy the sentence from the article."),
    slip_in="quote")

DRAFT_NOT_REVIEWED = Rule(
    "FL603", "draft-not-reviewed", W,
    "{claim} is a draft no one has reviewed: its {field} still starts with \"DRAFT:\"",
    "Check the draft against the article, then write its {field} without \"DRAFT:\" (or delete it)",
    Explanation(
        what="A claim whose subject or measure still starts with \"DRAFT: \", as `factledger extract` "
             "drafts them: a guess for an editor to review.",
        why="A draft's figure, unit and names are guesses. Until an editor has named it, no check "
            "that pairs figures by name compares it, so a ledger of drafts would pass with no other "
            "finding though nothing in it was checked.",
        example="subject = \"DRAFT: unknown\", measure = \"DRAFT: amount in US dollars\".",
        fix="Review the draft: correct its figure and unit if need be, name its subject and measure, "
            "and add the derivations and checks it takes part in; delete drafts of figures not worth "
            "recording."),
    slip_in="draft")

HEDGE_OR_CURRENCY_DROPPED = Rule(
    "FL604", "hedge-or-currency-dropped-from-figure", W,
    "{printed} leaves out {dropped}, which its quote prints with it: \"{as_quoted}\"",
    "Record the figure as the article prints it: figure = \"{as_quoted}\"",
    Explanation(
        what="A figure whose quote prints a hedge (\"more than\", \"about\", \"or more\": the words of the "
             "hedge table in docs/figures.md) or a currency (\"$\", \"Rs\", \"USD\") right beside it, which "
             "the figure leaves out, so FL601 finds the figure in the quote. A currency counts only when the "
             "figure is read as no money at all. Where the figure is printed more than once in the quote, "
             "once as it is recorded, nothing is reported.",
        why="The checks read the figure, not the quote: \"2.6 months\" for the article's \"about 2.6 months\" "
            "is held to its rounding, and a derivation the hedge would have met is reported against a "
            "correctly hedged article (FL101); \"141 million\" for \"$141 million\" is a pure number.",
        example="figure = \"2.4 million people\", quote = \"... for more than 2.4 million people ...\".",
        fix="Copy the figure with its hedge and currency, as printed: figure = \"more than 2.4 million people\". "
            "Where the word is no part of the figure (\"spread over 12 months\"), waive the finding."),
    slip_in="quote")

NOT_COMPUTABLE = Rule(
    "FL901", "figure-not-computable", E,
    "{expression} cannot be computed: {reason}",
    "Correct the derivation or the figures it uses",
    Explanation(
        what="A derivation or check whose arithmetic has no answer: division by a figure that may be "
             "zero, an overflow, or a power that is not a whole number.",
        why="A figure derived this way cannot be checked, and may not mean anything.",
        example="derived = \"total / change\" where change is \"0%\".",
        fix="Fix the derivation in the ledger."),
    slip_in="derivation")

PERCENT_TIMES_100 = Rule(
    "FL902", "percent-multiplied-by-100", W,
    "{printed} = {expression}: the ledger multiplies by 100, but a figure in percent is already in "
    "hundredths; without it the derivation gives {without}",
    "Drop \"* 100\" from the derivation: percent is a unit, and {printed} is already read in it",
    Explanation(
        what="A derivation in the ledger that multiplies a share by 100 for a figure printed in "
             "percent (or percentage points), where the share itself agrees with the figure.",
        why="The slip is the ledger's, not the article's: reported as an inconsistency, it would "
            "accuse a correct figure of being a hundred times too small.",
        example="figure = \"96%\" with derived = \"part / whole * 100\": the ledger computes 9,600%.",
        fix="Write derived = \"part / whole\": percent is a unit, and the share is read in it."),
    slip_in="derivation")

RULES: tuple[Rule, ...] = (
    DERIVATION_INCONSISTENT, DERIVATION_THROUGH_ROUNDING, RATE_DROPPED, DIMENSION_MISMATCH,
    CONVERSION_MISMATCH, INCOMPATIBLE_SUM, POINTS_PRINTED_AS_PERCENT, SHARES_EXCEED_WHOLE, PARTS_DO_NOT_ADD_UP,
    COMPARISON_FAILS,
    REPEATED_FIGURE_DISAGREES, IMPLAUSIBLE_MAGNITUDE, OUT_OF_RANGE, OUTLIER_IN_MEASURE,
    CONFLICT_ACROSS_SOURCES, CONFLICT_PERIOD_UNSTATED, DIFFERS_ACROSS_PERIODS, RUNNING_TOTAL_FALLS,
    SOURCES_DISAGREE_IN_ARTICLE,
    QUOTE_LACKS_FIGURE, QUOTE_NOT_IN_ARTICLE, DRAFT_NOT_REVIEWED, HEDGE_OR_CURRENCY_DROPPED, NOT_COMPUTABLE,
    PERCENT_TIMES_100,
)

BY_CODE = {rule.code: rule for rule in RULES}
BY_NAME = {rule.name: rule for rule in RULES}


def rule_for(code_or_name: str) -> Rule | None:
    return BY_CODE.get(code_or_name.upper()) or BY_NAME.get(code_or_name.lower())
