"""Parts of big towns known by their own names (session 28): «в Сормове» is Нижний Новгород, «Уралмаш, яма»
Екатеринбург, «в Адлере» Сочи. No file of /work/shared lists them: data/geo/town_parts.csv is written by hand from
general knowledge, each row's ОКТМО that of its town's okrug (checked here against the gazetteer).

A row's ``scope`` says how much context its forms need:

- ``any``: a name that is no word and no other place («Сормово», «Эльмаш», «Дагомыс») counts as the town's other
  names do, at the level pymorphy3 gives the form (``forms.ambiguity``: mostly ``FREE``; «Лазаревское», an adjective,
  ``ADJECTIVE_NAME``);
- ``capital``: a name pymorphy3 knows as a works' or a firm's («Уралмаш», «Буммаш»), which is where the part is:
  ``forms.CAPITALISED`` (a capital, a preposition or a type word; «Уралмаш, яма» with no region is Екатеринбург);
- ``region``: a name that is a word («Автозавод», «Ботаника», «Взлётка»), an abbreviation («ФМР», «ЧМЗ») or another
  place's («Академгородок», «Красная Поляна») counts only in the caller's region, capitalised
  (``forms.LOCAL_NAME``, as Пермь's «Мотовилиха» of ``lexicon.LOCAL_SHORT_NAMES``);
- ``shared`` (session 30): as ``region``, but also where villages elsewhere have the form: Казань's «Горки», «Горки-2»
  («в Горках» with region 16 is Казань; with no region or another the village of Московская область stays,
  ``local.caller_postings`` dropping a local name of another region). Session 42: also a small town's, of under
  ``gazetteer.BIG_TOWN`` people (Новосибирск's «Родники»: "в родниках нет воды" with 54 is Новосибирск, with 37 or
  none the town Родники of Ивановская область): a place of the caller's region of the name wins over its namesakes
  elsewhere, as the caller's own namesake does; never a big town's form ("в Кирове" is Киров for any caller). Only a
  town of one word: a town of several may outrank the namesakes without a region (``local.outranking_short_name``).
  A row's "town" may be an internal territory of Москва, Петербург or Севастополь (session 31: «Хорошево» of
  Хорошёво-Мневники, «Сколково» of Можайский): its part then counts as the city's own territories' names do beside
  villages elsewhere (``local.caller_postings``), also with no region («Фонд Сколково» is Москва's, not the village
  of Самарская область), and with a caller of another region only where the text names the city.

An ``any`` form that pymorphy3 reads as an ordinary word (``forms.COMMON_WORD``) falls back to ``region``; a form
another place already has (a village, a town, a federal city's district: «Щербинки», «Берёзовке») is left
out of a ``region`` row, and so stays that place's (a ``shared`` row keeps it beside them): with the caller's region
it would give the town's part, but without it ``local.outranking_short_name`` may let a town of several words (Нижний
Новгород) outrank it, and a lookup by population alone (the benchmark's natasha baseline) would pick the big town.
"""

from __future__ import annotations

from pathlib import Path

from mcu_nlp.geo import forms, sources
from mcu_nlp.geo.gazetteer import BIG_TOWN
from mcu_nlp.geo.index import Builder
from mcu_nlp.geo.local import FEDERAL_CITIES
from mcu_nlp.geo.tokens import normalize_word

SCOPES = ("any", "capital", "region", "shared")


def town_entry(b: Builder, town: str, region: str, oktmo: str) -> int:
    """The gazetteer's entry of ``town`` of ``region`` whose okrug has the ОКТМО ``oktmo``; exactly one, or the build
    fails (a renamed source or a wrong row)."""
    ids = [
        e
        for e in b.by_name.get((normalize_word(town), region), ())
        if "alias_of" not in b.entries[e]
        and b.entries[e]["kind"] != "region"
        and b.entries[e]["mun"] >= 0
        and str(b.entries[b.entries[e]["mun"]]["oktmo"])[:8] == oktmo
    ]
    if len(ids) != 1:
        raise ValueError(f"town_parts.csv: {town} ({region}, {oktmo}) matches {len(ids)} gazetteer entries, not 1")
    return ids[0]


def add_town_parts(b: Builder, src: Path) -> set[tuple[str, int]]:
    """Post the forms of data/geo/town_parts.csv to their towns (see the module's doc); returns the (form, town)
    postings of the ``shared`` rows, whose forms villages elsewhere may have as well: ``settlements.add_bare_centres``,
    run after this, adds such a village (Садгород of Самарская область beside Владивосток's; session 31)."""
    posted: set[tuple[str, int]] = set()  # another town's part («Академгородок» of three towns) is no other place
    shared_postings = set()
    for row in sources.read_csv(src / "town_parts.csv"):
        if row["scope"] not in SCOPES:
            raise ValueError(f"town_parts.csv: {row['name']}: scope {row['scope']!r} is not one of {SCOPES}")
        region = row["region_code"]
        eid = town_entry(b, row["town"], region, row["oktmo"])
        shared = row["scope"] == "shared"
        if shared and " " in str(b.entries[eid]["name"]) and region not in FEDERAL_CITIES:
            raise ValueError(f"town_parts.csv: {row['name']}: scope 'shared' needs a town of one word")
        for key in row["forms"].split(";"):
            others = [e for e in b.index.get(key, ()) if e != eid and (key, e) not in posted]
            level = {"any": forms.ambiguity(key), "capital": forms.CAPITALISED}.get(row["scope"], forms.LOCAL_NAME)
            if others or level == forms.COMMON_WORD:
                level = forms.LOCAL_NAME
            if shared and any(not _small_place(b, e) for e in others):
                raise ValueError(f"town_parts.csv: {row['name']}: {key!r} is a big town's or a region's form too")
            if level == forms.LOCAL_NAME and others and not shared:
                continue  # another place's form stays its own: no town's part of it to pick by population
            b.post(key, eid, level)
            posted.add((key, eid))
            if shared:
                shared_postings.add((key, eid))
    return shared_postings


def _small_place(b: Builder, e: int) -> bool:
    """Entry ``e`` is a settlement of fewer people than a big town (``gazetteer.BIG_TOWN``), or of no census figure:
    a village, or a small town a caller of another region means by the name (session 42: Родники of Ивановская
    область, 24,000 people, beside Новосибирск's Родники). A big town is meant by its name in any region ("в
    Кирове"), so no town's part may share its form."""
    entry = b.entries[e]
    return entry["kind"] == "settlement" and float(entry.get("population") or 0) < BIG_TOWN
