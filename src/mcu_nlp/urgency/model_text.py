"""What the learned urgency model reads of an appeal: not who wrote it, how to reach them, where it is, its tags or
its closing formulas.

A name, a phone, a street address, the town an appeal comes from and a tail of hashtags say nothing of how urgent it
is, but the word and character TF-IDF of :mod:`mcu_nlp.urgency.features` read them as words of the appeal: a phone
and a name appended to a pothole report lifted it to critical, "В Якутске" made a thanks high, "#ЖКХ #помогите" made
a noise complaint critical (a batch of 15 templates x 16 towns x 6 endings, session 10). :func:`model_text` blanks
them before the text is normalised, at fit and at predict, so that the model neither learns nor reads them:

- personal data (:func:`mcu_nlp.redaction.find_personal_data`: names, phones, e-mails ...) and the word that offers
  a contact right before a phone or an e-mail ("Звоните", "тел.", "пишите на"), or before the mask
  :func:`mcu_nlp.redact` left in its place ("Звоните [PHONE]"): a text read before and after redaction is one appeal;
- an address (:func:`mcu_nlp.urgency.address.address_spans`: a street with its name or number, a town, a region;
  and :func:`~mcu_nlp.urgency.address.abbreviated_streets`: «ул. крымской», a name in lower case after «ул.»);
- hashtags that only tag: a run of them ending or opening a line; a hashtag inside a sentence ("у нас #нетводы
  третий день") is read as its words.
- closing formulas, a sign-off with its signature and the words introducing the writer's address
  (:mod:`mcu_nlp.urgency.closings`: "Заранее спасибо", "С уважением, Кузнецова Анна", "Мой адрес:").
- figures of speech made of a danger word (:data:`FIGURES`: «взрыв мозга», «мозг взрывается»): the word is not
  meant, and a model that learned «взрыв» from real blasts read «Это взрыв мозга, а не сайт» as critical (walkthrough
  s57 D1; the lexicon's rows do not read them either).
- a call for help or an address to the readers that opens the text (:data:`CALLS_FOR_HELP`: «Помогите, »,
  «ПОМОГИТЕ!!!», «Люди, », «Люди добрые, помогите!»): it says how the writer feels, not what the danger is, and any
  complaint may open with it; a model that learned «помочь» from the critical appeals that say it made «Помогите, уже
  месяц жду ответа ...» critical (a Саратовская область walkthrough, session 66: 263 of 612 high and 94 of 963 normal
  appeals so prefixed; on blind47-66, 278 of 5,760 texts). Only the opening: blanked anywhere as well, the fit's
  hold-out high recall fell the same (0.6955 -> 0.6699 in the manifest either way), and a plea inside a text is rarer.

Blanked spans become spaces, not a placeholder word: a placeholder would still lower the weight of the other words
of a short text (TF-IDF rows are L2-normalised). The result keeps the text's length and offsets, so ``explain`` shows
the learned words of it with the text's offsets; the lexicon reads the text as written.
"""

from __future__ import annotations

import re

from mcu_nlp.cleaning import MASK, fold_lookalikes
from mcu_nlp.greetings import opening_greeting_end
from mcu_nlp.lexicon import Lexicon, Signal, Word, words
from mcu_nlp.redaction import find_personal_data
from mcu_nlp.urgency.address import abbreviated_streets, address_marks, address_spans, address_terms
from mcu_nlp.urgency.closings import address_intros, closing_spans

#: Kinds of personal data that offer a contact: the word before one that offers it goes too.
CONTACTS = frozenset({"PHONE", "EMAIL", "HANDLE"})
#: Whole words that offer a contact ("почти", "сотрудники", "пишу" are none), and the words that may link one to the
#: contact ("звоните мне по номеру", "пишите на почту", "мой тел.:", "телефон для связи", "адрес электронной почты");
#: a word of any other kind between them and the contact keeps them ("Пишите, очень холодно ivan@mail.ru": a
#: complaint before an e-mail).
CONTACT_WORDS = (
    r"тел|телефон|телефона|телефону|телефоном|телефоны|моб|мобильный|мобильного|мобильному|сот|сотовый|сотового"
    r"|сотовому|почта|почты|почту|почте|почтой|e-?mail|емейл|имейл|пишите|напишите|звоните|позвоните|перезвоните"
    r"|звонить|позвонить|перезвонить|контакт|контакты|контактный|контактного|номер|номеру|номера|whatsapp|вотсап|вотсапп"
    r"|ватсап|ватсапп|вацап|viber|вайбер|telegram|телеграм|телеграмм|тг|tg")
