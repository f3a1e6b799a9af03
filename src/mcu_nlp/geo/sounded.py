"""Place names written as they sound (build time): «тск» as «цк», "в иркуцке" for Иркутск, "брацк", "якуцк".

A one-letter typo («братцк») is ``typos``'s; a sound spelt two letters away from the name is not one. Each rule of
``SOUNDED_SPELLINGS`` rewrites every word of a form; the written form is posted with the form's places at their
levels, so it reads as the name does ("в центре иркуцка", "иркуцкой области"), where the form names a region or a
town of ``BIG_TOWN`` people (as a typo is corrected to a big town's name, or narrower: Братск's "братском" keeps
Чечня's village Братское beside it, as written; Советск, 41,687 people, gets none) and the written word is no word
pymorphy3 knows (a form respelt «клецкой» would be a dumpling's; of the forms respelt none is a word today, and
станица Клетская's «клетской», the one whose respelling is, is too small to be respelt).

Session 48 (ЦУР Иркутской области, s47 D11). Measured and not made rules: «дск» as «цк» ("бердцк", "зеленограцк":
20,026 forms, no such spelling in 59,864 appeals) and «цк» as «тск» ("липетск": 8,106 forms, none either, and
"высотском", a surname's, among them).
"""

from __future__ import annotations

from mcu_nlp.geo import declension
from mcu_nlp.geo.gazetteer import BIG_TOWN
from mcu_nlp.geo.index import Builder

SOUNDED_SPELLINGS = (("тск", "цк"),)  # (as the name is spelt, as it sounds and is written)


def add_sounded_spellings(b: Builder) -> None:
    """Post each form of a region or a big town spelt as it sounds (``SOUNDED_SPELLINGS``) with the form's postings.

    Run after every form is in, before the levels are relaxed (``index.relax_big_towns``).
    """
    for spelt, sounded in SOUNDED_SPELLINGS:
        for key, postings in list(b.index.items()):
            if spelt not in key or not any(_region_or_big_town(b, e) for e in postings):
                continue
            written = key.replace(spelt, sounded)
            changed = set(written.split()) - set(key.split())
            if written in b.index or any(declension.morph().word_is_known(w) for w in changed):
                continue
            for eid, level in postings.items():
                b.post(written, eid, level)


def _region_or_big_town(b: Builder, eid: int) -> bool:
    while "alias_of" in b.entries[eid]:
        eid = b.entries[eid]["alias_of"]
    return b.entries[eid]["kind"] == "region" or int(b.entries[eid]["population"] or 0) >= BIG_TOWN
