"""Training labels of two kinds (texts and numbers) are refused, naming the rows of the rarer kind: a stray 3 among
text labels became a class '3' of its own, silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mcu_nlp import TopicClassifier, UrgencyClassifier
from mcu_nlp.cli import main
from mcu_nlp.errors import InputError

TEXTS = ["Яма на дороге", "Нет горячей воды", "Мусор не вывозят", "Холодные батареи"] * 5  # 20 rows
TOPICS = ["roads", "water", "waste", "heating"] * 5

CASES = [
    # (labels, the rows named) -- every row failed on ec4b2f3 (the walkthrough's labels + [3] gave a class '3')
    ([*TOPICS[:-1], 3], "the other on row 19;"),
    ([*TOPICS[:-1], 3.0], "the other on row 19;"),
    ([*TOPICS[:3], 7, 8, *TOPICS[5:]], "the other on rows 3, 4;"),
    ([1, 2, "other"] * 6 + [1, 2], "the text on rows 2, 5, 8, 11, 14, 17;"),  # texts the fewer: they are at fault
    ([*TOPICS[:-1], True], "the other on row 19;"),
]


@pytest.mark.parametrize(("labels", "rows"), CASES)
def test_topic_labels_of_two_kinds_are_refused_by_row(labels: list, rows: str) -> None:
    with pytest.raises(InputError, match="expected labels that are all text or all numbers") as caught:
        TopicClassifier().fit(TEXTS, labels)
    assert rows in str(caught.value)


@pytest.mark.parametrize(
    "labels",
    [TOPICS, [1, 2, 3, 4] * 5, [0.5, 1.5] * 10, ["1", "2"] * 10],  # guards: one kind each
)
def test_topic_labels_of_one_kind_are_kept_in_their_type(labels: list) -> None:
    clf = TopicClassifier(min_score=0.0).fit(TEXTS, labels)
    assert {type(c) for c in clf.classes_.tolist()} == {type(labels[0])}


def test_urgency_refuses_a_number_among_levels_by_row() -> None:
    # guard: the urgency model takes only its three levels, and names the row
    with pytest.raises(InputError, match=r"got \[<int[^]]*\] on row 19;"):
        UrgencyClassifier().fit(TEXTS, [*["critical", "high", "normal", "normal"] * 4, "high", "high", "normal", 3])


LEVELS = ["critical", "high", "normal", "normal"] * 5
OUTSIDE = [  # (where labels go wrong, the topic model's words, the urgency model's: the same shape, rows from 0)
    ({3: "urgent", 7: "urgent", 9: "Roads"}, "got ['Roads', 'urgent'] on rows 3, 7, 9; fix the labels",
     "got ['Roads', 'urgent'] on rows 3, 7, 9; fix the labels"),
    ({0: None, 5: ""}, "expected a label on every row, got none on rows 0, 5; drop or label them",
     "expected a label on every row, got none on rows 0, 5; drop or label them"),  # was "row 0: None, row 5: ''"
]


@pytest.mark.parametrize(("wrong", "topic_words", "urgency_words"), OUTSIDE)
def test_topic_and_urgency_name_bad_labels_alike(wrong: dict, topic_words: str, urgency_words: str) -> None:
    # the urgency model said "got 3 other (row 3: 'urgent', row 7: 'urgent', row 9: 'Roads'); fix those rows"
    topics = [wrong.get(i, topic) for i, topic in enumerate(TOPICS)]
    levels = [wrong.get(i, level) for i, level in enumerate(LEVELS)]
    with pytest.raises(InputError) as topic:
        TopicClassifier(labels=TOPICS[:4]).fit(TEXTS, topics)
    with pytest.raises(InputError) as urgency:
        UrgencyClassifier().fit(TEXTS, levels)
    assert topic_words in str(topic.value) and urgency_words in str(urgency.value)


def test_train_topic_on_jsonl_labels_of_two_kinds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # JSONL keeps a number a number: `train topic` made it a topic of its own
    data = tmp_path / "labelled.jsonl"
    rows = [{"text": text, "topic": topic} for text, topic in zip(TEXTS, [*TOPICS[:-1], 3])]
    data.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows), encoding="utf-8")
    assert main(["train", "topic", str(data), "--label-column", "topic", "-o", str(tmp_path / "t.joblib")]) == 2
    assert "all text or all numbers, got 19 text and 1 other labels, the other on row 19" in capsys.readouterr().err
