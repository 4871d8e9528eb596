# Label spec for texts/fomc-2013-12-18.txt
# Each entry: (context, text, value, low, high, unit, hedge)
#   context: a substring that occurs exactly once in the file and contains `text` once.
B = 1e9
SPEC = [
    ("below its 2 percent objective", "2 percent", 2, None, None, "percent", None),
    ("at a pace of $35 billion\nper month rather", "$35 billion\nper month", 35 * B, None, None, "USD/month", None),
    ("rather than $40 billion per month, and will", "$40 billion per month", 40 * B, None, None, "USD/month", None),
    ("at a pace of $40 billion per month rather than", "$40 billion per month", 40 * B, None, None, "USD/month", None),
    ("$45 billion per month.", "$45 billion per month", 45 * B, None, None, "USD/month", None),
    ("rate of 0 to 1/4 percent", "0 to 1/4 percent", None, 0, 0.25, "percent", None),
    ("remains above 6-1/2 percent", "6-1/2 percent", 6.5, None, None, "percent", "above"),
    ("between one and\ntwo years ahead", "one and\ntwo years", None, 1, 2, "year", None),
    ("no more than a half percentage point", "a half percentage point", 0.5, None, None, "percentage point", "no more than"),
    ("Committee's 2 percent longer-run goal, and", "2 percent", 2, None, None, "percent", None),
    ("declines below 6-1/2 percent", "6-1/2 percent", 6.5, None, None, "percent", "below"),
    ("below the Committee's 2 percent longer-run goal.", "2 percent", 2, None, None, "percent", None),
    ("inflation of 2 percent.", "2 percent", 2, None, None, "percent", None),
]
