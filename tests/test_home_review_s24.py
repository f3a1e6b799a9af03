"""Session 24 mid-session review (items 5, 6, 7, 13): which addresses after «Заявитель:», a home phrase and a full
stop, or a town and a comma are a home. Invented names and addresses."""

from __future__ import annotations

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize(
    "text",
    [
        # item 5: a request or a complaint, an organisation between «Заявитель:» and «адрес»: the problem's place
        "Заявитель: Сидоров А.П., прошу проверить, адрес: ул. Садовая, д. 17 — там яма",
        "Заявитель: Сидоров Андрей, жалоба на яму, адрес: ул. Садовая, д. 17",
        "заявитель: УК Ромашка, адрес: ул. Садовая, д. 17",
        # item 6: a full stop after the home phrase
        "Не указан адрес заявителя. Яма на ул. Садовая, 17",
        "Адрес регистрации. Яма на ул. Садовая, 17",
        # item 13: a shop's name and number after a town and a comma
        "Живу в Курске, Пятерочка 1 закрыта",
        "Живу в Курске, Магнит 3 не работает",
    ],
)
def test_a_problems_place_stays(text):
    assert "Садовая, д. 17" in redact(text) or "Садовая, 17" in redact(text) or redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # item 7: a town with its type between the applicant's name and «адрес»
        "Заявитель: Иванова Анна, г. Коломна, адрес: ул. Садовая, д. 17, кв. 8",
        "Заявитель: Сидоров А. П., тел. 8 912 345-67-89, адрес: ул. Садовая, д. 17",
        # guards: homes stay masked
        "Заявитель: Сидоров А. П., адрес: ул. Садовая, д. 17",
        "Адрес заявителя: г. Коломна, ул. Садовая, д. 17. Прошу убрать мусор",
        "адрес регистрации: ул. Садовая, д. 17",
        "проживаю в Курске, Садовая 5-12",
        "Проживаю в п. Солнечный, Садовая 3",
        "Проживаю в Курске, Садовая 5-12 затопило",
        "проживаю в Курске, Садовая 5 подъезд грязный",
    ],
)
def test_a_home_is_masked(text):
    out = redact(text)
    assert "Садовая" not in out and "[ADDRESS]" in out, out
