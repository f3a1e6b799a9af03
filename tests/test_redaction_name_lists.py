"""Several people's names one after another with only a space or a line break between them (session 14): a list of
signatures, names run together; each person is masked, one [PERSON] each (mcu_nlp.name_lists)."""

import pytest

from mcu_nlp.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of signatures, one a line: the run of twelve name words was no name and stayed in clear
        ("Подписали: Лебедев Артём Викторович\nКовалёва Ирина Павловна\nМорозов Денис Игоревич\nГусева Ольга Андреевна",
         "Подписали: [PERSON]\n[PERSON]\n[PERSON]\n[PERSON]"),
        ("Жильцы дома:\nАнна Петровна Сидорова\nОлег Иванович Смирнов", "Жильцы дома:\n[PERSON]\n[PERSON]"),
        ("Лебедев Артём\nКовалёва Ирина Павловна", "[PERSON]\n[PERSON]"),
        ("ЛЕБЕДЕВ АРТЁМ ВИКТОРОВИЧ\nКОВАЛЁВА ИРИНА ПАВЛОВНА", "[PERSON]\n[PERSON]"),
        # names run together in a sentence
        ("Просим принять меры. Николаев Сергей Андреевич Орлова Татьяна Викторовна Зайцев Павел Ильич",
         "Просим принять меры. [PERSON] [PERSON] [PERSON]"),
        ("Вчера Волкова Елена Петровна Белов Игорь Николаевич приходили в управу",
         "Вчера [PERSON] [PERSON] приходили в управу"),
        ("Ответ прошу направить Зайцеву Павлу Ильичу Орловой Татьяне Викторовне",
         "Ответ прошу направить [PERSON] [PERSON]"),
        ("Подписи: Фролов Максим Егорова Дарья Титов Роман", "Подписи: [PERSON] [PERSON] [PERSON]"),
        ("Подписи: Сидоров Олег Петрович Иванова А.", "Подписи: [PERSON] [PERSON]"),
        # four words were one [PERSON]: now two people
        ("Заявители Фролов Максим Егорова Дарья", "Заявители [PERSON] [PERSON]"),
        # a surname and one initial in capitals closing a list (session 15: «ИВАНОВ И.» or more stayed in clear)
        ("ПЕТРОВ ПЁТР СИДОРОВА АННА ИВАНОВ И.", "[PERSON] [PERSON] [PERSON]"),
        ("ИВАНОВ ИВАН ИВАНОВИЧ ПЕТРОВА А.", "[PERSON] [PERSON]"),
        ("Подписи: Петров Пётр Петрович\nСидорова Анна\nИВАНОВ И.", "Подписи: [PERSON]\n[PERSON]\n[PERSON]"),
        ("Петров Пётр Сидорова Анна КОЗЛОВ И. просим", "[PERSON] [PERSON] [PERSON] просим"),
    ],
)
def test_each_person_of_a_list_is_masked(text, expected):
    assert redact(text) == expected
    assert redact(expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Лебедев Артём Викторович пришёл", "[PERSON] пришёл"),
        ("Смирнова А.В.\nКозлов Д.Е.\nПавлова Н.С.", "[PERSON]\n[PERSON]\n[PERSON]"),
        ("Николаев Сергей Андреевич, Орлова Татьяна Викторовна", "[PERSON], [PERSON]"),
        ("на проспекте Маршала Жукова Георгия Константиновича яма",
         "на проспекте Маршала Жукова Георгия Константиновича яма"),
        ("Парк Победы Московский Район Санкт Петербург", "Парк Победы Московский Район Санкт Петербург"),
        # an initial in a run of capitals is more often a place's type (город, деревня, шоссе)
        ("ЛО Г. ПУШКИН Д.АЛЕКСАНДРОВСКАЯ ВОЛХОНСКОЕ  Ш. ДОМ 5", "ЛО Г. ПУШКИН Д.АЛЕКСАНДРОВСКАЯ ВОЛХОНСКОЕ  Ш. ДОМ 5"),
    ],
)
def test_one_name_and_no_name_stay_as_they_were(text, expected):
    assert redact(text) == expected
