"""A resolver's region is checked when it is given (construction, set_params), as analyze(region=...) checks it,
not at the first text: a service that builds one resolver per region learns of a bad code at start."""

from __future__ import annotations

import pytest

import mcu_nlp
from mcu_nlp.errors import InputError
from mcu_nlp.geo import GeoResolver


@pytest.mark.parametrize("region", ["Курская", "089", "99", 0])
def test_a_bad_region_is_refused_at_construction_with_analyzes_message(region: object) -> None:
    with pytest.raises(InputError) as analysed:
        mcu_nlp.analyze("в Курске нет света", region=region)  # type: ignore[arg-type]
    with pytest.raises(InputError) as built:
        GeoResolver(region=region)  # type: ignore[arg-type]
    assert str(built.value) == str(analysed.value)


def test_set_params_refuses_a_bad_region_and_keeps_the_good_one() -> None:
    geo = GeoResolver(region="46")
    with pytest.raises(InputError, match="subject code such as '89'"):
        geo.set_params(region="Курская")
    assert geo.region == "46"
    assert geo.set_params(region="89").resolve("в Салехарде")[0].region_code == "89"


@pytest.mark.parametrize("region", ["46", " 46 ", 46, 46.0, None])
def test_good_regions_are_built_as_before(region: object) -> None:
    assert GeoResolver(region=region).get_params()["region"] == region  # kept as given (scikit-learn convention)
