"""Control digits of Russian identity numbers: bank cards (Luhn), ИНН, СНИЛС and ОГРНИП.

:mod:`mcu_nlp.redaction` masks a bare run of digits as a card or an ИНН when its control digits hold, so a number
that only looks like one (an order number, a sum) stays as written.
"""

from __future__ import annotations


def luhn_valid(digits: str) -> bool:
    """Return whether a digit string passes the Luhn check used by bank cards.

    >>> luhn_valid("4111111111111111"), luhn_valid("4111111111111112")
    (True, False)
    """
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _inn_digit(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def inn_valid(digits: str) -> bool:
    """Return whether a 10- or 12-digit string has valid ИНН control digits.

    >>> inn_valid("7707083893"), inn_valid("7707083890"), inn_valid("500100732259")
    (True, False, True)
    """
    if len(digits) == 10:
        return _inn_digit(digits, (2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(digits[9])
    if len(digits) == 12:
        first = _inn_digit(digits, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
        second = _inn_digit(digits, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
        return first == int(digits[10]) and second == int(digits[11])
    return False


def snils_valid(digits: str) -> bool:
    """Return whether an 11-digit string has a valid СНИЛС control number.

    >>> snils_valid("11223344595"), snils_valid("11223344596")
    (True, False)
    """
    if len(digits) != 11:
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:9]))
    control = total if total < 100 else 0 if total in (100, 101) else total % 101 % 100
    return control == int(digits[9:])


def ogrnip_valid(digits: str) -> bool:
    """Return whether a 15-digit string is an ОГРНИП (an individual entrepreneur's registration number): it opens
    with 3, and its last digit is the rest of the first 14 divided by 13, modulo 10.

    >>> ogrnip_valid("317746200000516"), ogrnip_valid("317746200000517"), ogrnip_valid("117746200000516")
    (True, False, False)
    """
    return len(digits) == 15 and digits.isdigit() and digits[0] == "3" and int(digits[:14]) % 13 % 10 == int(digits[14])