CONTACT_LINKS = (r"мне|нам|по|на|в|и|или|мой|моя|мою|моему|моей|мои|моим|для|связи|адрес|адресу|электронной|электронная"
                 r"|электронную")
#: Contact words and links, up to the contact's start: they begin at a contact word or at links right before one.
CONTACT_BEFORE = re.compile(
    rf"(?<!\w)(?i:(?:(?:{CONTACT_LINKS})[^\w\n]+)*(?:{CONTACT_WORDS})(?:[^\w\n]+(?:{CONTACT_LINKS}|{CONTACT_WORDS}))*)"
    r"(?!\w)[^\w\n]*\Z")
#: How far before a contact a word that offers it may start.
CONTACT_REACH = 40
#: A run of hashtags (with spaces, marks or emoji between) that ends a line, or opens one before other words.
TAG_TAIL = re.compile(r"(?:#\w+[^\w#\n]*)+$", re.MULTILINE)
TAG_HEAD = re.compile(r"^[^\w#\n]*(?:#\w+[^\w#\n]*)+", re.MULTILINE)
#: A hashtag inside a sentence: its mark and the "_" between its words ("#нет_воды").
HASHTAG = re.compile(r"#\w+")
#: Figures of speech made of a danger word: an explosion of the brain, of feelings or of laughter («взрыв мозга»,
#: «взрыв эмоций», «взрыв хохота»), a brain that explodes («мозг взрывается», «мозги взорвались», «взорвали мозг»).
FIGURES = re.compile(
    r"(?i)(?<!\w)(?:взрыв\w{0,3}\s+(?:мозг|эмоци|смех|хохот|негодовани|возмущени|восторг)\w*"
    r"|мозг\w{0,2}\s+(?:взорв|взрыва)\w*|взорв\w*\s+мозг\w*)(?!\w)")

#: The opening of a text made of calls for help in the imperative («Помогите», «СПАСИТЕ», «SOS», maybe with
#: «пожалуйста») and addresses to the readers before a comma or «!» («Люди,», «Люди добрые!», «Граждане,», «Соседи, »).
CALLS_FOR_HELP = re.compile(
    r"\A[^\w]*(?:(?:помогите|помоги|памагите|помогити|спасите|sos)(?:[^\w\n]{1,4}|\Z)"
    r"|(?:люди(?:\s+добрые)?|граждане|народ|товарищи|соседи|жители|друзья|ребята)\s*[,!]+\s*)+"
    r"(?:(?:пожалуйста|пожалуйсто|плиз)(?!\w))?",
    re.IGNORECASE)


def _contact_word(text: str, start: int) -> int:
    """Where a word offering the contact at ``start`` begins (``start`` if none does)."""
    head = max(0, start - CONTACT_REACH)
    found = CONTACT_BEFORE.search(text, head, start)
    return found.start() if found else start


def private_spans(text: str) -> list[tuple[int, int]]:
    """Personal data of ``text`` and the words offering a contact, as (start, stop).

    >>> text = "Яма. Звоните 8-914-555-12-34, Петров Иван"
    >>> [text[a:b] for a, b in private_spans(text)]
    ['Звоните 8-914-555-12-34', 'Петров Иван']
    >>> text = "Яма. Звоните [PHONE], [PERSON]"  # redacted already: a contact's mask counts as the contact
    >>> [text[a:b] for a, b in private_spans(text)]
    ['Звоните [PHONE]']
    """
    folded = fold_lookalikes(text)  # "Звoните" with a Latin "o" offers a contact too; same length, same offsets
    found = [(s.start, s.stop, s.kind in CONTACTS) for s in find_personal_data(text)]
    if "[" in text:  # normalisation drops every mask; a contact's takes the word offering it along
        found += [(m.start(), m.end(), True) for m in MASK.finditer(text) if m.group()[1:-1] in CONTACTS]
    return sorted((_contact_word(folded, start) if contact else start, stop) for start, stop, contact in found)


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def _tag_words(match: re.Match[str]) -> str:
    return match.group().replace("#", " ").replace("_", " ")


