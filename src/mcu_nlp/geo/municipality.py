"""The municipality a text is about, chosen among the places found in it (see ``best_municipality``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from mcu_nlp.geo.forms import CAPITALISED, LEVEL_SCORE, morph
from mcu_nlp.geo.tokens import normalize_word
from mcu_nlp.records import Place

# Севастополь's four districts (районы), each found as its core municipal okrug (internal.SEVASTOPOL_DISTRICTS:
# Балаклавский, Гагаринский, Ленинский, Нахимовский): one yields to a settlement of another of the city's okrugs named
# beside it, the finer place ("Балаклавский район, с. Орлиное" is Орлиновский муниципальный округ, 67306000: the районы
# of Балаклавский and Нахимовский hold Орлиновский, Терновский, Инкерман and Качинский, Андреевский, Верхнесадовский;
# review of session 49)
SEVASTOPOL_DISTRICT_CORES = frozenset({"67302000", "67310000", "67312000", "67314000"})
# Below this score a place was picked among same-named ones in other regions without region evidence.
CONFIDENT = 0.6
# An answer only gone to or come from, where the text names a place it is about (``_Ranks.away``), keeps this share of
# its score (choice's UNSETTLED_FACTOR: 0.95 becomes 0.57, below CONFIDENT)
AWAY_FACTOR = 0.6
FEDERAL_CITIES = frozenset({"77", "78", "92"})
UNAMBIGUOUS = LEVEL_SCORE[CAPITALISED]  # the lowest score of a form that is no ordinary word or person's name
CENTRE_STEM = 4  # letters of a settlement's name its district's name must start with (Орёл → Орловский: too short)
# Where someone comes from ("Я из Балтийска, живу в Калининграде") and where they are ("в", "на") ...
TOWN_WORD = r"(?:г\.\s*|г\s+|город\w*\s+)?"  # "из г. Балтийска", "в городе Калининграде"
ORIGIN = re.compile(rf"(?:^|[^\w-])(?:из|от)\s+{TOWN_WORD}$", re.IGNORECASE)
STAY = re.compile(rf"(?:^|[^\w-])(?:в|во|на)\s+{TOWN_WORD}$", re.IGNORECASE)
# where someone goes: the name right after "в"/"на" ("в город Льгов" is where one is, the town word in the locative)
GOES = re.compile(r"(?:^|[^\w-])(?:в|во|на)\s+$", re.IGNORECASE)
# where someone goes, in the genitive after "до": "Пушкинские Горы — автобус до Пскова отменили"; where a way passes
# ("через": "Тутаев: паром не ходит, только в объезд через Ярославль"), and what a place is near ("пгт Берёзовка под
# Красноярском", "возле Пскова"): no place of the problem while another place is named
GOES_TO = re.compile(
    rf"(?:^|[^\w-])(?:до|через|под|возле|около|близ|вблизи|(?:рядом|по\s*соседству)\s+со?|(?:недалеко|неподал[её]ку)\s+от)"
    rf"\s+{TOWN_WORD}$",
    re.IGNORECASE,
)
# a road named after the towns it joins, the name right after a road's word: "на трассе Уфа-Оренбург у Кумертау яма",
# "дорога Усть-Кулом – Помоздино" (the second town after the first and a dash): the road, not where on it the problem is
ROAD_NAME = re.compile(
    r"(?:^|[^\w-])(?:авто)?(?:трасс|дорог|шоссе|тракт)\w*\s+[«\"„]?\s*(?:[\w-]+\s*[-–—]\s*)?$", re.IGNORECASE
)
ROAD_BEFORE = 40  # characters before a mention searched for a road's word and the road's first town
# a route's end right after its start and a hyphen or a dash: "автобус Белебей - Уфа", "Белебей-Уфа" is Белебей's
ROUTE_DASH = re.compile(r"\s*[-\u2010\u2011\u2013\u2014]\s*")
# a clause right after the mention that is about that place: "езжу к маме в Усть-Коксу, там ФАП закрыт"
THERE = re.compile(r"\s*[,;:—–-]?\s*(?:а\s+)?(?:там|тут|где)(?![\w-])", re.IGNORECASE)
# ... and after an origin, "там" (not "где": «из Томска, где родился, живу в ...» is where one comes from; not "тут",
# where the writer is now: «Приехал из Казани, тут в Уфе нет воды» is Уфа), when no place after it is where someone is
THERE_NOW = re.compile(r"\s*[,;:—–-]?\s*(?:а\s+)?там(?![\w-])", re.IGNORECASE)
# ... unless the origin starts a route to the next place: "из Балтийска в Калининград", "Из Вольска до Саратова";
ROUTE_GAP = re.compile(rf"\s*(?:[-–—]\s*|(?:в|во|до|на)\s+){TOWN_WORD}", re.IGNORECASE)
# a move is no route: "Переехали из Якутска в Нерюнгри, тут нет воды" is about Нерюнгри; nor is an arrival told in the
# past, whose trip is over (session 42: "приехал из ленинска-кузнецкого в новосиб, на вокзале ..." is Новосибирск,
# "Прилетели из Казани в Уфу, в аэропорту ..." Уфа; "Я из Казани, еду в Уфу, в поезде грязно" stays Казань)
MOVE_VERB = (
    r"(?:^|[^\w-])(?:пере[её]х|переезж|перебра|переселил|переселя|вернул|возвращ|приехал|прилетел|прибыл|доехал|добрал)"
    r"\w*"
)
# ... but a bus that arrived is on its route, whose start it keeps: "автобус приехал из Бердска в Новосибирск поздно"
ARRIVING_TRANSPORT = re.compile(
    r"(?:автобус|маршрутк|электричк|поезд|троллейбус|трамва|рейс|самол[её]т)\w*\s+(?:\w+\s+)?"
    r"(?:приехал|прилетел|прибыл|доехал)",
    re.IGNORECASE,
)
MOVED = re.compile(rf"{MOVE_VERB}(?:\s+[\w-]+){{0,3}}\s+из\s+{TOWN_WORD}$", re.IGNORECASE)
# ... and where one moves to is where one stays: "Переехали из Омска в Тару" (no destination, see _destination)
MOVED_TO = re.compile(rf"{MOVE_VERB}(?:\s+[\w-]+){{0,5}}\s+(?:в|во|на)\s+{TOWN_WORD}$", re.IGNORECASE)
# A name right after a bare «на» is often a river's, which a town or village of that name shares («На Шексне у моста в
# Череповце», «на Оби в Новосибирске»: the rivers, not the village Шексна nor the town Обь): where the text names
# another place after «в»/«во» in the locative, such a place ranks below it (session 25)
ON = re.compile(r"(?:^|[^\w-])на\s+$", re.IGNORECASE)
# ... only when that place follows in the same clause, a few words on: «На Шексне у моста в Череповце»; not «Живу в
# Твери, а дача на Валдае», «На Валдае нет света, в Новгороде не отвечают» (session 25 review)
ON_TO_IN = re.compile(r"(?:[^,;:.!?…—–\n()]|(?<=\bг)\.)*")
ON_TO_IN_WORDS = 5  # words between, «в» and a town's type word included: "у моста в", "у моста в г."
IN = re.compile(rf"(?:^|[^\w-])(?:в|во)\s+{TOWN_WORD}$", re.IGNORECASE)
# Where the writer lives is no problem place when another place is named where someone is: "Живу в Пензе, а мама в
# Кузнецке — в её доме нет воды" is about Кузнецк (as "Я из X" is, and "Я из X, живу в Y" is about Y)
HOME = re.compile(rf"(?:^|[^\w-])(?:живу|живем|живём|проживаю|проживаем)\s+(?:в|во|на)\s+{TOWN_WORD}$", re.IGNORECASE)
# Residents of a place are where someone lives, whatever follows: "Жители Новосибирска жалуются: в Бердске ...", but
# not where they go: "Жители Бердска просят автобус в Новосибирск" (the other place must be in the locative)
RESIDENTS = re.compile(rf"(?:^|[^\w-])жител\w*\s+{TOWN_WORD}$", re.IGNORECASE)
# ... as are a place's residents named by its demonym, a word of people ("махачкалинцы, в Каспийске нет воды" is
# Каспийск's, as "Жители Махачкалы ..." would be): the plural's endings, on a name that has none of them (Люберцы)
DEMONYM_END = re.compile(r"(?:цы|цев|цам|цами|цах|[ая]не|[ая]нам|[ая]нами|[ая]нах|ичи|ичам|ичами|ичах)$")
# A town heading the text, then a full stop, a colon, a line break or a spaced dash, says where the writer is, not
# where the problem is when the text names a place after "в"/"на": "Хабаровск. В Бикине нет воды" is about Бикин
HEADING = re.compile(rf"[\W_]*{TOWN_WORD}", re.IGNORECASE)
HEADING_MARK = re.compile(r"[^\S\n]*(?:[.:;!\n]|[—–-]\s)")
# A place set against the problem as one where all is well: "там нет воды, а в Перми есть", "у нас не убирают, а в
# Кунгуре всё чисто" (session 21): «а» and a place's preposition before it, and after it, to the clause's end, only
# words that say something is there or works; "а в Уфе мусор", "а в Перми тоже нет" are places with a problem.
CONTRAST = re.compile(rf"(?:^|[,;:—–-]\s*|\s)а\s+(?:вот\s+)?(?:в|во|на|у)\s+{TOWN_WORD}$", re.IGNORECASE)
FINE_WORDS = (
    r"есть|все|всё|хорошо|нормально|норм|работает|работают|чисто|убирают|убрали|вывозят|почистили|чистят|починили|"
    r"сделали|дали|дают|включили|горит|ходит|ходят|тепло|светло|в\s+порядке|порядок|уже|давно|как\s+надо"
)
WELL_AFTER = 80  # characters after a mention read for ``ALL_WELL``
ALL_WELL = re.compile(rf"(?:\s+(?:{FINE_WORDS}))+\s*(?:[.,;!?)]|$)", re.IGNORECASE)
LOCATIVE = frozenset({"loct", "loc2"})
# A road's or a transport's noun and «на» right before a name: where it goes, whatever case the name reads in
# ("дорогу на Нелидово не ремонтируют": an undeclined name reads as the locative too; session 71, blind72)
WAY_ON = re.compile(
    rf"(?:^|[^\w-])(?:дорог[аиуеой]|трасс[аыуеой]|автобус\w*|маршрут\w*|рейс\w*|поворот\w*|электричк\w*|поезд\w*)"
    rf"\s+на\s+{TOWN_WORD}$",
    re.IGNORECASE,
)
UNDECLINED = ("ово", "ево", "ино", "ыно")  # "в Иглино", "в Пушкино": the literary "в Иглине" is rarely written
BEFORE = 20  # characters before a mention searched for its preposition
MOVE_BEFORE = 60  # ... and for a verb of moving before it
RESIDENT, FROM = "resident", "from"


@dataclass
class Vote:
    """What the mentions of one municipality say for it."""

    first: int  # offset of its first mention
    confident: int = 0  # mentions not picked among same-named places elsewhere without region evidence
    mentions: int = 0
    town: bool = False  # a town that is its own municipality ("г Лабытнанги")
    district_town: bool = False  # a town of a городской округ named otherwise ("Балтийск"), named unambiguously
    centre: bool = False  # a town its district is named after ("Вольск"), named unambiguously
    origin: bool = True  # every mention says where someone comes from ("Я из Балтийска, ...")
    resident: bool = True  # ... each as "Жители X"
    home: bool = True  # every mention says where the writer lives ("Живу в Пензе, ...")
    destination: bool = True  # every mention says where someone goes ("еду в Уфу", "дорога на Саров")
    road: bool = True  # ... each in a road's name ("трасса Уфа-Оренбург"): below a place the problem is near
    heading: bool = True  # ... each heading the text ("Хабаровск. В Бикине ..."): below a place someone is in
    on: bool = True  # ... each right after a bare «на» ("на Шексне"): below a place named after «в» (``IN``)


def best_municipality(places: Iterable[Place], text: str | None = None) -> Place | None:
    """The municipality a text is about: settlements count for their municipality; None if none.

    The municipality with most confident mentions wins (a place picked among same-named ones in
    other regions without region evidence is not confident), then with most mentions; on a tie a
    town that is its own municipality beats a district
    ("Приуральский р-н, г Лабытнанги" → Лабытнанги), then the earlier mention wins. With no district
    named, a settlement of a городской округ named otherwise or of the district named after it, whose name is
    no ordinary word or person's name, ranks with such a town ("из Балтийска в Калининград" → Балтийский
    городской округ; "Из Вольска до Саратова" → Вольский район, in one region only; not "В парке
    Дзержинского ... города Курска", nor "СПб, Пушкин", where Санкт-Петербург is no городской округ).
    Given the ``text``, a place only said to be where someone comes from ("из", "от", not starting a route
    unless after a verb of moving; "Жители X") ranks below the others at equal mentions when a place after
    "в"/"на" is named ("Я из Балтийска, живу в Калининграде" → Калининград; "Жители Новосибирска жалуются:
    в Бердске ..." → Бердск; "Переехали из Якутска в Нерюнгри" → Нерюнгринский район); named alone, it stays.
    So does a place only said to be where someone goes ("в"/"на" and the accusative, or "до": "Я из Казани, еду в
    Уфу, в поезде грязно" → Казань, the journey's start, as "Автобус из Якутска в Нерюнгри" is Якутск's and "автобус
    Белебей - Уфа" Белебей's, a route's end right after its start and a dash being where it goes; "Спас-Клепики:
    дорога в Рязань разбита" → Клепиковский район; "Икряное — дорога до Астрахани" → Икрянинский район), and the
    writer's home ("живу в X") when another place is named where someone is ("Живу в Пензе, а мама в Кузнецке — в её
    доме нет воды" → Кузнецк), and a place named only after a bare «на», often a river's name ("На Шексне у моста в
    Череповце" → Череповец), when a place after «в»/«во» in the locative follows it in the same clause ("На Валдае нет
    света, в Новгороде не отвечают" stays Валдайский район).
    A federal city (Москва, Санкт-Петербург, Севастополь) mentioned alone is returned as its
    region-level place, which is its own municipality (``municipality_oktmo`` "45000000" for Москва).

    >>> from mcu_nlp.geo import GeoResolver
    >>> best_municipality(GeoResolver().resolve("Пуровский р-н, п. Ханымей")).oktmo
    '71940000'
    >>> best_municipality([]) is None
    True
    """
    places = _untagged(_sevastopol_villages(p for p in places if not (text and _all_well(p, text))), text)
    votes, first = _count(places, text)
    if not votes:
        return next((p for p in places if p.kind == "region" and p.region_code in FEDERAL_CITIES), None)
    last_stay = max((p.start for p in places if p.kind != "region" and text and _stays(p, text)), default=-1)
    stays = [p for p in places if p.kind != "region" and text and _is_where(p, text, last_stay)]
    stays = [p for p in stays if not _destination(p, text or "")]
    ranks = _Ranks(
        district_named=any(p.kind == "municipality" and p.municipality_oktmo and _district(p) for p in places),
        one_region=len({m.region_code for m in first.values()}) == 1,
        someone_stays=bool(stays),
        someone_else_stays=any(not _home(p, text or "") for p in stays),
        someone_lives=any(v.origin and v.resident for v in votes.values())
        and any(_lives(p, text or "") for p in places if p.kind != "region"),
        heading_named=any(v.heading and not v.origin for v in votes.values()),
        someone_in=any(_inside(p, text or "") for p in places if p.kind != "region"),
    )
    best = max(votes, key=lambda code: ranks(votes[code]))
    if ranks.away(votes[best]) and not all(ranks.away(vote) for vote in votes.values()):
        # session 62: the answer is only gone to, come from or passed, and the text names a place it is about, only
        # unsettled ("Арзгир, на трассе Арзгир - Москва яма" with no region): a guess, below CONFIDENT
        return replace(first[best], score=round(first[best].score * AWAY_FACTOR, 3))
    return first[best]


@dataclass(frozen=True)
class _Ranks:
    """Ranks a municipality's vote: confident mentions, mentions, not only an origin, a town, the earlier mention."""

    district_named: bool
    one_region: bool  # a district's town (Вольск) ranks as a town among places of one region only
    someone_stays: bool  # a place after "в"/"на" is named, not as a destination, so a place someone only comes from
    # is not the one
    someone_else_stays: bool  # ... and not as the writer's home, so the writer's home is not the one
    someone_lives: bool  # ... in the locative, so residents of another place are not where the problem is
    heading_named: bool  # a place heads the text (``_heading``), so a place someone only comes from is not the one:
    # "Иннополис — автобус из Казани редко ходит" is Иннополис's
    someone_in: bool = False  # a place after «в»/«во» in the locative is named, so one only after «на» (a river's
    # name, often: "На Шексне у моста в Череповце") is not the one

    def __call__(self, vote: Vote) -> tuple:
        # with no district named, a town of a городской округ (Балтийск) ranks with a town that is its own
        # municipality; so does a district's town (Вольск) in one region ("в город Трубчевск ... наш Курск")
        named_town = vote.district_town or (vote.centre and self.one_region)
        town = vote.town or (named_town and not self.district_named)
        away = self.away(vote)
        return (vote.confident, vote.mentions, not away, not vote.road, town and not away, -vote.first)

    def away(self, vote: Vote) -> bool:
        """Each mention is where someone only comes from, goes to, lives apart from the problem, heads the text or
        names a river, while the text names a place that is not so."""
        away = vote.origin and (self.someone_lives if vote.resident else self.someone_stays or self.heading_named)
        away = away or vote.destination or ((vote.home or vote.heading) and self.someone_else_stays)
        return away or (vote.on and self.someone_in)


def _count(places: list[Place], text: str | None) -> tuple[dict[str, Vote], dict[str, Place]]:
    """Votes and first mentions by municipality ОКТМО; settlements count for their municipality."""
    votes: dict[str, Vote] = {}
    first: dict[str, Place] = {}
    mentions = [p for p in places if p.kind != "region" and p.municipality_oktmo is not None]
    last_stay = max((p.start for p in mentions if text is not None and _stays(p, text)), default=-1)
    for k, p in enumerate(mentions):
        as_mun = p if p.kind == "municipality" else _as_municipality(p)
        vote = votes.setdefault(as_mun.oktmo, Vote(first=as_mun.start))
        first.setdefault(as_mun.oktmo, as_mun)
        vote.confident += p.score >= CONFIDENT
        vote.mentions += 1
        vote.town = vote.town or (p.kind == "municipality" and not _district(p))
        settlement = p.kind == "settlement" and p.score >= UNAMBIGUOUS
        vote.district_town = vote.district_town or (settlement and (p.municipality or "").endswith("городской округ"))
        vote.centre = vote.centre or (settlement and _centre(p))
        following = mentions[k + 1] if k + 1 < len(mentions) else None
        origin = _comes_from(p, following, text, last_stay) if text is not None else None
        vote.origin = vote.origin and origin is not None
        vote.resident = vote.resident and origin == RESIDENT
        vote.home = vote.home and text is not None and _home(p, text)
        route_end = k > 0 and text is not None and ROUTE_DASH.fullmatch(text, mentions[k - 1].stop, p.start) is not None
        vote.destination = vote.destination and text is not None and (route_end or _destination(p, text))
        vote.road = vote.road and text is not None and _road(p, text)
        vote.heading = vote.heading and k == 0 and text is not None and _heading(p, text)  # the first only
        vote.on = vote.on and text is not None and _on_before_in(p, following, text)
    return votes, first


def _sevastopol_villages(places: Iterable[Place]) -> list[Place]:
    """``places`` but a district of Севастополь (``SEVASTOPOL_DISTRICT_CORES``) where a settlement of another of its
    okrugs is among them: "Нахимовский район, с. Андреевка" is Андреевский муниципальный округ, 67318000."""
    places = list(places)
    okrugs = {p.municipality_oktmo for p in places if p.kind == "settlement" and p.region_code == "92"}
    return [
        p
        for p in places
        if not (p.kind == "municipality" and p.oktmo in SEVASTOPOL_DISTRICT_CORES and okrugs - {p.oktmo})
    ]


def _district(p: Place) -> bool:
    return p.name.endswith(("район", "округ"))


def _comes_from(p: Place, following: Place | None, text: str, last_stay: int = -1) -> str | None:
    """RESIDENT or FROM if the mention says where someone lives ("Жители X") or comes from ("Я из Балтийска, живу
    ..."), not where a route starts, nor a place a clause is about (``_there_now``); else None."""
    before = text[max(0, p.start - BEFORE) : p.start]
    if RESIDENTS.search(before) is not None or _demonym(p, text):
        return RESIDENT
    if ORIGIN.search(before) is None:  # a clause after an origin is no sign: «из Томска, где родился, живу в ...»
        return None
    if _there_now(p, text, last_stay):  # "пишу за отца из Алдана: там не вывозят мусор"
        return None
    if following is None or _moved(MOVED, text, p):
        return FROM
    # a route's end the next clause is about is where the problem is: "из Казани в Зеленодольск, где в школе ..."
    route = ROUTE_GAP.fullmatch(text[p.stop : following.start]) is not None and not _there(following, text)
    return None if route else FROM


def _moved(pattern: re.Pattern, text: str, p: Place) -> bool:
    """``pattern`` (``MOVED``, ``MOVED_TO``) matches before the mention: someone moved or arrived from or to it, not a
    vehicle on its route (``ARRIVING_TRANSPORT``).

    >>> ufa = Place("Уфа", "municipality", "", "", "", "", "02", 20, 23, 0.95)
    >>> _moved(MOVED_TO, "Приехал из Казани в Уфу", ufa)
    True
    >>> bus = Place("Уфа", "municipality", "", "", "", "", "02", 28, 31, 0.95)
    >>> _moved(MOVED_TO, "автобус приехал из Казани в Уфу", bus)
    False
    """
    before = text[max(0, p.start - MOVE_BEFORE) : p.start]
    return pattern.search(before) is not None and ARRIVING_TRANSPORT.search(before) is None


def _demonym(p: Place, text: str) -> bool:
    """The mention is one word in a demonym's plural ending (``DEMONYM_END``) on a place whose name has none.

    >>> _demonym(Place("Курган", "municipality", "", "", "", "", "45", 0, 8, 0.95), "курганцы, в Кетово пробка")
    True
    >>> _demonym(Place("Люберцы", "municipality", "", "", "", "", "50", 2, 10, 0.95), "в Люберцах нет воды")
    False
    """
    word = text[p.start : p.stop].lower()
    name = normalize_word(p.name)
    return word.isalpha() and DEMONYM_END.search(word) is not None and DEMONYM_END.search(name) is None


def _untagged(places: list[Place], text: str | None) -> list[Place]:
    """``places`` without those named only in a hashtag («#хабаровск», «#Уфа») where the text's words name another: a
    post's tag of the region's capital is no place of its problem ("В Ванино оборвался провод #хабаровск" is Ванинский
    район; session 67, a Хабаровский край walkthrough's D1: a trailing tag sent 56 % of an analyst's appeals to
    Хабаровск); a tag alone stays the answer ("Яма на дороге #хабаровск").

    >>> text = "В Ванино оборвался провод, висит #хабаровск"
    >>> tag = text.index("#") + 1
    >>> ps = [Place("Ванино", "settlement", "", "", "", "", "27", 2, 8, 0.75),
    ...       Place("Хабаровск", "municipality", "", "", "", "", "27", tag, tag + 9, 0.95)]
    >>> [p.name for p in _untagged(ps, text)], [p.name for p in _untagged(ps[1:], text)]
    (['Ванино'], ['Хабаровск'])
    """
    if not text:
        return places
    untagged = [p for p in places if not (p.start > 0 and text[p.start - 1] == "#")]
    return untagged if untagged else places


def _all_well(p: Place, text: str) -> bool:
    """The mention is a place set against the problem as one where all is well (``CONTRAST``, ``ALL_WELL``): "там нет
    воды, а в Перми есть" is about a place the text does not name, not Пермь.

    >>> _all_well(Place("Пермь", "settlement", "", "", "", "", "59", 18, 23, 0.95), "там нет воды, а в Перми есть")
    True
    >>> _all_well(Place("Уфа", "settlement", "", "", "", "", "02", 21, 24, 0.95), "там всё убирают, а в Уфе мусор")
    False
    """
    return (
        CONTRAST.search(text[max(0, p.start - BEFORE) : p.start]) is not None
        and ALL_WELL.match(text, p.stop, p.stop + WELL_AFTER) is not None
    )


def _stays(p: Place, text: str) -> bool:
    return STAY.search(text[max(0, p.start - BEFORE) : p.start]) is not None


def _is_where(p: Place, text: str, last_stay: int) -> bool:
    """Where someone is: after "в"/"на" (``_stays``), or a place the next clause is about ("из Алдана: там ...")."""
    return _stays(p, text) or _there_now(p, text, last_stay)


def _there_now(p: Place, text: str, last_stay: int) -> bool:
    """"там" follows the mention and no place after it is where someone is (``last_stay``: the last such mention's
    start): «Пишу из Казани, там в Уфе у мамы нет воды», «Родом из Кунгура, там хорошо, живу в Перми» are not the
    origin's."""
    return last_stay < p.stop and THERE_NOW.match(text, p.stop, p.stop + BEFORE) is not None


def _lives(p: Place, text: str) -> bool:
    """After "в"/"на" in the locative ("в Бердске"), or a form that may be one ("в Кемерово"); not "в Новосибирск"."""
    return _stays(p, text) and bool(_cases(p, text) & LOCATIVE)


def _on_before_in(p: Place, following: Place | None, text: str) -> bool:
    """Right after a bare «на» (``ON``), with the next mention after «в»/«во» in the locative (``_inside``), not the
    writer's home (``HOME``), in the same clause at most ``ON_TO_IN_WORDS`` words on.

    >>> sheksna = Place("Шексна", "settlement", "", "", "", "", "35", 3, 9, 0.95)
    >>> town = Place("Череповец", "municipality", "", "", "", "", "35", 23, 32, 0.95)
    >>> _on_before_in(sheksna, town, "на Шексне у моста в г. Череповце лёд")
    True
    >>> town = Place("Череповец", "municipality", "", "", "", "", "35", 30, 39, 0.95)
    >>> _on_before_in(sheksna, town, "на Шексне нет света, звонил в Череповце")
    False
    """
    if following is None or ON.search(text[max(0, p.start - BEFORE) : p.start]) is None:
        return False
    gap = text[p.stop : following.start]
    near = ON_TO_IN.fullmatch(gap) is not None and len(gap.split()) <= ON_TO_IN_WORDS
    return near and _inside(following, text) and not _home(following, text)


def _inside(p: Place, text: str) -> bool:
    """After «в»/«во» in the locative ("в Череповце"), or a form that may be one; not after «на» (``ON``).

    >>> _inside(Place("Череповец", "municipality", "", "", "", "", "35", 2, 11, 0.95), "в Череповце лёд")
    True
    """
    return IN.search(text[max(0, p.start - BEFORE) : p.start]) is not None and bool(_cases(p, text) & LOCATIVE)


def _heading(p: Place, text: str) -> bool:
    """The mention opens the text (a town's type word at most before it) and a full stop, a colon, a line break or a
    spaced dash follows: "Хабаровск. В Бикине ...", "г. Хабаровск\nВ Бикине ..."."""
    return HEADING.fullmatch(text, 0, p.start) is not None and HEADING_MARK.match(text, p.stop) is not None


def _home(p: Place, text: str) -> bool:
    return HOME.search(text[max(0, p.start - BEFORE) : p.start]) is not None


def _destination(p: Place, text: str) -> bool:
    """Right after "в"/"на", in the accusative and no form that may be the locative: where someone goes ("еду в Уфу",
    "дорога на Саров", "автобус в Новосибирск"); not where one moves to ("Переехали из Омска в Тару"). Right after
    "до": where a bus or a road goes ("Икряное — дорога до Астрахани разбита"), and after a road's or a bus's noun and
    "на" in any case ("дорогу на Нелидово не ремонтируют", ``WAY_ON``); after "через", "под", "возле": a place
    passed or near ("объезд через Ярославль", "пгт Берёзовка под Красноярском"); a town in a road's name ("на трассе
    Уфа-Оренбург у Кумертау", ranked below a place the problem is near: "... возле Мелеуза"; named alone, the road's
    first town stays). Not one the next clause is about:
    "езжу к маме в Усть-Коксу, там ФАП закрыт" (``_there``)."""
    before = text[max(0, p.start - BEFORE) : p.start]
    if _there(p, text):
        return False
    if GOES_TO.search(before) is not None or WAY_ON.search(before) is not None or _road(p, text):
        return True
    if GOES.search(before) is None:
        return False
    if _moved(MOVED_TO, text, p):
        return False
    cases = _cases(p, text)
    return "accs" in cases and not cases & LOCATIVE


def _road(p: Place, text: str) -> bool:
    """The mention is in a road's name: "на трассе Уфа-Оренбург", "автодорога «Уфа — Оренбург»"."""
    return ROAD_NAME.search(text[max(0, p.start - ROAD_BEFORE) : p.start]) is not None


def _there(p: Place, text: str) -> bool:
    """The clause right after the mention is about that place: "в Усть-Коксу, там ...", "... в Бердск, где нет"."""
    return THERE.match(text, p.stop, p.stop + BEFORE) is not None


def _cases(p: Place, text: str) -> set[str]:
    """The cases pymorphy3 reads the mention's last word in; a name in -ово, -ево, -ино, -ыно read as the accusative
    may be the locative too, said undeclined as it mostly is ("Под Уфой в Иглино нет воды": where one is)."""
    words = re.findall(r"\w+", text[p.start : p.stop].lower())
    cases = {w.tag.case for w in morph().parse(words[-1])} if words else set()
    if cases <= {None} and "-" in text[p.start : p.stop]:  # "в Йошкар-Олу": "олу" alone has no case, the whole name has
        cases = {w.tag.case for w in morph().parse(text[p.start : p.stop].lower().split()[-1])}
    # pymorphy3 reads some such names as undeclinable, with no case at all ("в Кетово"): the locative too
    undeclined = words and words[-1].endswith(UNDECLINED) and ("accs" in cases or cases <= {None})
    return cases | {"loct"} if undeclined else cases


def _centre(p: Place) -> bool:
    """A settlement its district is named after, as a district's town mostly is: Вольск of Вольский район.

    >>> _centre(Place("Вольск", "settlement", "", "Вольский район", "63611000", "", "64", 0, 6, 0.95))
    True
    """
    stem = normalize_word(p.name)[:-1]
    return len(stem) >= CENTRE_STEM and normalize_word(p.municipality or "").startswith(stem)


def _as_municipality(p: Place) -> Place:
    return Place(
        name=p.municipality or "",
        kind="municipality",
        oktmo=p.municipality_oktmo or "",
        municipality=p.municipality,
        municipality_oktmo=p.municipality_oktmo,
        region=p.region,
        region_code=p.region_code,
        start=p.start,
        stop=p.stop,
        score=p.score,
    )
