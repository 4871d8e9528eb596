# Label spec for texts/synthetic-html.txt (written for this corpus, CC0 1.0)
# Spans are offsets into the HTML source, so they include markup such as "&nbsp;".
SPEC = [
    ("<b>$4.2&nbsp;billion</b>", "$4.2&nbsp;billion", 4.2e9, None, None, "USD", None),
    ("up 3&#37; on", "3&#37;", 3, None, None, "percent", None),
    ("1,850&nbsp;dock workers", "1,850&nbsp;dock workers", 1850, None, None, "worker", None),
    ("36 container ships a week", "36 container ships a week", 36, None, None, "ship/week", None),
    ("Nearly half of", "half", 0.5, None, None, "", "Nearly"),
    ("the 220 cranes", "220 cranes", 220, None, None, "crane", None),
    ("more than 30 years old", "30 years", 30, None, None, "year", "more than"),
]
