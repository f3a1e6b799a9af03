"""A fitted TopicClassifier pickles to the same bytes in every process (a rebuilt shipped model keeps its sha256)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

import mcu_nlp

FIT_AND_HASH = """
import hashlib, pickle
from mcu_nlp import TopicClassifier
texts = ["нет воды в доме", "яма на дороге", "мусор не вывозят", "нет света", "спасибо за уборку"] * 4
labels = ["water", "roads", "waste", "power", "other"] * 4
model = TopicClassifier(random_state=0).fit(texts, labels)
print(hashlib.sha256(pickle.dumps(model)).hexdigest())
"""


def test_the_same_fit_pickles_to_the_same_bytes_whatever_the_hash_seed() -> None:
    digests = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        child = subprocess.run([sys.executable, "-c", FIT_AND_HASH], capture_output=True, text=True, env=env,
                               timeout=300, check=True)
        digests.add(child.stdout.strip())
    assert len(digests) == 1


def test_the_stop_words_come_back_as_the_set_they_were() -> None:
    texts = ["нет воды в доме", "яма на дороге", "мусор не вывозят"] * 3
    labels = ["water", "roads", "waste"] * 3
    model = mcu_nlp.TopicClassifier(stop_words={"дом", "на"}, random_state=0).fit(texts, labels)
    again = pickle.loads(pickle.dumps(model))
    assert again.stop_words_ == frozenset({"дом", "на"}) and isinstance(again.stop_words_, frozenset)
    assert again.predict(texts).tolist() == model.predict(texts).tolist()


def test_pickling_leaves_the_live_model_as_it_was() -> None:
    texts = ["нет воды в доме", "яма на дороге", "мусор не вывозят"] * 3
    labels = ["water", "roads", "waste"] * 3
    model = mcu_nlp.TopicClassifier(stop_words={"дом", "на"}, random_state=0).fit(texts, labels)
    model.predict(texts)  # builds the run-time cache
    before = {name: type(value) for name, value in vars(model).items()}
    words = model.words_
    pickle.dumps(model)
    assert {name: type(value) for name, value in vars(model).items()} == before
    assert model.words_ is words and isinstance(model.stop_words_, frozenset)
