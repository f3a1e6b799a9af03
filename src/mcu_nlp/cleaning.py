"""Social-media clean-up before tokenising: rules as data, each a bounded (linear-time) regex.

What happens to what, on purpose:

- control characters, NUL, lone surrogates, zero-width and object-replacement marks -> a space, but for the
  invisible characters that join (:data:`JOINERS`: the soft hyphen, ZWNJ, ZWJ, word joiner and BOM) inside a word,
  or between a letter and a hyphen, which go: «отоп\u00adление» -> "отопление", «до\u00ad-\u00adма» -> "до-ма";
  the zero-width space (U+200B) is a place to break a line, a space;
  combining accents are dropped ("да́льше" -> "дальше"), but "и" + breve (decomposed text) is "й";
- HTML tags -> a space, HTML entities -> their character (a text escaped twice, «&amp;nbsp;», decoded again:
  :func:`mcu_nlp.html_entities.unescaped`); the "&" of a reference the decoding leaves («&amp;para=2» -> «&para=2»)
  -> a space, so that a second clean-up decodes nothing more;
- URLs, e-mails and @mentions -> a space (they name no topic and may be personal data);
- the masks of :func:`mcu_nlp.redact` ("[PHONE]", "[PERSON]", "[ADDRESS]" ...: capital Latin letters in square
  brackets) -> a space: a redacted text analysed again reads no word "phone" or "person" in them;
- ``#НетОтопления`` -> "Нет Отопления" (CamelCase, digits and "_" split into words);
- emoji and runs of punctuation ("!!!", "...") never become tokens (the tokeniser keeps words only);
- Latin look-alike letters inside Cyrillic words are mapped to Cyrillic ("Caлexapд" -> "Салехард"):
  :func:`fold_lookalikes`, which every reader of raw text uses too (the urgency lexicon, redaction, geo);
- temperatures become one token ``темп_<sign>_<tens>``: "-40°" and "-43 градуса" -> "темп_минус_40",
  "+14" (explicit sign, no unit) -> "темп_плюс_10", "18 градусов" -> "темп_10";
- everything is lower-cased (ALL-CAPS included) and ё becomes е; "İ" and the Kelvin sign become "I" and "K"
  first, whose lower case would otherwise change on a second clean-up (``clean(clean(x)) == clean(x)`` for them).

Other numbers stay digit tokens here; :mod:`mcu_nlp.normalization` turns them into ``num``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mcu_nlp.html_entities import unescaped, without_references
from mcu_nlp.lookalike_words import fold_capital_words

#: Invisible characters that join what stands on either side: the soft hyphen (a hyphenation point shown only at a line
#: break), ZWNJ and ZWJ (U+200C, U+200D: ligature and emoji controls), the word joiner and the BOM (U+2060, U+FEFF, a
#: no-break zero-width space inside a text). Between two letters or digits (or a letter's accent), or between one and
#: a hyphen or dash (:data:`DASH_CHARACTERS`: «до\u00ad-\u00adма» is "до-ма"), they are removed, elsewhere a space as
#: the rest of JUNK: next to a space or between two dashes, ZWJ between emoji joins no word, and the zero-width space
#: U+200B, which marks where a line may break, stays a space.
JOINERS = "\u00ad\u200c\u200d\u2060\ufeff"
JUNK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060\ufeff\ufffc\ud800-\udfff]")
ACCENTS = re.compile("[\u0300-\u036f]")
#: Dashes read as "-": the hyphens, figure dash, en and em dash and horizontal bar (U+2010-U+2015), the minus sign,
#: the small and full-width hyphen-minus, as word processors and phones type them («8‒912‒345», «01―02―2020»).
DASH_CHARACTERS = "\u2010-\u2015\u2212\ufe63\uff0d"
DASHES = re.compile(f"[{DASH_CHARACTERS}]")
#: "-" and the other dashes, as a character class reads them: a joiner between one and a letter goes (:data:`JOINERS`)
HYPHENS = f"\\-{DASH_CHARACTERS}"
JOINED = re.compile(f"(?<=[\\w\u0300-\u036f])[{JOINERS}]+(?=[\\w{HYPHENS}])|(?<=[{HYPHENS}])[{JOINERS}]+(?=\\w)")
#: Capitals whose lower case the other rules would change again, so that clean(clean(x)) != clean(x): "İ" lowers to
#: "i" + a combining dot (an accent, dropped only on a second pass), the Kelvin sign "K" to a Latin "k" (a look-alike
#: mapped into a Cyrillic word only on a second pass). No other character does (tests/test_cleaning.py).
CASE_FIXES = {"\u0130": "I", "\u212a": "K"}
CASE_SHIFTERS = re.compile(f"[{''.join(CASE_FIXES)}]")
#: One C-speed scan decides whether any of the four character rules has work to do.
ODD_CHARACTERS = re.compile(f"{JUNK.pattern}|{ACCENTS.pattern}|{DASHES.pattern}|{CASE_SHIFTERS.pattern}")
TAG = re.compile(r"<[/!]?[A-Za-z][^<>]{0,500}>")
TAG_START = re.compile(r"<[/!]?[A-Za-z]")
ANGLES = re.compile("[<>]")
#: Whether a text may hold a URL, the guard before :data:`URL`: «http:», «https:», «www.» or a dot before a domain
#: ending («.ru», «.рф», «.com» ...). One class leads (the letter or the dot, then what follows it by which one it
#: was), so a search skips in C to an «h», a «w» or a dot; written as the alternation of the three it was tried at
#: every position: 4 us a text, now 1, the same texts found (tests/test_cleaning.py)
HAS_URL = re.compile(r"[hHwW.](?:(?<=[hH])[tT][tT][pP][sS]?:|(?<=[wW])[wW]{2}\.|(?<=\.)(?:ru|RU|Ru|рф|РФ|su|com|COM|org"
                     r"|net|info)\b)")
URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]{1,2000}"
    r"|(?<![\w.@-])[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.(?:ru|рф|su|com|org|net|info)\b(?:/[^\s<>\"]{0,2000})?",
    re.IGNORECASE,
)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
#: An @mention, or a run of them written together ("@ivan@petr"): the run goes whole, else the mention after
#: the first would be read as one only on a second pass (its letters left unfolded once, folded then).
MENTION = re.compile(r"(?<![\w@])@\w{1,64}(?:@\w{1,64})*")
HASHTAG = re.compile(r"#(\w{1,140})")
CAMEL = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])|(?<=[а-яёa-z])(?=[А-ЯЁA-Z])|_")
TEMPERATURE = re.compile(
    r"(?<![\w+\-.,])(?P<sign>[+\-])?(?P<value>\d{1,2})(?:[.,]\d)?(?![\d.,]\d)"
    r"(?:\s?(?:°\s?[CcСс]?|градус[а-я]{0,3}\b)|(?(sign)(?!\s?[\d(])|(?!)))"
)
#: A mask :func:`mcu_nlp.redact` writes in place of personal data ("[PHONE]", "[BIRTHDATE]"), or another tool's of
#: the same shape ("[NAME]")
MASK = re.compile(r"\[[A-Z]{3,12}\]")
LETTERS = re.compile(r"[^\W\d_]+")
HAS_LATIN = re.compile(r"[A-Za-z]")
HAS_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
HAS_DIGIT = re.compile(r"\d")
#: Latin letters that look like Cyrillic ones; applied only inside words mixing both scripts. A lower-case "m" stands
#: for "м" in real appeals ("нopmами", "kommyнaльныe": a pasted law text in the SPb corpus).
LOOKALIKES = str.maketrans("AaBCcEeHKkMmOoPpTXxYy", "АаВСсЕеНКкМмОоРрТХхУу")
SIGNS = {"+": "плюс_", "-": "минус_", None: ""}


def temperature_token(match: re.Match[str]) -> str:
    """The token of a :data:`TEMPERATURE` match: "+14" -> "темп_плюс_10", "18 градусов" -> "темп_10"."""
    tens = int(match["value"]) // 10 * 10
    return f"темп_{SIGNS[match['sign']]}{tens}"


def _temperature(match: re.Match[str]) -> str:
    return f" {temperature_token(match)} "


#: What a :data:`TEMPERATURE` holds besides its digits: a sign before them, or a degree mark or word after them
TEMPERATURE_CUES = ("-", "+", "°", "градус")


def may_hold_temperature(text: str) -> bool:
    """Whether ``text`` has a digit and one of :data:`TEMPERATURE_CUES`, which every :data:`TEMPERATURE` match
    holds: three texts with a digit in four have none (a house, a flat, a date), and are not scanned (2 us a text).

    >>> [may_hold_temperature(text) for text in ("дом 5, кв 12", "в квартире +14", "10 градусов")]
    [False, True, True]
    """
    return any(map(text.__contains__, TEMPERATURE_CUES)) and HAS_DIGIT.search(text) is not None


def _hashtag(match: re.Match[str]) -> str:
    return f" {CAMEL.sub(' ', match[1])} "


def _lookalikes(match: re.Match[str]) -> str:
    word = match.group()
    if HAS_CYRILLIC.search(word) and HAS_LATIN.search(word):
        return word.translate(LOOKALIKES)
    return word


def fold_lookalikes(text: str) -> str:
    """``text`` with the Latin look-alike letters (:data:`LOOKALIKES`) of each word that mixes Latin and Cyrillic
    letters written as the Cyrillic ones, a character for a character: the same length, so offsets found on the
    result hold for ``text``. A word in one script (a Latin name or brand) stays as it is, but for a Russian word in
    Latin capitals among Russian capitals ("HET CBETA") and a building part's letter ("корп. B", "секция A": Russian
    addresses write it in Cyrillic) in any case (:mod:`mcu_nlp.lookalike_words`); links, e-mails and @handles stay
    too, which :func:`clean` drops whole and redaction masks as written ("@vasya_pи").

    Copy-pasted, spam and OCR'd posts hide Latin letters in Russian words; :func:`clean` folds them, and so do the
    readers of raw text (the urgency lexicon's :func:`mcu_nlp.lexicon.words`, redaction, the geo resolver), so
    that they all read the same letters.

    >>> fold_lookalikes("Пахнет гaзом, Ивaн Пeтров, iPhone, HOBЫЙ УPEHГOЙ, пишите @vasya_pи, vk.com/pёtr")
    'Пахнет газом, Иван Петров, iPhone, НОВЫЙ УРЕНГОЙ, пишите @vasya_pи, vk.com/pёtr'
    """
    if not (HAS_LATIN.search(text) and HAS_CYRILLIC.search(text)):
        return text
    folded = fold_capital_words(LETTERS.sub(_lookalikes, text))
    if folded == text:
        return text
    at = "@" in text
    for pattern, needed in ((URL, HAS_URL.search(text)), (EMAIL, at), (MENTION, at)):
        for found in pattern.finditer(text) if needed else ():
            folded = f"{folded[: found.start()]}{found.group()}{folded[found.end() :]}"
    return folded


def _characters(text: str) -> str:
    # "й" in decomposed (NFD) text is "и" + a combining breve: dropping the breve would make "новый" "новыи"
    text = text.replace("и\u0306", "й").replace("И\u0306", "Й")
    for capital, plain in CASE_FIXES.items():
        text = text.replace(capital, plain)
    return DASHES.sub("-", ACCENTS.sub("", JUNK.sub(" ", JOINED.sub("", text))))


def _decoded(text: str) -> str:
    # a reference may stand for a character of the rule above («от&shy;опление», «8&#8209;912») or a tag («&lt;b&gt;»);
    # one left after decoding («&ampamp» -> «&amp», «&amp;para=2» -> «&para=2», «&Amp;» lower-cased) loses its "&":
    # cleaning again changes nothing
    text = unescaped(text)
    if ODD_CHARACTERS.search(text):
        text = _characters(text)
    if "<" in text:  # «&lt;p&gt;» decodes to a tag, which the tag rule before this one did not see
        text = _tags(text)
    return without_references(text)


def _tags(text: str) -> str:
    """``text`` with each :data:`TAG` a space, and each tag that only these spaces make («<a<b>>»: "<a >") too, as
    :data:`TAG` read again until it finds none would leave it, in one pass: a second clean-up finds no tag.

    A stack of the open tag starts, scanned over the angle brackets alone: a ">" closes the last start if what lies
    between them, each tag inside read as one space, fits TAG's 500 characters; a "<" that starts no tag, and a ">"
    that closes none, stay in the text, so no start before them can close after them.

    >>> _tags("<a<b>>x<p>, <a <b>, a<<b>>")
    ' x , <a  , a< >'
    """
    once = TAG.sub(" ", text)
    return once if TAG.search(once) is None else _nested_tags(text)


def _nested_tags(text: str) -> str:
    """:func:`_tags` of a text where removing the tags makes others: the stack scan."""
    spans: list[tuple[int, int]] = []
    open_starts: list[list[int]] = []  # [position of "<", characters after the tag's letter, inner tags read as one]
    last = 0
    for angle in ANGLES.finditer(text):
        at = angle.start()
        if text[at] == "<":
            start = TAG_START.match(text, at)
            if open_starts:
                open_starts[-1][1] += at - last
            if start is None:
                open_starts.clear()
            else:
                open_starts.append([at, 0])
                at = start.end() - 1  # characters count after the tag's letter
        elif open_starts:
            begin, inside = open_starts.pop()
            inside += at - last
            if inside <= 500:
                spans.append((begin, at + 1))
                if open_starts:
                    open_starts[-1][1] += 1  # the tag as the one space it becomes
            else:
                open_starts.clear()
        last = at + 1
    if not spans:
        return text
    spans.sort()
    pieces: list[str] = []
    end = 0
    for begin, stop in spans:
        if begin >= end:  # a tag inside a removed one goes with it
            pieces.append(text[end:begin])
            pieces.append(" ")
            end = stop
    pieces.append(text[end:])
    return "".join(pieces)


def _sub(pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> Callable[[str], str]:
    return lambda text: pattern.sub(repl, text)


#: (guard, rewrite): a rule runs only when its cheap guard is true, so short plain texts skip most work.
#: The character rules come first: a word joined again may be a tag, a reference or a mask («&am\u00adp;»).
RULES: list[tuple[Callable[[str], object], Callable[[str], str]]] = [
    (ODD_CHARACTERS.search, _characters),
    (lambda t: "<" in t, _tags),
    (lambda t: "&" in t, _decoded),
    (lambda t: "[" in t, _sub(MASK, " ")),
    (HAS_URL.search, _sub(URL, " ")),
    (lambda t: "@" in t, _sub(EMAIL, " ")),
    # hashtags before mentions: "#дом@vasya" is a mention only once "#дом" has become " дом "
    (lambda t: "#" in t, _sub(HASHTAG, _hashtag)),
    (lambda t: "@" in t, _sub(MENTION, " ")),
    (HAS_LATIN.search, fold_lookalikes),
    (may_hold_temperature, _sub(TEMPERATURE, _temperature)),
]


#: One scan that says whether any rule could apply; most short appeals are plain Cyrillic and skip them all.
#: A single character class (an alternation would make the scan 3x slower), so a bare Cyrillic domain
#: with no Latin letter or digit in the whole text ("госуслуги.рф") is not removed and stays two words.
NEEDS_RULES = re.compile(
    "[<&@#A-Za-z\\d\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u0130\u0300-\u036f\u200b-\u200f\u2010-\u2015\u2028-\u202e\u2060\u212a"
    "\u2212\ufe63\uff0d\ufeff\ufffc\ud800-\udfff]"
)


def clean(text: str) -> str:
    """Clean a social-media text for tokenising: see the module docstring for every rule.

    >>> " ".join(clean("ХОЛОДНО!!! -40° #НетОтопления https://vk.com/x @adm Caлexapд").split())
    'холодно!!! темп_минус_40 нет отопления салехард'
    """
    if NEEDS_RULES.search(text):
        for guard, rewrite in RULES:
            if guard(text):
                text = rewrite(text)
    return text.lower().replace("ё", "е")
