"""Russian letter sets shared by the name, lexicon and geo modules: one definition, so that they cannot drift apart.

>>> sorted(VOWELS) == sorted("аеёиоуыэюя"), "ь" in VOWELS, "ь" in VOWELS_OR_SOFT_SIGN
(True, False, True)
"""

from __future__ import annotations

#: The ten Russian vowel letters, «ё» with them (geo keys fold «ё» into «е», so a key never holds it)
VOWELS = frozenset("аеёиоуыэюя")
#: The vowels and «ь»: a word's last letter that is no consonant, where a stem ending in a consonant is asked for
#: (the fleeting vowel of «Орёл», «Орла»; «Тверь» ends in none)
VOWELS_OR_SOFT_SIGN = VOWELS | {"ь"}
