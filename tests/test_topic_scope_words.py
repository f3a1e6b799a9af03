"""The shipped topic model on the words of the taxonomy's scopes that SPb's corpus barely has (session 15).

SPb's power class is street lamps, so «электричество / электроэнергия / обесточить» were rare or unknown to the SVM,
while the gas seeds' «отключили ... без предупреждения» taught it outages; fires were «не горит фонарь» (power) or a
building's own. data/topic/seeds.csv now paraphrases the scopes «отключения электричества, электросети, опоры и
провода» (power), «пожарная безопасность, ЧС» (safety) and «теплотрассы» (heating). These texts are none of the
seeds nor of the walkthrough that found the defect; the model may miss one, not the kind.
"""

from __future__ import annotations

import pytest
from helpers import seeded

from mcu_nlp.topic import TopicClassifier

PARAPHRASES = {
    "power": ["Вторые сутки сидим без электричества", "Весь квартал обесточен после грозы",
              "Электроснабжение пропадает по вечерам", "Электроэнергию отключают каждую неделю",
              "Когда дадут электричество в садоводство?"],
    "safety": ["Горит сухостой возле частных домов", "Пожар на соседнем участке, пожарных нет",
               "Лесной пожар подходит к деревне"],
    "heating": ["Прорыв на теплотрассе, из люка валит пар", "Лопнула труба отопления в подвале, течёт горячая вода"],
}


def test_paraphrases_are_not_seeds() -> None:
    assert not seeded(PARAPHRASES)


@pytest.mark.parametrize("topic", sorted(PARAPHRASES))
def test_scope_words_reach_their_topic(shipped_topic: TopicClassifier, topic: str) -> None:
    texts = PARAPHRASES[topic]
    answers = shipped_topic.predict(texts).tolist()
    right = sum(answer == topic for answer in answers)
    assert right >= len(texts) - 1, list(zip(texts, answers))
