"""redact: a surname that is also a thing's form («Машина», «Машину», «Машиной») beside a first name in the genitive or
accusative is a person where a capital says so: after the sentence's first word (9ed6de9 read every such pair as a
thing and a name, «Жалоба на Машина Ивана» stayed in clear). At a sentence's start a capital says nothing: «Машина
Ивана стоит на газоне» is Иван's car (tests/test_names_agreement.py)."""

from __future__ import annotations

import pytest

from mcu_nlp import redact

#: (text, what redact makes of it); each was masked on 5ca8a3e and left in clear on 9ed6de9
FIXED = [
    ("Прошу наказать соседа Машина Ивана", "Прошу наказать соседа [PERSON]"),
    ("Жалоба на Машина Ивана", "Жалоба на [PERSON]"),
    ("У Машина Ивана собака лает", "У [PERSON] собака лает"),
    ("Письмо от Машиной Анны", "Письмо от [PERSON]"),
    ("Прошу наказать Машину Анну", "Прошу наказать [PERSON]"),
    ("Жалоба на Ивана Машина", "Жалоба на [PERSON]"),
]

#: a thing opening the sentence stays a thing (9ed6de9's cases)
GUARDS = [
    ("Машина Ивана стоит на газоне", "Машина Ивана стоит на газоне"),
    ("Машину Иван поставил у подъезда", "Машину Иван поставил у подъезда"),
    ("Соседи жалуются. Машина Ивана стоит на газоне", "Соседи жалуются. Машина Ивана стоит на газоне"),
]


@pytest.mark.parametrize(("text", "expected"), FIXED + GUARDS)
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected
