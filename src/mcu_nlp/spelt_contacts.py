"""Contacts written so that no «@» shows, as :mod:`mcu_nlp.personal_data` masks them: a handle after the name of its
social network or messenger («инстаграм: katya_ivanova_89», «тг vasya_p», «ник Katya89», «мой MAX: katya_89», «пишите в
макс ivan_p», «скайп: ivan.petrov.1980», «логин petrov.ivan»), and an e-mail with its «@» and dots spelt out
(«katya(at)mail.ru», «katya [at] mail [dot] ru», «katya собака mail.ru», «katya собачка mail dot com», «katya точка
ivanova собака mail.ru»: the dots of the name too; «ivanov собака mail тчк ru»; «ivanov собака mail ru»: a space
for the last dot before a common top-level domain), also in Russian letters («иванов собака мэйл точка ру», «ирина точка
курск собака gmail ком»).

A handle needs its network's word right before it, and Latin letters (a Russian word after «Инстаграм» is the
sentence going on: «Инстаграм не работает»); the name of a messenger, network, bank or service there is none («в тг
или WhatsApp», «тг WhatsApp», «аккаунт в банке ВТБ online»: where to write or log in, not who), nor is a site's domain
name («учётная запись на портале gosuslugi.ru»): a login after that domain is masked, the domain stays («логин на
example.ru ivan_petrov85», «под ником ...»). A spelt e-mail needs a Latin name on both sides of its «at» or
«собака» and a dotted domain (or «ru», «com», «рф» after a space): «собака» between Russian words is the animal.
"""

from __future__ import annotations

import re

#: Names of messengers, networks, mail services, banks and shops in Latin letters, and the words of their products'
#: names (4 letters or more, as a handle): after a network's or an account's word such a word says where to write or
#: log in («в тг WhatsApp», «вк Telegram», «аккаунт в банке ВТБ online», «в приложении Сбера mobile»), no handle
SERVICES = (r"whats?app|whatsup|wh?atsapp?|vatsapp?|viber|telegramm?|vkontakte|instagram|insta|tiktok|facebook|skype"
            r"|signal|youtube|rutube|odnoklassniki|twitter|discord|wechat|zoom|gmail|yandex|e-?mail|google|apple"
            r"|icloud|microsoft|android|iphone|steam|gosuslugi|sberbank|sber|tinkoff|alfa-?bank|ozon|wildberries"
            r"|avito|online|onlain|mobile|mobail|banking|bank|business|market|shop|store|plus|premium|lite")
#: A site's domain name after a login's or an account's word: dotted Latin words ending in a top-level domain
#: («учётная запись на портале gosuslugi.ru», «аккаунт mos.ru») say where the account is, no login; a login's dots
#: join words of a name («petrov.ivan83»). After a network's or a nickname's word such a name is a handle
#: («инстаграм: katya.ru», «мой ник vasya.online»)
TOP_DOMAINS = r"(?i:ru|su|com|net|org|info|biz|online|site|pro|io|app|gov)"
NO_DOMAIN = rf"(?![ \t]{{0,2}}[:—–-]?[ \t]{{0,2}}[A-Za-z0-9_.]{{0,28}}\.{TOP_DOMAINS}(?![\w@/-]|\.[A-Za-z0-9_]))"
#: Such a domain, maybe after «на» or «в», and a login after it: the login is masked, the site stays («логин на
#: example.ru ivan_petrov85», «ник в vk.com petrova_a»)
AT_DOMAIN = (rf"[ \t]{{1,2}}(?:(?i:на|в)[ \t]{{1,2}})?[A-Za-z0-9-]{{1,28}}(?:\.[A-Za-z0-9-]{{1,28}}){{0,3}}"
             rf"\.{TOP_DOMAINS}"
             r"(?![\w@/-]|\.[A-Za-z0-9_])(?=[ \t]{0,2}[:—–-]?[ \t]{1,2}[A-Za-z_])")
