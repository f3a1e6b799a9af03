"""A redacted text analysed again: redact's masks are no words (fresh-user walkthrough, session 11). normalize read
"звоните [PHONE] [PERSON]" as 'звонить phone person', so the topic and urgency models read the masks as words."""

from __future__ import annotations

import numpy as np
import pytest

from mcu_nlp import normalize
from mcu_nlp.cleaning import clean
from mcu_nlp.redaction import KINDS


@pytest.mark.parametrize("kind", KINDS)
def test_a_mask_is_no_word(kind: str) -> None:
    assert normalize(f"звоните [{kind}], нет воды") == normalize("звоните, нет воды") == "звонить нет вода"
    assert clean(f"яма[{kind}]") == clean("яма ")


def test_only_masks_go() -> None:
    # lower case, one or two letters, Cyrillic or digits in brackets stay words
    assert normalize("[phone] [A] [ВОДА] [12] [PHONE ]") == "phone a вода num phone"


TEXTS = ["Яма на дороге у школы", "Пахнет газом в подъезде", "Нет воды третий день", "Спасибо за уборку снега"]


def test_the_models_read_a_masked_contact_as_nothing(models) -> None:
    # the topic model reads the characters of a text, its marks too: "." after the text either way
    texts = [f"{text}." for text in TEXTS]
    masked = [f"{text}. [PERSON] [PHONE] [EMAIL]" for text in TEXTS]
    assert np.allclose(models.topic.predict_proba(masked), models.topic.predict_proba(texts))
    assert np.allclose(models.urgency.predict_proba(masked), models.urgency.predict_proba(texts))
