"""The text encoding of an input table: UTF-8 by default (a byte-order mark tolerated), UTF-16 or UTF-32 when a
byte-order mark says so, or one named by ``--encoding``; the first :data:`SAMPLE` bytes decide (:func:`sample_codec`).

Excel and 1C in a Russian locale export CSV in cp1251 (Windows Cyrillic); old Unix and mail tools write KOI8-R. Read
as UTF-8, each of their rows has bytes that are no UTF-8, so each became the error row "binary or unreadable text"
and the job went on. A UTF-8 file with a few bad bytes must still be read, never stop; so the default read stops
only when most lines of the sample read as a single-byte Cyrillic encoding and not as UTF-8
(:func:`looks_like_single_byte`), and names the one whose reading looks Russian (:func:`cyrillic_codec`), or both
cp1251 and KOI8-R when the sample cannot tell them apart. UTF-16 without a byte-order mark stops with its name.

A wrong ``--encoding`` gives no error at all, only mojibake in every row: UTF-8 read as cp1251 ("РќРµС‚") or
KOI8-R and cp1251 swapped ("мЕР БНДШ"). So a named single-byte encoding is checked on the sample too
(:func:`refuse_misread`).
"""

from __future__ import annotations

import codecs
import re

from mcu_nlp.errors import InputError, Shown, expected

#: the default: UTF-8, with the byte-order mark Excel's "CSV UTF-8" writes dropped
UTF8 = "utf-8-sig"
#: bytes looked at by the default read (the first lines of the first chunk)
SAMPLE = 1 << 16
#: share of a line's non-ASCII characters that must be Cyrillic letters in cp1251 (random bytes give about 0.6)
CYRILLIC_SHARE = 0.8
#: a whole UTF-8 Cyrillic letter (lead byte 0xD0 or 0xD1, then a continuation byte); read in cp1251 its lead byte is
#: the letter Р or С, so UTF-8 Russian with a broken letter reads as Cyrillic in cp1251 too: only this tells them apart
UTF8_CYRILLIC = re.compile(rb"[\xd0\xd1][\x80-\xbf]")
#: byte-order marks that name their encoding (Excel's "Unicode text" is UTF-16); UTF-32 LE's starts like UTF-16 LE's
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: the single-byte Cyrillic encodings told apart, as the messages name them
SINGLE_BYTE = {"cp1251": "cp1251 (Windows Cyrillic)", "koi8-r": "KOI8-R"}
#: the 15 commonest Russian letters: about 0.82 of the letters of the fixtures' appeals, 0.60 of their mojibake
COMMON_LETTERS = frozenset("оеаинтсрвлкмдпу")
#: Cyrillic letters a sample needs before its reading is judged (a few words can be in capitals, or rare letters)
MIN_LETTERS = 20
#: letters, and the margin in common-letter share, before an encoding the user named is overruled: a short text in
#: capitals can read a little more "common" in the other encoding (2 of 3,000 one-row capitals texts each way)
MIN_NAMED_LETTERS, COMMON_MARGIN = 60, 0.1
#: share of letters in one case above which a sample counts as all capitals (or all lower case): case says nothing
ONE_CASE = 0.95
#: UTF-8 Cyrillic letters a sample needs before a named encoding is called UTF-8 (a lone 'С»' in cp1251 is one)
MIN_UTF8_LETTERS = 3
#: bytes looked at for UTF-16 without a byte-order mark; the share of them at one parity that must be the high byte
#: of Latin or Cyrillic (0x00, 0x04), and that must be NUL (Russian rows: 0.25 of the Kursk fixture's first KiB)
UTF16_HEAD, UTF16_SHARE, UTF16_NUL = 1 << 10, 0.9, 0.1


def check_encoding(name: str | None, fmt: str = "csv") -> str:
    """The codec to read a ``fmt`` table with: :data:`UTF8` if ``name`` is None or UTF-8, else ``name``'s codec.

    Parquet stores its text as UTF-8 whatever the exporter used: another encoding for it is refused.

    >>> check_encoding(None), check_encoding("UTF8"), check_encoding("windows-1251"), check_encoding("CP1251")
    ('utf-8-sig', 'utf-8-sig', 'cp1251', 'cp1251')
    >>> check_encoding("cp1251", "parquet")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected no --encoding for a Parquet input (its text is always UTF-8), got 'cp1251'...
    """
    if name is None:
        return UTF8
    try:
        info = codecs.lookup(name)
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):  # 'hex', 'rot13': codecs, not encodings
        raise InputError(expected("a text encoding such as utf-8 or cp1251", Shown(repr(name)), "check --encoding"))
    codec = UTF8 if info.name in ("utf-8", UTF8) else info.name
    if fmt == "parquet" and codec != UTF8:
        raise InputError(expected("no --encoding for a Parquet input (its text is always UTF-8)", Shown(repr(name)),
                                  "drop --encoding"))
    return codec