def untagged(text: str) -> str:
    """``text`` with the hashtags that only tag blanked, and the others read as words (same length, same offsets).

    >>> untagged("Шумят соседи. #ЖКХ #помогите 😡").rstrip(), untagged("у нас #нет_воды третий день")
    ('Шумят соседи.', 'у нас  нет воды третий день')
    """
    if "#" not in text:
        return text
    text = TAG_HEAD.sub(_blank, TAG_TAIL.sub(_blank, text))
    return HASHTAG.sub(_tag_words, text)


def unfigured(text: str) -> str:
    """``text`` with its :data:`FIGURES` blanked (same length, same offsets).

    >>> unfigured("Это взрыв мозга, а не сайт"), unfigured("Взрыв газа в доме")
    ('Это            , а не сайт', 'Взрыв газа в доме')
    """
    return FIGURES.sub(_blank, text) if "вз" in text.lower() else text


def unpleaded(text: str) -> str:
    """``text`` with its :data:`CALLS_FOR_HELP` blanked (same length, same offsets).

    >>> unpleaded("Помогите, уже месяц жду ответа"), unpleaded("Люди, у нас нет воды. Помогите! Пожар")
    ('          уже месяц жду ответа', '      у нас нет воды. Помогите! Пожар')
    >>> unpleaded("Соседи сверху заливают, помогите"), unpleaded("Мне помогли соседи, люди хорошие")
    ('Соседи сверху заливают, помогите', 'Мне помогли соседи, люди хорошие')
    """
    return CALLS_FOR_HELP.sub(_blank, text)


def model_text(text: str, seq: list[Word] | None = None, marks: tuple[list[bool], list[bool]] | None = None) -> str:
    """``text`` as the learned model reads it: personal data, contacts, addresses, tags, figures of speech and pleas
    blanked by spaces (the module's docstring); ``seq`` and ``marks``: its :func:`mcu_nlp.lexicon.words` and
    :func:`mcu_nlp.urgency.address.address_marks`, if read already.

    >>> model_text("В Казани яма на дороге. ул. Ленина, д. 12. Звоните 8-914-555-12-34, Петров Иван #ЖКХ").split()
    ['яма', 'на', 'дороге.', '.', ',']
    """
    seq = words(text) if seq is None else seq
    spans = private_spans(text) + address_spans(text, seq, marks) + abbreviated_streets(text, seq)
    spans += address_intros(text, spans) + closing_spans(text)
    opening = opening_greeting_end(fold_lookalikes(text))  # "Добрый день, уважаемая администрация," (session 68)
    if opening:
        spans.append((0, opening))
    if spans:
        chars = list(text)
        for start, stop in spans:
            chars[start:stop] = " " * (stop - start)
        text = "".join(chars)
    return unpleaded(unfigured(untagged(text)))


def read_text(lexicon: Lexicon, text: str, blank: bool = True) -> tuple[list[Signal], bool, frozenset[str] | None, str]:
    """One text's lexicon signals, whether a critical match of it is past only, (for a text with a signal, which the
    short-text rule reads) its address terms, and what the learned model reads of it (:func:`model_text`, or the text
    as written when not ``blank``): all from one reading of its words, which are then dropped (kept for a whole batch,
    their many small records cost more than they save)."""
    seq = words(text)
    found, past = lexicon.read(text, seq)
    marks = address_marks(text, seq) if found else None  # the short-text rule's, read once for both
    where = address_terms(text, seq, marks[0]) if marks else None
    return found, past, where, model_text(text, seq, marks) if blank else text
