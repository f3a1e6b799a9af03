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
    ],
)
def test_personal_data_inside_references_is_masked(text, expected):
    assert redact(text) == expected
    assert redact(expected) == expected


@pytest.mark.parametrize(
    "text",
    ["Нет воды&nbsp;&mdash; дом 5, R&D, &amp; &unknown; & ещё", "&laquo;Ремонт&raquo;&nbsp;не&nbsp;начат",
     "AT&T 8&amp;9"],
)
def test_references_outside_personal_data_stay_as_written(text):
    assert redact(text) == text


def test_spans_are_the_text_as_written():
    text = "<p>Тел.&nbsp;8&nbsp;912&nbsp;000&nbsp;11&nbsp;22, Иванов&nbsp;Иван&nbsp;Иванович</p>"
    spans = find_personal_data(text)
    assert [(text[s.start : s.stop], s.kind) for s in spans] == [
        ("8&nbsp;912&nbsp;000&nbsp;11&nbsp;22", "PHONE"), ("Иванов&nbsp;Иван&nbsp;Иванович", "PERSON")]


def test_the_decoded_text_is_what_html_unescape_gives():
    import html

    from mcu_nlp.html_entities import decoded_references

    for text in ("a&nbsp;b&#64;c&#x40;d&amp;e&nbspf&unknown;g&ampamp;h&#0;i", "&lt;&gt;&quot;&NotEqualTilde;x"):
        decoded = decoded_references(text)
        assert decoded.text == html.unescape(text)
        for start in range(len(decoded.text)):
            first, last = decoded.span_as_written(start, start + 1)
            assert decoded.text[start] in html.unescape(text[first:last])
