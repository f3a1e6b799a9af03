"""Korean names as Russian writes them: a surname of one syllable and a first name of two, written as two words or
hyphenated («Ким Ен Су», «Пак Ен-Хи», «Ли Мин Хо», «Сон Ен Чер»). The syllables are no Russian first names
(pymorphy3 knows «Сон» as sleep, «Су» not at all), so :mod:`mcu_nlp.names` saw no name there.

Title case only (in capitals «ЕСТЬ ЛИ ОН» would read so), each syllable of two to five letters, and one of the two
of at most three letters or unknown to the dictionary («Ким Иван Ли» is masked too; «Хан Петр Иванович» is a name
read by the other rules).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import word_set

SYLLABLE = r"[А-ЯЁ][а-яё]{1,4}"
#: What a text must hold for :data:`KOREAN` to be searched: a literal search, cheaper than the rule's own
KOREAN_HINT = re.compile("Ким |Пак |Ли |Цой |Хан |Тен |Нам |Шин |Юн |Кан |Ян |Ан |Сон |Чон |Чхве |Хон |Лим |Мун |Ю ")
#: A Korean surname and two syllables, apart or hyphenated (the second maybe in lower case after the hyphen)
KOREAN = re.compile(rf"(?<![\w-])(?:Ким|Пак|Ли|Цой|Хан|Тен|Нам|Шин|Юн|Кан|Ян|Ан|Сон|Чон|Чхве|Хон|Лим|Мун|Ю)"
                    rf" ({SYLLABLE})(?: |-)([А-ЯЁа-яё][а-яё]{{1,4}})(?![\w-])")

#: Russian particles and pronouns that title case makes look like a syllable («Нам Не Дают ...»)
RUSSIAN = word_set("не ни же ли бы да мы вы ты он им их нас вам нам вас")
#: First readings of a Russian word, not a syllable: a verb's, a full adjective's, a participle's (not a short
#: adjective's: «Юн» is one)
FORMS = frozenset(("VERB", "INFN", "GRND", "ADJF", "PRTF", "PRTS"))


def korean_names(text: str) -> list[tuple[int, int]]:
    """The Korean names in ``text``.

    >>> text = "Пишет Ким Ен Су, сосед Пак Ен-хи, Хан Петр Иванович, Ли Мин Хо, Сон Ен Чер"
    >>> [text[a:b] for a, b in korean_names(text)]
    ['Ким Ен Су', 'Пак Ен-хи', 'Ли Мин Хо', 'Сон Ен Чер']
    """
    return [found.span() for found in KOREAN.finditer(text)
            if any(len(s) <= 3 or not analyzer().word_is_known(s.lower()) for s in (found[1], found[2]))
            and not (_russian(found[1]) or _russian(found[2]))]


@lru_cache(maxsize=2_000)
def _russian(syllable: str) -> bool:
    """Whether a syllable is a Russian particle or pronoun (:data:`RUSSIAN`), or a word the dictionary reads first
    as a verb's or an adjective's form: Title Case Russian («Нам Не Дают Горячую Воду»), no name."""
    lower = syllable.lower()
    return lower in RUSSIAN or (analyzer().word_is_known(lower) and analyzer().parse(lower)[0].tag.POS in FORMS)
