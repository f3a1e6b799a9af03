"""The form a Russian count puts its noun in, by the count's last digits: one rule for the readers of flat and house
numbers (:mod:`mcu_nlp.flat_numbers`, :mod:`mcu_nlp.address_words`) and the report's plurals
(:func:`mcu_nlp.report.markup.plural`).
"""

from __future__ import annotations


def count_form(n: int) -> str:
    """The form a count ``n`` puts its noun in, by its last digits: «one», the nominative singular (1, 21, 101: «1
    дом», «21 квартира»; not 11); «few», the genitive singular (2-4, 22-24: «3 дома», «22 квартиры»; not 12-14); or
    «many», the genitive plural («5 домов», «12 квартир», «11 домов»).

    >>> [count_form(n) for n in (1, 21, 11, 2, 24, 12, 14, 5, 0)]
    ['one', 'one', 'many', 'few', 'few', 'many', 'many', 'many', 'many']
    """
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    return "few" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "many"
