"""What a :class:`~mcu_nlp.topic.TopicClassifier` reads of an appeal: not how to reach its
writer, its sign-off, its tags or the greeting it opens with.

A contact, a signature, a tail of hashtags and a greeting say nothing of an appeal's topic, but the TF-IDF rows read
them as words, and each such word also lowers the weight of the appeal's own words (rows are L2-normalised): on the
60 appeals of the session 20 walkthrough, «Звоните 8-9xx-…, Петрова Анна» appended changed the topic of 2,
«С уважением, Кузнецова А.» of 2, «#ЖКХ #помогите» of 4, «Здравствуйте! … Заранее спасибо.» of 3 (a downed wire by a
school went from power to yards with the greeting). :func:`topic_text` blanks them, as the learned urgency model does
(:mod:`mcu_nlp.urgency.model_text`, whose pieces it reuses):

- personal data and the words offering a contact (:func:`~mcu_nlp.urgency.model_text.private_spans`), looked for only
  in a text that can hold a contact (an "@", a mask, or five digits: a phone); names elsewhere in a text stay, which
  keeps the predict speed (the name search costs more than the topic model itself);
- closing formulas and a sign-off with its signature (:func:`~mcu_nlp.urgency.closings.closing_spans`), and the
  words introducing an address blanked with the contact;
- hashtags that only tag (:func:`~mcu_nlp.urgency.model_text.untagged`);
- a greeting opening the text («Здравствуйте!», «Добрый день,», «Доброго времени суток.»).

The town or street an appeal names stays: urgency blanks addresses too, but for the topic model doing so lowered the
dev sets' mean accuracy (0.7199 -> 0.7168) and the Kursk texts' (session 20 topic walkthrough, RESULTS.md).
Blanked spans become spaces, so the text keeps its length. Only predicting reads this view (``predict``,
``predict_proba``, ``decision_function``, ``explain``); a fit reads its texts as written, as the shipped file was
fitted. Reading the view at fit too was measured (a refit: SPb test 0.9117 / 0.8888, unseen proxy 0.6765 / 0.5979)
but sharpened a small fit's probabilities on another region's texts (tests/test_topic_vectors.py: mean top 0.66
against 0.52 right): RESULTS.md "Session 20: topic walkthrough misses".
"""

from __future__ import annotations

import re

from mcu_nlp.urgency.closings import address_intros, closing_spans
from mcu_nlp.urgency.model_text import private_spans, untagged

#: A greeting opening the text, with the marks after it.
GREETING = re.compile(
    r"\A[^\w\n]*(?i:здравствуйте|здравствуй|добрый\s+(?:день|вечер)|доброе\s+утро|доброго\s+(?:дня|времени\s+суток)"
    r"|привет|приветствую)(?!\w)[^\w\n]*")
DIGIT = re.compile(r"\d")
WORD = re.compile(r"\w")
#: Digits a text needs before its contacts are looked for (a phone has more).
CONTACT_DIGITS = 5


def _may_hold_contact(text: str) -> bool:
    """Whether ``text`` can hold a phone, an e-mail or a contact's mask: the cheap test before the costly search."""
    return "@" in text or "[" in text or len(DIGIT.findall(text)) >= CONTACT_DIGITS


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked, and the marks between two of them («8-912-…, Сидоров Пётр»: the comma): a
    mark left alone is a word of the character view."""
    if not spans:
        return text
    chars, last = list(text), None
    for start, stop in sorted(spans):
        if last is not None and last < start and not WORD.search(text, last, start):
            start = last
        chars[start:stop] = " " * (stop - start)
        last = max(stop, last or 0)
    return "".join(chars)


def topic_text(text: str) -> str:
    """``text`` as the topic model reads it (the module's docstring): same length, spaces in place
    of a contact, a sign-off, tags and an opening greeting.

    >>> topic_text("Здравствуйте! Оборван провод у школы. Звоните 8-900-000-00-00 #ЖКХ").split()
    ['Оборван', 'провод', 'у', 'школы.']
    >>> topic_text("Яма на дороге\\nС уважением, Кузнецова А.").split()
    ['Яма', 'на', 'дороге']
    """
    spans = private_spans(text) if _may_hold_contact(text) else []
    text = untagged(_blanked(text, spans + address_intros(text, spans) + closing_spans(text)))
    greeting = GREETING.match(text)
    return text if greeting is None else " " * greeting.end() + text[greeting.end():]