def _is_utf8(line: bytes) -> bool:
    try:  # final=False: a character cut at the end of the sample is no error
        codecs.getincrementaldecoder("utf-8")().decode(line, final=False)
        return True
    except UnicodeDecodeError:
        return False


def _cyrillic_in_cp1251(line: bytes) -> bool:
    try:
        text = line.decode("cp1251")
    except UnicodeDecodeError:  # 0x98, the one byte cp1251 leaves undefined
        return False
    beyond = [c for c in text if not c.isascii()]
    return sum("\u0400" <= c <= "\u04ff" for c in beyond) >= CYRILLIC_SHARE * len(beyond)


def _single_byte_like(line: bytes) -> bool:
    # every byte from 0xC0 is a letter in cp1251 and in KOI8-R alike, so reading as cp1251 tells both from UTF-8
    return not line.isascii() and not _is_utf8(line) and not UTF8_CYRILLIC.search(line) and _cyrillic_in_cp1251(line)


def looks_like_single_byte(sample: bytes) -> bool:
    """Whether most non-empty lines of ``sample`` read as Cyrillic in cp1251 (or KOI8-R) and are no UTF-8, not even
    Russian UTF-8 with a broken letter. ASCII lines count as UTF-8; a few such lines among UTF-8 ones are read too.

    >>> looks_like_single_byte("id,text\\n1,Яма на дороге\\n2,Нет воды\\n".encode("cp1251"))
    True
    >>> looks_like_single_byte("id,text\\n1,Яма\\n".encode()), looks_like_single_byte(b"1,\\xff\\xfe\\n2,\\xd1\\x8f\\n")
    (False, False)
    >>> looks_like_single_byte("1,Яма на дороге".encode()[:-1])  # a UTF-8 field cut mid-letter
    False
    """
    lines = [line for line in sample.splitlines() if line.strip()]
    return 2 * sum(map(_single_byte_like, lines)) > len(lines)


def _letter_shares(text: str) -> tuple[int, float, float]:
    """The Cyrillic letters of ``text``: how many, and the shares of them in lower case and among COMMON_LETTERS."""
    letters = [c for c in text if "\u0400" <= c <= "\u04ff" and c.isalpha()]
    count = len(letters) or 1
    common = sum(c.lower() in COMMON_LETTERS for c in letters)
    return len(letters), sum(map(str.islower, letters)) / count, common / count


def cyrillic_codec(sample: bytes) -> str | None:
    """cp1251 or KOI8-R, whichever reads ``sample`` as Russian: mostly lower case and mostly common letters (a
    text in capitals reads in lower case in the other one, so case alone is not enough). None if they disagree or
    the sample has too few letters.

    >>> text = "Прошу убрать мусор во дворе дома, контейнеры не вывозят уже неделю"
    >>> cyrillic_codec(text.encode("cp1251")), cyrillic_codec(text.encode("koi8-r")), cyrillic_codec(b"ok")
    ('cp1251', 'koi8-r', None)
    >>> cyrillic_codec(text.upper().encode("cp1251"))  # capitals: the common letters still say cp1251
    """
    (n_cp, lower_cp, common_cp), (n_koi, lower_koi, common_koi) = (
        _letter_shares(sample.decode(codec, errors="replace")) for codec in SINGLE_BYTE)
    if min(n_cp, n_koi) < MIN_LETTERS:
        return None
    if lower_cp > lower_koi and common_cp > common_koi:
        return "cp1251"
    if lower_koi > lower_cp and common_koi > common_cp:
        return "koi8-r"
    return None


def _looks_like_utf8(sample: bytes) -> bool:
    """Whether ``sample`` is UTF-8 (a character cut at its end aside) holding a few UTF-8 Cyrillic letters.

    >>> _looks_like_utf8("Нет воды".encode()[:-1]), _looks_like_utf8("Export «1С» ok".encode("cp1251"))
    (True, False)
    """
    return len(UTF8_CYRILLIC.findall(sample)) >= MIN_UTF8_LETTERS and _is_utf8(sample)


def _utf16_order(sample: bytes) -> str | None:
    """'le' or 'be' if the first bytes of ``sample`` read as UTF-16 with no byte-order mark: at every other position
    the high byte of a Latin or Cyrillic character (0x00 or 0x04), some of them NUL (spaces, digits, commas), and no
    NUL between them.

    >>> _utf16_order("id,text\\n1,Яма".encode("utf-16-le")), _utf16_order("id,text".encode("utf-16-be"))
    ('le', 'be')
    >>> _utf16_order(b"id,text\\n1,ok\\n")
    """
    head = sample[:UTF16_HEAD]
    for order, high, low in (("le", head[1::2], head[0::2]), ("be", head[0::2], head[1::2])):
        nul = high.count(0)
        if low and nul >= UTF16_NUL * len(high) and nul + high.count(4) >= UTF16_SHARE * len(high) and 0 not in low:
            return order
    return None


