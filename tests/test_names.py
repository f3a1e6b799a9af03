"""find_names: a first name with a surname the dictionary lacks, and a street word with a typo."""

from __future__ import annotations

import pytest

from mcu_nlp.names import find_names

#: (text, the names found in it)
NAMES = [
    # a known first name followed by a capitalised word the dictionary lacks (walkthrough 7, defect 8)
    ("мэр Курска Игорь Куцак обещал", ["Игорь Куцак"]),
    ("Прошу Главу Курска Игоря Куцака", ["Игоря Куцака"]),
    ("Игорь Куцак Петрович пришел", ["Игорь Куцак Петрович"]),
    ("Куцак Игорь Петрович пришел", ["Игорь Петрович"]),  # an unknown word only after a first name
    ("в лице Карла Маркса", ["Карла Маркса"]),  # «лице» is a word, not a misspelt «улице»
    # kept: a first name that is also a common word, an unknown word before the first name, or no first name
    ("Вера Куцак", []),
    ("Куцак Игорь", []),
    ("Курскстрой Куцак", []),
    ("Игорь, Куцак", []),
    # a street named after a person, after a street word with one typo (the text had «по удице Карла Маркса»)
    ("по удице Карла Маркса", []),
    ("по улицк Карла Маркса", []),
    ("по улице Карла Маркса", []),
    ("ул. Игоря Куцака 5", []),
    # a date after a name is no house number ("Юрия Гагарина 37" is a street)
    ("ребенок Иванов Иван 04.07.2018", ["Иванов Иван"]),
    ("Анна Смирнова 4 июля 2018", ["Анна Смирнова"]),
    ("по адресу Юрия Гагарина 37", []),
    ("по адресу Карла Маркса, 77/2.", []),  # a house with a fraction and a full stop is no date
    ("Юрия Гагарина 5 строения 2", []),
    # a March or August date, or a slashed one, after a name is no house number either («мартя» was spelt)
    ("ребенок Иванов Иван 4 марта 2018 года рождения", ["Иванов Иван"]),
    ("дочь Анна Смирнова 12 августа 2019 г.р.", ["Анна Смирнова"]),
    ("дочь Анна Смирнова 12/08/2019 г.р.", ["Анна Смирнова"]),
    # a square, alley or street named after someone whose surname the dictionary lacks (SPb corpus texts)
    ("Аварийное дерево в сквере Раисы Штрейс", []),
    ("на аллее Раисы Штрейс", []),
    ("Яма у дома на Жака Дюкло, нет освещения", []),
    ("в районе Ольги Форш яма", []),
    ("на Рихарда Зорге", []),
    ("по Рихарда Зорге", []),
    ("жалоба на Игоря Куцака", ["Игоря Куцака"]),  # a complaint word before «на»: a person
    ("на Анну Смирнову", ["Анну Смирнову"]),  # a surname the dictionary knows: «на» alone does not make a street
    # «г.» after a number is a year, not a town before a street-like name
    ("в 2019 г. Р.Н. Иванову", ["Р.Н. Иванову"]),
    ("в 2019 г. Р. Н. Иванову", ["Р. Н. Иванову"]),
    ("в 2019г. Иванову Р.Н.", ["Иванову Р.Н."]),
    ("в 2020 г. Анна Смирнова", ["Анна Смирнова"]),
    ("г. Н.Новгород", []),
    # a lone surname after a form of address
    ("тов. Иванов сказал", ["Иванов"]),
    ("г-н Иванов", ["Иванов"]),
    ("господину Петрову", ["Петрову"]),
    ("Товарищ Сухов", ["Сухов"]),
    # names in capitals: an unknown surname after a first name, hyphenated surnames, a surname after a role word
    ("ИГОРЬ КУЦАК звонил", ["ИГОРЬ КУЦАК"]),
    ("ГЛАВА КУРСКА ИГОРЬ КУЦАК НЕ ОТВЕЧАЕТ", ["ИГОРЬ КУЦАК"]),
    ("ПРОШУ ПРИНЯТЬ МЕРЫ, ВЛАДИМИР КУЦАК", ["ВЛАДИМИР КУЦАК"]),
    ("ЖАЛОБА НА ИГОРЯ КУЦАКА", ["ИГОРЯ КУЦАКА"]),
    ("ИВАНОВ ИВАН ИВАНОВИЧ, кв. 5", ["ИВАНОВ ИВАН ИВАНОВИЧ"]),
    ("ПРОШУ СВЯЗАТЬСЯ СО МНОЙ, ПЕТРОВА АННА СЕРГЕЕВНА", ["ПЕТРОВА АННА СЕРГЕЕВНА"]),
    ("РИМСКИЙ-КОРСАКОВ НИКОЛАЙ", ["РИМСКИЙ-КОРСАКОВ НИКОЛАЙ"]),
    ("САЛТЫКОВА-ЩЕДРИНА ИРИНА ПЕТРОВНА", ["САЛТЫКОВА-ЩЕДРИНА ИРИНА ПЕТРОВНА"]),
    ("ГРАЖДАНИН КУДРЯШОВ", ["КУДРЯШОВ"]),
    # kept in capitals as in mixed case: streets, abbreviations, an unknown word before a first name or after a comma
    ("УЛИЦА ЛЕНИНА 5", []),
    ("НА УЛИЦЕ КАРЛА МАРКСА", []),
    ("УЛ. САЛТЫКОВА-ЩЕДРИНА 5", []),
    ("ПРОСПЕКТ ЮРИЯ ГАГАРИНА", []),
    ("НА ЖАКА ДЮКЛО ЯМА", []),
    ("ПО РИХАРДА ЗОРГЕ", []),  # «ПО» is a preposition, not a surname («По»)
    ("По Рихарда Зорге", []),
    ("СЕРГЕЙ МКД", []),
    ("САНКТ-ПЕТЕРБУРГ", []),
    ("КУЦАК ИГОРЬ", []),
    ("ИГОРЬ, КУЦАК", []),
    ("Председатель ЖСК-533", []),  # an abbreviation after a role word
    ("Когда Сергеевкий ФАП обновят?", []),  # an unknown word in capitals after a title-case word
    ("У нас по деревне 1-е Мальцево", []),  # «по деревне» ends like «Сергеевне»: read as a lower-case name
    # after «меня зовут» / «с уважением» a name follows, in any case, a first name alone too
    ("меня зовут анна петрова", ["анна петрова"]),
    ("Меня зовут иванов иван", ["иванов иван"]),
    ("меня зовут анна, живу", ["анна"]),
    ("Здравствуйте, меня зовут Екатерина. Мой сын", ["Екатерина"]),
    ("меня зовут игорь куцак, я", ["игорь куцак"]),
    ("меня зовут семёнов пётр", ["семёнов пётр"]),
    ("МЕНЯ ЗОВУТ ИГОРЬ КУЦАК", ["ИГОРЬ КУЦАК"]),
    ("С уважением, Марина А.", ["Марина А."]),
    ("с уважением, иванов иван", ["иванов иван"]),
    ("С уважением,\nАнна Петровна", ["Анна Петровна"]),
    ("С уважением, жильцы дома 5", []),
    ("С уважением, ваш сосед", []),
    ("с уважением и надеждой на помощь", []),
    ("с уважением к вам", []),
    ("меня зовут на собрание", []),
]


@pytest.mark.parametrize(("text", "names"), NAMES)
def test_names(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in find_names(text)] == names
