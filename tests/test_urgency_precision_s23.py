"""Critical lexicon rows of issue #4 firing on the wrong kind of text (session 23, found on the dev pool): a gas
leak already repaired, icicles knocked down in a thank-you, plots with no power line yet, trees felled by beavers,
a banner or a wire hanging on a façade or a pole, rotten eggs said of hot water; and each row's own reports kept.
The shipped model reads the rows once refitted (its lexicon is frozen in it at its fit).
"""

import pytest
from helpers import names


def critical(text, signal):
    return (signal, "critical") in names(text)


# (signal, text): the row must not raise a critical alarm here
NOT_CRITICAL = [
    ("gas leak", "Утечку на вводе в дом газовики устранили в среду, всё в порядке, просто сообщаю"),
    ("gas leak", "Утечку газа в подвале устранили, спасибо аварийной службе"),
    ("icicles", "Сосульки с козырька сбили, спасибо, вопрос решён"),
    ("icicles", "Вчера над входом висели сосульки, сегодня их сбили и оградили, вопрос снят, спасибо"),
    ("no power", "Когда проведут электричество к новым участкам? Строиться без света невозможно."),
    ("falling tree", "Бобры подгрызли деревья у пруда, два уже упали на тропинку"),
    ("falling debris", "Баннер закрытого кафе так и висит на фасаде, рвётся на ветру"),
    ("falling debris", "На столбе у остановки висит старый обрезанный провод, уберите"),
    ("falling debris", "С опоры освещения свисает моток проводов"),
    ("gas smell", "горячая вода ржавая и воняет тухлыми яйцами второй день"),
]

# (signal, text): the row's own reports, kept
STILL_CRITICAL = [
    ("gas smell", "Утечку газа вчера устранили, но сейчас снова пахнет газом в подъезде"),
    ("gas smell", "В подъезде воняет тухлыми яйцами, похоже газ"),
    ("gas leak", "Утечка газа в подвале, газовики до сих пор не приехали"),
    ("icicles", "Над входом в школу висят огромные сосульки"),
    ("no power", "Третий день без света во всём доме, продукты портятся"),
    ("falling tree", "Дерево упало на дорогу у школы, проезд перекрыт"),
    ("falling debris", "Кусок штукатурки висит над входом в подъезд"),
    ("falling debris", "Плафон на фонарном столбе треснул и держится на честном слове"),
    ("falling debris", "С фасада падает штукатурка прямо на тротуар"),
]


@pytest.mark.parametrize(("signal", "text"), NOT_CRITICAL)
def test_wrong_kind_is_not_critical(signal, text):
    assert not critical(text, signal), names(text)


@pytest.mark.parametrize(("signal", "text"), STILL_CRITICAL)
def test_row_still_reads_its_kind(signal, text):
    assert critical(text, signal), names(text)


def test_a_thanks_for_another_thing_is_no_icicle_repair():
    assert not any(name == "icicles removed" for name, _ in names("Спасибо, что убрали рекламу с остановки"))
