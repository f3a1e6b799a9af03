"""Counts of appeals over time: series, forecasts with intervals, spike alerts, backtests."""

from mcu_nlp.trends.command import forecast_command
from mcu_nlp.trends.counts import count_series
from mcu_nlp.trends.evaluate import backtest
from mcu_nlp.trends.forecaster import TrendForecaster

__all__ = ["TrendForecaster", "backtest", "count_series", "forecast_command"]
