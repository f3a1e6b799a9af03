"""Personal data written with HTML character references, as portal exports carry it (session 14): read decoded, the
references inside it masked with it, every other character as written."""

import pytest

from mcu_nlp.redaction import find_personal_data, redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>Звоните:&nbsp;8&nbsp;(912)&nbsp;345&nbsp;67&nbsp;89</p>", "<p>Звоните:&nbsp;[PHONE]</p>"),
        ("Ответ направить Сидоровой&nbsp;Анне&nbsp;Викторовне", "Ответ направить [PERSON]"),
        ("<p>Иванов&nbsp;Иван&nbsp;Иванович<br>Петрова&nbsp;Мария&nbsp;Сергеевна</p>", "<p>[PERSON]<br>[PERSON]</p>"),
        ("почта: petrov&#64;yandex.ru", "почта: [EMAIL]"),
        ("пишите petrov&#x40;yandex.ru или petrov&commat;bk.ru", "пишите [EMAIL] или [EMAIL]"),
        ("СНИЛС&nbsp;112-233-445&nbsp;95", "СНИЛС&nbsp;[SNILS]"),
        ("тел&nbsp8&nbsp912&nbsp000&nbsp11&nbsp22", "тел&nbsp[PHONE]"),  # no «;»: decoded as html.unescape does
        ("Кв.&nbsp;15, живу по адресу ул.&nbsp;Мира&nbsp;3", "Кв.&nbsp;[FLAT], живу по адресу [ADDRESS]"),
        ("Тел.&#160;8&#8209;912&#8209;000&#8209;11&#8209;22", "Тел.&#160;[PHONE]"),  # a non-breaking hyphen's number
        # escaped twice (session 15: decoded once, «&#43;7» and «&nbsp;» stayed references, the number cut short)
        ("звоните &amp;#43;7 912 345-67-89", "звоните [PHONE]"),
        ("тел. &amp;#43;7&amp;nbsp;912&amp;nbsp;345-67-89", "тел. [PHONE]"),
        ("Иванов&amp;nbsp;Иван&amp;nbsp;Иванович, почта petrov&amp;#64;yandex.ru", "[PERSON], почта [EMAIL]"),
    ],
)
def test_personal_data_inside_references_is_masked(text, expected):
    assert redact(text) == expected
    assert redact(expected) == expected


@pytest.mark.parametrize(
    "text",
    ["Нет воды&nbsp;&mdash; дом 5, R&D, &amp; &unknown; & ещё", "&laquo;Ремонт&raquo;&nbsp;не&nbsp;начат",
     "AT&T 8&amp;9", "ссылка ?a=1&amp;para=2&amp;amp;b=3"],
)
def test_references_outside_personal_data_stay_as_written(text):
    assert redact(text) == text


def test_spans_are_the_text_as_written():
    text = "<p>Тел.&nbsp;8&nbsp;912&nbsp;000&nbsp;11&nbsp;22, Иванов&nbsp;Иван&nbsp;Иванович</p>"
    spans = find_personal_data(text)
    assert [(text[s.start : s.stop], s.kind) for s in spans] == [
        ("8&nbsp;912&nbsp;000&nbsp;11&nbsp;22", "PHONE"), ("Иванов&nbsp;Иван&nbsp;Иванович", "PERSON")]


def test_the_decoded_text_is_what_clean_decodes():
    # html.unescape, and again what it leaves of references written whole (a text escaped twice: «&ampamp;» is
    # «&amp;» once)
    from mcu_nlp.html_entities import decoded_references, unescaped

    for text in ("a&nbsp;b&#64;c&#x40;d&amp;e&nbspf&unknown;g&ampamp;h&#0;i", "&lt;&gt;&quot;&NotEqualTilde;x",
                 "&amp;#43;7&amp;nbsp;9 &amp;amp;lt; &amp;para=1"):
        decoded = decoded_references(text)
        assert decoded.text == unescaped(text)
        for start in range(len(decoded.text)):
            first, last = decoded.span_as_written(start, start + 1)
            assert decoded.text[start] in unescaped(text[first:last])


def test_a_text_escaped_twice_is_cleaned_as_once():
    from mcu_nlp.cleaning import clean

    assert clean("Нет&amp;nbsp;воды &amp;#43;5") == clean("Нет&nbsp;воды &#43;5") == clean("Нет\xa0воды +5")
    from mcu_nlp.html_entities import unescaped

    assert unescaped("?a=1&amp;para=2") == "?a=1&para=2"  # a name without «;» as a browser shows it
    # clean() makes the "&" of a reference its decoding left a space: a second clean-up would read «&para» (session 26)
    assert clean("?a=1&amp;para=2") == clean("?a=1 para=2") == "?a=1 para=2"
