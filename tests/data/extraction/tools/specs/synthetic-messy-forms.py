# Label spec for texts/synthetic-messy-forms.txt (written for this corpus, CC0 1.0)
# Each entry: (context, text, value, low, high, unit, hedge)
SPEC = [
    ("the12,000 troops", "12,000 troops", 12000, None, None, "troop", None),
    ("at least 3,500 more", "3,500", 3500, None, None, "troop", "at least"),
    ("supply by ½ in", "½", 0.5, None, None, "", None),
    ("and a third of households", "a third", 1 / 3, None, None, "", None),
    ("Half of the 40", "Half", 0.5, None, None, "", None),
    ("the 40 shelters", "40 shelters", 40, None, None, "shelter", None),
    ("2.4 million tonnes annually", "2.4 million tonnes annually", 2.4e6, None, None, "tonne/year", None),
    ("€1,2 billion a year", "€1,2 billion a year", 1.2e9, None, None, "EUR/year", None),
    ("rose 4,5% while", "4,5%", 4.5, None, None, "percent", None),
    ("climbed 7.2%.", "7.2%", 7.2, None, None, "percent", None),
    ("hit 9.1%.", "9.1%", 9.1, None, None, "percent", None),
    ("of 48 trucks", "48 trucks", 48, None, None, "truck", None),
    ("covered 1,200 km", "1,200 km", 1200, None, None, "km", None),
    ("in two days,", "two days", 2, None, None, "day", None),
    ("up to 9,000 litres of diesel per day", "9,000 litres of diesel per day", 9000, None, None, "litre/day", "up to"),
    ("Roughly twelve thousand volunteers", "twelve thousand volunteers", 12000, None, None, "volunteer", "Roughly"),
    ("one million leaflets", "one million leaflets", 1e6, None, None, "leaflet", None),
]
