"""The text encoding of an input table: UTF-8 by default (a byte-order mark tolerated), or one named by
``--encoding``.

Excel and 1C in a Russian locale export CSV in cp1251 (Windows Cyrillic). Read as UTF-8, each of its rows has bytes
that are no UTF-8, so each became the error row "binary or unreadable text" and the job went on. A UTF-8 file with a
few bad bytes must still give those rows as error rows, never stop; so the default read looks at the first
:data:`SAMPLE` bytes and stops only when most of its lines read as cp1251 and not as UTF-8 (:func:`looks_like_cp1251`).
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


def _cp1251_like(line: bytes) -> bool:
    return not line.isascii() and not _is_utf8(line) and not UTF8_CYRILLIC.search(line) and _cyrillic_in_cp1251(line)


def looks_like_cp1251(sample: bytes) -> bool:
    """Whether most non-empty lines of ``sample`` read as Cyrillic in cp1251 and are no UTF-8, not even Russian
    UTF-8 with a broken letter. ASCII lines count as UTF-8; a few cp1251 lines among UTF-8 ones are those rows' errors.

    >>> looks_like_cp1251("id,text\\n1,Яма на дороге\\n2,Нет воды\\n".encode("cp1251"))
    True
    >>> looks_like_cp1251("id,text\\n1,Яма на дороге\\n".encode()), looks_like_cp1251(b"1,\\xff\\xfe\\n2,\\xd1\\x8f\\n")
    (False, False)
    >>> looks_like_cp1251("1,Яма на дороге".encode()[:-1])  # a UTF-8 field cut mid-letter
    False
    """
    lines = [line for line in sample.splitlines() if line.strip()]
    return 2 * sum(map(_cp1251_like, lines)) > len(lines)


def refuse_cp1251(sample: bytes, name: str, option: str | None = None) -> None:
    """Stop reading a file read as UTF-8 whose first bytes look like cp1251 (``name``: the file, for the message).

    ``option`` is the command-line option that sets the encoding, if the command has one.

    >>> refuse_cp1251("Яма".encode("cp1251"), "in.csv")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected UTF-8 text, got bytes that look like cp1251 (Windows Cyrillic) in in.csv; re-...
    """
    if looks_like_cp1251(sample):
        fix = f"pass {option} cp1251" if option else "re-save it as UTF-8"
        raise InputError(expected("UTF-8 text", Shown(f"bytes that look like cp1251 (Windows Cyrillic) in {name}"),
                                  fix))
