"""Korean names as Russian writes them: a surname of one syllable and a first name of two, written as two words or
hyphenated («Ким Ен Су», «Пак Ен-Хи», «Ли Мин Хо», «Сон Ен Чер»). The syllables are no Russian first names
(pymorphy3 knows «Сон» as sleep, «Су» not at all), so :mod:`mcu_nlp.names` saw no name there.

Title case only (in capitals «ЕСТЬ ЛИ ОН» would read so), each syllable of two to five letters, and one of the two
of at most three letters or unknown to the dictionary («Ким Иван Ли» is masked too; «Хан Петр Иванович» is a name
read by the other rules).
"""

from __future__ import annotations

import re

from mcu_nlp.morphology import analyzer

SYLLABLE = r"[А-ЯЁ][а-яё]{1,4}"
#: What a text must hold for :data:`KOREAN` to be searched: a literal search, cheaper than the rule's own
KOREAN_HINT = re.compile("Ким |Пак |Ли |Цой |Хан |Тен |Нам |Шин |Юн |Кан |Ян |Ан |Сон |Чон |Чхве |Хон |Лим |Мун |Ю ")
#: A Korean surname and two syllables, apart or hyphenated (the second maybe in lower case after the hyphen)
KOREAN = re.compile(rf"(?<![\w-])(?:Ким|Пак|Ли|Цой|Хан|Тен|Нам|Шин|Юн|Кан|Ян|Ан|Сон|Чон|Чхве|Хон|Лим|Мун|Ю)"
                    rf" ({SYLLABLE})(?: |-)([А-ЯЁа-яё][а-яё]{{1,4}})(?![\w-])")


def korean_names(text: str) -> list[tuple[int, int]]:
    """The Korean names in ``text``.

    >>> text = "Пишет Ким Ен Су, сосед Пак Ен-хи, Хан Петр Иванович, Ли Мин Хо, Сон Ен Чер"
    >>> [text[a:b] for a, b in korean_names(text)]
    ['Ким Ен Су', 'Пак Ен-хи', 'Ли Мин Хо', 'Сон Ен Чер']
    """
    return [found.span() for found in KOREAN.finditer(text)
            if any(len(s) <= 3 or not analyzer().word_is_known(s.lower()) for s in (found[1], found[2]))]
