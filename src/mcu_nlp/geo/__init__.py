"""Municipality geo-resolution: places in Russian text → regions, municipalities, ОКТМО codes."""

from mcu_nlp.geo.municipality import best_municipality
from mcu_nlp.geo.resolver import GeoResolver

__all__ = ["GeoResolver", "best_municipality"]
