"""resolve_batch refuses a mapping and a DataFrame as it refuses a str (review of 94a9ceb): iterating one gives its
keys or column names, so {"text": "в Салехарде"} was resolved as the text "text" ([[]]), a DataFrame as its columns."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from mcu_nlp.errors import InputTypeError
from mcu_nlp.geo import GeoResolver

# (input, words of the message): each row fails on 6a1e362 (no error: [[]] or the column names resolved)
REFUSED = [
    ({"text": "в Салехарде"}, "expected a list of texts, got dict of 1 items; pass the texts themselves"),
    ({"в Салехарде": 1}, "expected a list of texts, got dict"),
    (pd.DataFrame({"text": ["в Салехарде", "в Надыме"]}), "got DataFrame of 2 items; pass the texts themselves"),
]
# (input, the places' names per text): what iterates over texts stays accepted
ACCEPTED = [
    (pd.Series(["в Салехарде", "в Надыме"]), [["Салехард"], ["Надым"]]),
    (pd.DataFrame({"text": ["в Салехарде"]})["text"], [["Салехард"]]),
    ({"text": "в Салехарде"}.values(), [["Салехард"]]),
    (("в Салехарде", None), [["Салехард"], []]),
]


@pytest.mark.parametrize(("texts", "words"), REFUSED)
def test_a_mapping_or_frame_is_refused(texts: Any, words: str) -> None:
    with pytest.raises(InputTypeError, match="resolve_batch") as raised:
        GeoResolver().resolve_batch(texts)
    assert words in str(raised.value)
    assert "Салехард" not in str(raised.value)  # never the texts themselves


@pytest.mark.parametrize(("texts", "names"), ACCEPTED)
def test_texts_of_a_column_or_values(texts: Any, names: list) -> None:
    assert [[p.name for p in places] for places in GeoResolver().resolve_batch(texts)] == names
