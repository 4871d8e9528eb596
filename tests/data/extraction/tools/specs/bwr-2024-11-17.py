# Label spec for texts/bwr-2024-11-17.txt
# Each entry: (context, text, value, low, high, unit, hedge)
#   context: a substring that occurs exactly once in the file and contains `text` once.
# build_labels.py turns these into offsets.
M = 1e6
B = 1e9
SPEC = [
    ("The last two BWR sections", "two BWR sections", 2, None, None, "section", None),
    ("peaking at 60% of all trade", "60%", 60, None, None, "percent", None),
    ("taken Putin nearly 24 years", "24 years", 24, None, None, "year", "nearly"),
    ("of the 23 articles in the treaty", "23 articles", 23, None, None, "article", None),
    ("any one of the two sides is put", "two sides", 2, None, None, "side", None),
    ("standing army, roughly 1.2 million,", "1.2 million", 1.2 * M, None, None, "troop", "roughly"),
    ("special forces unit, around 200,000.", "200,000", 200000, None, None, "troop", "around"),
    ("expected to be paid $2,000/month,", "$2,000/month", 2000, None, None, "USD/month", None),
    ("With 12,000 troops deployed", "12,000 troops", 12000, None, None, "troop", None),
    ("this amounts to $24M.", "$24M", 24 * M, None, None, "USD", None),
    ("contract soldiers alone is $30K.", "$30K", 30000, None, None, "USD", None),
    ("casualties average 1,500 daily,", "1,500 daily", 1500, None, None, "casualty/day", None),
    ("will be done in 8 days.", "8 days", 8, None, None, "day", None),
    ("China represents 97% of North", "97%", 97, None, None, "percent", None),
    ("totaled $134M", "$134M", 134 * M, None, None, "USD", None),
    ("\u201457% of which were wigs", "57%", 57, None, None, "percent", None),
    ("representing 86% of China", "86%", 86, None, None, "percent", None),
    ("contrasts with $1.4B in exports", "$1.4B", 1.4 * B, None, None, "USD", None),
    ("energy exports) totaled $21B,", "$21B", 21 * B, None, None, "USD", None),
    ("with South Korea reached $310B.", "$310B", 310 * B, None, None, "USD", None),
    ("Twelve thousand North Korean troops added", "Twelve thousand North Korean troops", 12000, None, None, "troop", None),
    ("Three LNG tankers recently left", "Three LNG tankers", 3, None, None, "tanker", None),
    ("Germany imported 48.6% of its gas", "48.6%", 48.6, None, None, "percent", None),
    ("amounts to up to 500 million cubic meters (MCM) per month.", "500 million cubic meters (MCM) per month", 500 * M, None, None, "m**3/month", "up to"),
    ("OMV\u2019s \u20ac230M arbitration", "\u20ac230M", 230 * M, None, None, "EUR", None),
    ("are more than a year\u2019s demand", "a year", 1, None, None, "year", "more than"),
    ("demand, at 9.6 BCM.", "9.6 BCM", 9.6, None, None, "bcm", None),
    ("Austria consumed 6.9 BCM in 2023.", "6.9 BCM", 6.9, None, None, "bcm", None),
    ("Cuba with approximately 80,000 tonnes of diesel", "80,000 tonnes", 80000, None, None, "tonne", "approximately"),
    ("diesel fuel worth $60M to help", "$60M", 60 * M, None, None, "USD", None),
    ("supply of about 80,000 tonnes of diesel", "80,000 tonnes", 80000, None, None, "tonne", "about"),
    ("president's instruction - $60M.", "$60M", 60 * M, None, None, "USD", None),
    ("ship 30 tonnes of oil to Cuba each month", "30 tonnes of oil to Cuba each month", 30, None, None, "tonne/month", None),
]
