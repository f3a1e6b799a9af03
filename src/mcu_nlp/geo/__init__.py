"""Municipality geo-resolution: places in Russian text → regions, municipalities, ОКТМО codes."""

from mcu_nlp.geo.resolver import GeoResolver, best_municipality

__all__ = ["GeoResolver", "best_municipality"]
