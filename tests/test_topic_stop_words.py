"""TopicClassifier(stop_words=...): a user's label set may need a word the default list drops ("спасибо")."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV

from mcu_nlp.cli import main
from mcu_nlp.errors import InputError
from mcu_nlp.normalization import lemmas, load_stopwords, normalize
from mcu_nlp.persistence import load
from mcu_nlp.topic import TopicClassifier, load_default

THANKS = "благодарность"
TRAINING = [
    (THANKS, "Спасибо дворникам за чистый двор"),
    (THANKS, "Большое спасибо за уборку снега"),
    (THANKS, "Спасибо водителю автобуса"),
    (THANKS, "спасибо, починили лифт"),
    (THANKS, "Спасибо управляющей компании"),
    ("roads", "Яма на дороге"),
    ("roads", "Большая яма на проезжей части"),
    ("roads", "Разбитый асфальт во дворе"),
    ("roads", "Ямы на дороге огромные"),
    ("roads", "Не чистят тротуар от снега"),
    ("heating", "Нет горячей воды"),
    ("heating", "Холодные батареи в квартире"),
    ("heating", "Батареи еле тёплые"),
    ("heating", "Третий день нет отопления"),
    ("heating", "В доме холодно, отопление не работает"),
]
TEXTS = [text for _, text in TRAINING] * 3
LABELS = [label for label, _ in TRAINING] * 3
KEEPING_THANKS = {
    "none": None,
    "default minus спасибо": load_stopwords() - {"спасибо"},
    "a list of two words": ["в", "на"],
}


@pytest.fixture(scope="module", params=list(KEEPING_THANKS))
def keeping(request: pytest.FixtureRequest) -> TopicClassifier:
    return TopicClassifier(stop_words=KEEPING_THANKS[request.param]).fit(TEXTS, LABELS)


@pytest.fixture(scope="module")
def default() -> TopicClassifier:
    return TopicClassifier().fit(TEXTS, LABELS)


@pytest.mark.parametrize("text", ["спасибо", "Спасибо!", "СПАСИБО!!!", "Спасибо огромное"])
def test_a_thanks_label_learns_спасибо_when_it_is_kept(keeping: TopicClassifier, text: str) -> None:
    # with the default list "спасибо" normalised to "": predict_proba was uniform and the answer "other"
    assert keeping.predict([text]).tolist() == [THANKS]
    assert keeping.predict_proba([text]).max() > 0.5


def test_explain_names_спасибо_when_it_is_kept(keeping: TopicClassifier) -> None:
    # it gave only ('врач', ...) although "спасибо" made the prediction
    assert keeping.explain("спасибо врачам поликлиники")[0][0] == "спасибо"


@pytest.mark.parametrize("text", ["Спасибо!", "спасибо"])
def test_the_default_still_drops_спасибо_and_answers_other(default: TopicClassifier, text: str) -> None:
    assert default.predict([text]).tolist() == ["other"]
    assert default.explain(text) == []


@pytest.mark.parametrize(
    ("stop_words", "message"),
    [
        ("спасибо", 'wrap a single word in a list: ["спасибо"]'),
        (5, "got int (5)"),
        (["спасибо", 3], "got int at position 1"),
        (["спасибо большое"], "got str at position 0; pass one word per item"),
        ([""], "got str at position 0"),
    ],
)
def test_bad_stop_words_raise_input_error(stop_words: object, message: str) -> None:
    with pytest.raises(InputError, match='expected stop_words') as caught:
        TopicClassifier(stop_words=stop_words).fit(TEXTS, LABELS)
    assert message in str(caught.value)
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        normalize("Спасибо", stop_words=stop_words)


def test_clone_pickle_and_grid_search_keep_stop_words(keeping: TopicClassifier) -> None:
    assert clone(keeping).get_params()["stop_words"] == keeping.stop_words
    again = pickle.loads(pickle.dumps(keeping))
    np.testing.assert_array_equal(again.predict_proba(TEXTS[:15]), keeping.predict_proba(TEXTS[:15]))
    assert again.predict(["Спасибо!"]).tolist() == [THANKS]
    search = GridSearchCV(TopicClassifier(), {"stop_words": ["default", None]}, cv=3).fit(TEXTS, LABELS)
    assert search.best_params_["stop_words"] in ("default", None)


def test_default_is_unchanged_and_old_pickles_read_as_default(default: TopicClassifier) -> None:
    assert TopicClassifier().get_params()["stop_words"] == "default"
    assert default.stop_words_ is load_stopwords()
    spelled_out = TopicClassifier(stop_words=sorted(load_stopwords())).fit(TEXTS, LABELS)
    np.testing.assert_array_equal(spelled_out.predict_proba(TEXTS), default.predict_proba(TEXTS))
    state = pickle.loads(pickle.dumps(default)).__getstate__()
    del state["stop_words"], state["stop_words_"]  # as a model saved before the parameter existed
    old = TopicClassifier.__new__(TopicClassifier)
    old.__setstate__(state)
    assert clone(old).get_params()["stop_words"] == "default"
    np.testing.assert_array_equal(old.predict_proba(TEXTS), default.predict_proba(TEXTS))
    assert load_default().get_params()["stop_words"] == "default"


@pytest.mark.parametrize(
    ("stop_words", "expected"),
    [
        ("default", "уборка снег"),
        (None, "спасибо за уборка снег"),
        (["за", "Спасибо"], "уборка снег"),
        (load_stopwords() - {"спасибо"}, "спасибо уборка снег"),
    ],
)
def test_normalize_takes_stop_words(stop_words: object, expected: str) -> None:
    assert normalize("Спасибо за уборку снега!", stop_words=stop_words) == expected


def test_lemmas_refuses_keep_stopwords_with_a_stop_word_list() -> None:
    assert lemmas("Спасибо за снег", keep_stopwords=True, stop_words=None) == ["спасибо", "за", "снег"]
    with pytest.raises(InputError, match="not both"):
        lemmas("Спасибо за снег", keep_stopwords=True, stop_words=["за"])


# `mcu-nlp train topic` had no way to pass stop_words (added to TopicClassifier in session 8): a thanks topic
# trained from the command line lost "спасибо" and answered "Спасибо!" with "other"
CLI_STOP_WORDS = [
    ([], "default", "other"),
    (["--stop-words", "default"], "default", "other"),
    (["--stop-words", "none"], None, THANKS),
    (["--stop-words", "NONE"], None, THANKS),
    (["--keep-word", "спасибо"], sorted(load_stopwords() - {"спасибо"}), THANKS),
    (["--keep-word", "Спасибо", "--keep-word", "за"], sorted(load_stopwords() - {"спасибо", "за"}), THANKS),
    (["--stop-words", "@words.txt"], ["в", "еще", "на"], THANKS),
    (["--stop-words", "@words.txt", "--keep-word", "на"], ["в", "еще"], THANKS),
]


@pytest.fixture
def labelled(tmp_path: Path) -> Path:
    path = tmp_path / "labelled.csv"
    pd.DataFrame({"text": TEXTS, "topic": LABELS}).to_csv(path, index=False)
    (tmp_path / "words.txt").write_text("# prepositions\nв\n\nНа\nещё\n", encoding="utf-8")
    return path


def _train(labelled: Path, options: list[str], kind: str = "topic") -> tuple[int, Path]:
    out = labelled.with_name("model.joblib")
    options = [str(labelled.with_name(o[1:])) if o.startswith("@") else o for o in options]
    return main(["train", kind, str(labelled), "--label-column", "topic", "-o", str(out), *options]), out


@pytest.mark.parametrize(("options", "stop_words", "answer"), CLI_STOP_WORDS)
def test_train_topic_takes_stop_words(labelled: Path, options: list[str], stop_words: object, answer: str) -> None:
    code, out = _train(labelled, options)
    assert code == 0
    model = load(out)
    assert model.get_params()["stop_words"] == stop_words
    assert model.predict(["Спасибо!"]).tolist() == [answer]


CLI_STOP_WORD_ERRORS = [
    (["--keep-word", "спасиба"], "got 'спасиба', which it does not have; check the spelling"),
    (["--stop-words", "none", "--keep-word", "спасибо"], "got 'спасибо', which it does not have"),
    (["--stop-words", "@phrases.txt"], "expected one word a line in phrases.txt, got line 2 that is not one word"),
    (["--stop-words", "@missing.txt"], "got 'missing.txt', which is not a file; check the path"),
    (["train", "urgency", "--stop-words", "none"], "expected --stop-words/--keep-word with `train topic` and a data"),
    (["train", "topic", "--keep-word", "спасибо"], "got `train topic` without data; drop them"),
]


@pytest.mark.parametrize(("options", "message"), CLI_STOP_WORD_ERRORS)
def test_train_refuses_bad_stop_word_options(labelled: Path, capsys: pytest.CaptureFixture[str],
                                             options: list[str], message: str) -> None:
    labelled.with_name("phrases.txt").write_text("в\nспасибо большое\n", encoding="utf-8")
    if options[0] == "train":
        out = str(labelled.with_name("model.joblib"))
        data = [str(labelled), "--label-column", "topic"] if options[1] == "urgency" else []
        code = main([*options[:2], *data, "-o", out, *options[2:]])
    else:
        code = _train(labelled, options)[0]
    assert code == 2
    assert message in capsys.readouterr().err
    assert not labelled.with_name("model.joblib").exists()


def test_train_help_names_the_stop_word_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["train", "--help"])
    out = capsys.readouterr().out
    assert "--stop-words default|none|FILE" in out and "--keep-word WORD" in out