#: Where a login or an account is, between its word and it: a preposition and one or two Russian words («логин в
#: Госуслугах», «ник на форуме», «аккаунт в личном кабинете»)
#: A plain capitalised Latin word after such a phrase or an account's word is the service («аккаунт на Ozon», «мой
#: аккаунт Wildberries»), no login: that has digits, "_", dots or lower case («petrov.ivan83», «Vasya_P»)
SERVICE_NAME = r"[ \t]{0,2}[:—–-]?[ \t]{0,2}(?-i:[A-Z][a-z]{3,31})(?![\w@/-]|\.[A-Za-z0-9_])"
WHERE = rf"[ \t]{{1,2}}(?:в|во|на|от|для)[ \t]{{1,2}}[А-ЯЁа-яё]{{2,24}}(?:[ \t][А-ЯЁа-яё]{{2,24}})?(?!{SERVICE_NAME})"
#: a network's word (Instagram, VK, Telegram, MAX, Skype), or a nickname's, login's or account's maybe with where it
#: is («логин в Госуслугах petrov.ivan83», «мой аккаунт ivanov1980»), and at most a colon or dash, then a
#: handle without «@» (after a Latin «max» not a capitalised word: «Samsung Max Ultra» is a model's name):
#: 4 to 32 Latin letters, digits, "_" or single dots, a Latin letter or "_" first; no link («vk.com/...»: the link
#: rule's), no e-mail, no word glued to it, no service's name (nor a site's after an account's word)
HANDLE_AFTER_NETWORK = re.compile(
    r"(?<![\w-])(?:(?i:инст(?:аграмм?[аеу]?|[аеуы])|inst(?:a(?:gram)?)?|вк(?:онтакте)?|vk|телеграмм?е?|телега"
    r"|telegram|tg|тг|макс[аеу]?|max(?![ \t]{1,2}(?-i:[A-Z][a-z]+)(?![\w.@/-]))|скайп[аеу]?|skype)(?![\w-])"
    rf"|(?i:ник(?:нейм)?(?:ом)?|nick(?:name)?)(?![\w-])(?:{WHERE})?(?:{AT_DOMAIN})?"
    rf"|(?i:логин|login)(?![\w-])(?:{WHERE})?(?:{AT_DOMAIN}|{NO_DOMAIN})"
    r"|(?i:аккаунт(?:а|е|у|ом)?|акк|account|username|юзернейм|уч[её]тн(?:ая|ой|ую)[ \t]запис(?:ь|и|ью)"
    r"|уч[её]тк(?:а|и|е|у|ой))(?![\w-])"
    rf"(?:{WHERE})?(?:{AT_DOMAIN}|(?!{SERVICE_NAME}){NO_DOMAIN}))[ \t]{{0,2}}[:—–-]?[ \t]{{0,2}}"
    rf"(?!(?i:{SERVICES})(?![\w@/-]|\.[A-Za-z0-9_]))"
    r"(?P<m0>[A-Za-z_](?:\.?[A-Za-z0-9_]){3,31})(?![\w@/-]|\.[A-Za-z0-9_])"
)
#: a spelt «@»: «(at)», «[at]», «{at}», « at », «(собака)», « собака », « собачка », «_at_»
AT = r"(?:[ \t]?[(\[{][ \t]?(?i:at|собака|собачка)[ \t]?[)\]}][ \t]?|[ \t](?i:at|собака|собачка)[ \t]|_at_)"
#: a spelt dot: «.», «(dot)», «[dot]», « dot », « точка », « тчк » (a telegram's dot)
DOT = r"(?:\.|[ \t]?[(\[{][ \t]?(?i:dot|точка|тчк)[ \t]?[)\]}][ \t]?|[ \t](?i:dot|точка|тчк)[ \t])"
SPELT_EMAIL = re.compile(  # the name (its dots spelt too), «at», the domain
    rf"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._+-]{{0,63}}(?:{DOT}[A-Za-z0-9_+-]{{1,63}}){{0,3}}"
    rf"{AT}[A-Za-z0-9][A-Za-z0-9-]{{0,62}}(?:{DOT}[A-Za-z0-9-]{{1,63}}){{0,3}}"
    rf"(?:{DOT}(?i:[a-z]{{2,6}}|рф|ру|ком)|[ \t](?i:ru|com|net|org|su|рф|ру|ком))(?![\w-])"
)
#: a letter or digit of an e-mail spelt in Russian letters, or in both scripts
LETTER = "А-ЯЁа-яёA-Za-z0-9"
#: «собака» or «собачка» (as AT, without the Latin «at»)
AT_WORD = r"(?:[ \t]?[(\[{][ \t]?(?i:собака|собачка)[ \t]?[)\]}][ \t]?|[ \t](?i:собака|собачка)[ \t])"
#: An e-mail spelt in Russian letters: «иванов собака мэйл точка ру», «ирина точка курск собака gmail ком»: a name of
#: letters (its dots spelt), «собака», a domain and a top-level domain after a dot, «точка» or a space. «Собака» between
#: words before no such domain is the animal. After a mere space «нет», «орг» are words, and «ком» too but after a Latin
#: domain («у соседей собака лает нет сил», «собака гадит ком земли»): only after a dot or «точка».
SPELT_EMAIL_RUSSIAN = re.compile(
    rf"(?<![\w.+-])[{LETTER}][{LETTER}_+-]{{0,63}}(?:{DOT}[{LETTER}_+-]{{1,63}}){{0,3}}"
    rf"{AT_WORD}[{LETTER}][{LETTER}-]{{0,62}}(?:{DOT}[{LETTER}-]{{1,63}}){{0,2}}"
    rf"(?:{DOT}(?i:ru|com|net|org|su|рф|ру|ком|нет|орг)|[ \t](?i:ru|com|net|org|su|рф|ру)"
    r"|(?<=[A-Za-z0-9])[ \t](?i:ком))(?![\w-])"
)
#: what a text with such an e-mail holds
AT_WORD_HINT = re.compile("(?i:собак|собач)")
#: what every text these rules may match holds: a Latin letter (cleaning.HAS_LATIN), and a network's word or a
#: spelt «@» (a hint: not whole words)
HINT_WORDS = (r"at|собак|собач|инст|inst|вк|vk|телег|telegram|tg|тг|ник|nick|макс|max|скайп|skype|логин"
              r"|login|акк|account|username|юзернейм|запис|уч[её]тк")
HINT = re.compile(f"(?i:{HINT_WORDS})")
#: :data:`HINT` for a lower-cased text: re's case-insensitive alternation tries each branch at each position (0.6 s
#: on 1.3 MB), this one skips to the branches' first letters (0.08 s with the lower-casing)
LOWER_HINT = re.compile(HINT_WORDS)
#: the characters that re's case-insensitive matching reads as a letter of :data:`HINT` and ``str.lower`` keeps apart
#: («ı» as «i», «ſ» as «s», old Cyrillic «ᲀ» as «в»)
OTHER_CASES = re.compile("[\u0131\u017f\u1c80-\u1c88]")


def hinted(text: str) -> bool:
    """Whether ``text`` holds :data:`HINT`, fast."""
    return LOWER_HINT.search(text.lower()) is not None or (
        OTHER_CASES.search(text) is not None and HINT.search(text) is not None)