def refuse_single_byte(sample: bytes, name: str, option: str | None = None) -> None:
    """Stop reading a file read as UTF-8 whose first bytes look like cp1251 or KOI8-R (``name``: the file, for the
    message). ``option`` is the command-line option that sets the encoding, if the command has one.

    >>> refuse_single_byte("Яма".encode("cp1251"), "in.csv")  # too few letters to tell which
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected UTF-8 text, got bytes that look like cp1251 (Windows Cyrillic) or KOI8-R in ...
    """
    order = _utf16_order(sample)
    if order:
        fix = f"pass {option} utf-16-{order}" if option else "re-save it as UTF-8"
        raise InputError(expected("UTF-8 text", Shown(f"bytes that look like UTF-16 without a byte-order mark in "
                                                      f"{name}"), fix))
    if looks_like_single_byte(sample):
        likely = cyrillic_codec(sample)  # None: too few letters, or capitals: case and common letters disagree
        codecs_ = [likely] if likely else list(SINGLE_BYTE)
        fix = " or ".join(f"{option} {codec}" for codec in codecs_)
        fix = f"pass {fix}" if option else "re-save it as UTF-8"
        looks = " or ".join(SINGLE_BYTE[codec] for codec in codecs_)
        raise InputError(expected("UTF-8 text", Shown(f"bytes that look like {looks} in {name}"), fix))


def _other_reading(sample: bytes, codec: str) -> str | None:
    """The other single-byte encoding if it reads ``sample`` clearly better than ``codec``, the one the user named:
    enough letters, clearly more common ones, and more lower case (unless the sample is all in one case).

    >>> text = "НЕОБХОДИМО УБРАТЬ БЫТОВОЙ МУСОР ВО ДВОРЕ ДОМА, КОНТЕЙНЕРЫ НЕ ВЫВОЗЯТ УЖЕ ДВЕ НЕДЕЛИ ПОДРЯД"
    >>> _other_reading(text.encode("koi8-r"), "cp1251"), _other_reading(text.encode("cp1251"), "cp1251")
    ('koi8-r', None)
    """
    other = next(name for name in SINGLE_BYTE if name != codec)
    (n, lower, common), (_, other_lower, other_common) = (
        _letter_shares(sample.decode(name, errors="replace")) for name in (codec, other))
    one_case = max(lower, 1 - lower) >= ONE_CASE
    enough = n >= (MIN_NAMED_LETTERS if one_case else MIN_LETTERS)  # capitals: case says nothing, need more letters
    if enough and other_common >= common + COMMON_MARGIN and (one_case or other_lower > lower):
        return other
    return None


def refuse_misread(sample: bytes, codec: str, name: str, option: str | None = None) -> None:
    """Stop reading a file in ``codec`` (an encoding the user named) when its first bytes read as mojibake: UTF-8
    Russian read byte by byte, or cp1251 and KOI8-R swapped.

    >>> refuse_misread("Нет воды в доме, нет воды в подъезде".encode(), "cp1251", "in.csv", "--encoding")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected cp1251 text, got bytes that look like UTF-8 in in.csv; drop --encoding ...
    """
    if codec != UTF8 and _looks_like_utf8(sample):
        fix = f"drop {option} (UTF-8 is the default)" if option else "read it as UTF-8"
        raise InputError(expected(f"{codec} text", Shown(f"bytes that look like UTF-8 in {name}"), fix))
    likely = _other_reading(sample, codec) if codec in SINGLE_BYTE else None
    if likely:
        fix = f"pass {option} {likely}" if option else f"read it as {likely}"
        raise InputError(expected(f"{codec} text", Shown(f"bytes that look like {SINGLE_BYTE[likely]} in {name}"),
                                  fix))


def sample_codec(sample: bytes, encoding: str | None, name: str, option: str | None = None) -> str:
    """The codec to read a text file with whose first bytes are ``sample``: ``encoding``'s (:func:`check_encoding`),
    the one a UTF-16 or UTF-32 byte-order mark names if that is UTF-8; stopped with :class:`InputError` when the
    bytes do not fit it (:func:`refuse_single_byte`, :func:`refuse_misread`).

    >>> sample_codec(codecs.BOM_UTF16_LE + "id".encode("utf-16-le"), None, "in.csv"), sample_codec(b"id", None, "")
    ('utf-16', 'utf-8-sig')
    """
    codec = check_encoding(encoding)
    if codec != UTF8:
        refuse_misread(sample, codec, name, option)
        return codec
    bom = next((named for mark, named in BOMS if sample.startswith(mark)), None)
    if bom is None:
        refuse_single_byte(sample, name, option)
    return bom or UTF8
