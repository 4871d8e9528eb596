"""What the whole article names, for a mention whose own sentence does not say.

"Temperatures hit 95 degrees" is in Fahrenheit in an article that names Fahrenheit
elsewhere; "Rs 5 billion" may be Pakistan's rupees in an article that names Pakistan.
Each is looked for once per article, when a mention first asks, so an article with no
such mention pays nothing for it.
"""

from __future__ import annotations

from functools import cached_property

from factledger.extraction import degrees, rupees


class ArticleWords:
    """The article's text, and what it names, found when first asked."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def temperature_scale(self) -> str:
        """ "celsius" or "fahrenheit" if the article names that scale and not the other, else ""."""
        return degrees.named_scale(self.text)

    @cached_property
    def rupee_countries(self) -> tuple[str, ...]:
        """The codes of the rupees whose countries the article names ("PKR" for Pakistan)."""
        return rupees.countries_named(self.text)
