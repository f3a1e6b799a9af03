"""Words that say who or what a being is, and words for a message: written before a first name, capitalised at a
sentence's start ("Соседка Анна Петровна шумит", "Кот Васька орёт", "Просьба Анна Петровна перезвонить"), they are
never its surname (:mod:`mcu_nlp.name_nouns`). :mod:`mcu_nlp.home_phrases` reads the kinds of animal too: where an
animal lives is no household's home.
"""

from __future__ import annotations

from mcu_nlp.morphology import analyzer, lemma
from mcu_nlp.name_context import word_set
from mcu_nlp.name_roles import PERSON_BEFORE

#: Who a person is, by lemma: written before a first name, capitalised at a sentence's start ("Соседка Анна
#: Петровна шумит", "Сантехник Ильяс знает"), never taken for a surname beside it; role words too (PERSON_BEFORE).
DESCRIBED = PERSON_BEFORE | word_set(
    "житель жительница жилец жиличка пенсионер пенсионерка инвалид ветеран блокадник блокадница мать отец сын дочь "
    "дочка муж жена брат сестра бабушка дедушка внук внучка тетя дядя ребенок мама папа свекровь теща собственник "
    "арендатор квартиросъемщик наниматель сантехник электрик слесарь уборщица уборщик консьерж консьержка вахтер "
    "охранник водитель кассир продавец продавщица медсестра фельдшер терапевт педиатр учитель учительница "
    "воспитатель воспитательница заместитель руководитель сотрудник сотрудница специалист инженер прораб бригадир "
    "диспетчер оператор менеджер юрист администратор секретарь подрядчик исполнитель хозяин хозяйка владелец "
    "владелица человек мужчина женщина девушка парень молодой бабка дед старик студент школьник супруг супруга "
    "тесть свекор бабуля родственник родственница представитель представительница истец ответчик застройщик "
    "поставщик заказчик потребитель абонент пациент покупатель клиент гость соседушка зам замглавы бог господь "
    "граф графиня князь княгиня барон баронесса царь король королева принц принцесса"
)
#: Who a resident is, by lemma: before a surname alone they name a person as a role word does ("пенсионерка Иванова
#: живет одна", "квартира ветерана Петрова", "мать-одиночка Сидорова"): a household's member, a neighbour, a
#: vulnerable person, no title nor a street's namesake.
RESIDENTS = word_set(
    "жилец жиличка пенсионер пенсионерка инвалид ветеран блокадник блокадница одиночка мать отец "
    "сын дочь дочка муж жена брат сестра бабушка дедушка внук внучка тетя дядя мама папа свекровь теща арендатор "
    "квартиросъемщик наниматель хозяин хозяйка владелец владелица бабка дед старик старушка бабуля супруг супруга "
    "родственник родственница многодетный многодетная"
)
#: Kinds of pet or farm animal, by lemma: written before an animal's name ("Кот Васька орёт", "Кошка Маша пропала",
#: "Собака Жучка лает"), never its surname. Wild animals are left out: «Медведь», «Заяц», «Сокол», «Соловей» are
#: surnames too.
ANIMALS = word_set(
    "кот кошка котик кошечка котенок котёнок кобель сука пес пёс песик пёсик псина собака собачка щенок питомец "
    "попугай хомяк кролик свинка конь лошадь кобыла жеребец пони корова бык теленок телёнок коза козел козёл"
)
#: Words for a message, a request or a greeting, by lemma: they open a sentence addressing someone ("Просьба Анна
#: Петровна перезвонить", "Привет Анна Петровна", "Жалоба Иван Петрович не реагирует"), never as a surname.
MESSAGES = word_set(
    "привет просьба жалоба заявление заявка обращение письмо претензия вопрос ответ благодарность спасибо сообщение "
    "уведомление напоминание информация предложение требование замечание поздравление пожелание извинение"
)
NEVER_SURNAMES = DESCRIBED | ANIMALS | MESSAGES


def resident_word(word: str) -> bool:
    """Whether the lower-case ``word`` names one resident (:data:`RESIDENTS`) in any case: "пенсионерка",
    "ветерана", "бабушке", "мать-одиночка" (by its last part); no plural: "ул. Братьев Радченко" is a street."""
    word = word.rsplit("-", 1)[-1]
    if not word.isalpha() or (word not in RESIDENTS and lemma(word) not in RESIDENTS):
        return False
    return any(p.tag.number != "plur" and p.normal_form.replace("ё", "е") in RESIDENTS for p in analyzer().parse(word))
