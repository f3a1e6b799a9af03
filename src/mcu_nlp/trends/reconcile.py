"""Hierarchy reconciliation: make forecasts add up (bottom-up, WLS-structural, MinT-shrink).

With ``S`` the summing matrix and ``U' y = 0`` the aggregation constraints (each aggregate minus the
sum of its bottom series), the MinT family projects base forecasts as
``y~ = y^ - W U (U' W U)^-1 U' y^``; only the small ``(n_aggregates x n_aggregates)`` matrix is
inverted (Wickramasuriya, Athanasopoulos & Hyndman 2019).
"""

from __future__ import annotations

import numpy as np

from mcu_nlp.errors import InputError, expected

METHODS = ("mint_shrink", "wls_struct", "bottom_up", "none")


def constraints(summing: np.ndarray, bottom: np.ndarray) -> np.ndarray:
    """``U'``: one row per aggregate, ``+1`` on the aggregate and ``-1`` on its bottom series."""
    aggregates = np.flatnonzero(~bottom)
    out = np.zeros((len(aggregates), len(bottom)))
    out[np.arange(len(aggregates)), aggregates] = 1.0
    out[:, np.flatnonzero(bottom)] = -summing[aggregates]
    return out


def shrunk_covariance(residuals: np.ndarray) -> np.ndarray:
    """Covariance of ``(n, k)`` residuals shrunk towards its diagonal (Schafer & Strimmer 2005)."""
    k = residuals.shape[1]
    centred = residuals - residuals.mean(axis=1, keepdims=True)
    sd = np.sqrt((centred**2).mean(axis=1)) + 1e-9
    scaled = centred / sd[:, None]
    corr = scaled @ scaled.T / k
    off = ~np.eye(len(sd), dtype=bool)
    spread = ((scaled**2) @ (scaled**2).T / k - corr**2) * k / max(k - 1, 1) ** 2
    lam = np.clip(spread[off].sum() / max((corr[off] ** 2).sum(), 1e-12), 0.0, 1.0)
    shrunk = corr * (1 - lam)
    np.fill_diagonal(shrunk, 1.0)
    return shrunk * np.outer(sd, sd)


MAX_FULL_COVARIANCE = 3000  # above this many series MinT keeps only the residual variances


def projection(
    method: str, summing: np.ndarray, bottom: np.ndarray, residuals: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray] | None:
    """``(left, right)`` with reconciled ``= base - left @ (right @ base)``; ``None`` leaves as is.

    >>> s = np.array([[1.0, 1.0], [1, 0], [0, 1]]); b = np.array([False, True, True])
    >>> apply(projection("bottom_up", s, b), np.array([5.0, 1, 2])).tolist()
    [3.0, 1.0, 2.0]
    """
    if method not in METHODS:
        raise InputError(expected(f"reconcile in {METHODS}", method))
    if method == "none" or bottom.all():
        return None
    u_t = constraints(summing, bottom)
    if method == "bottom_up":
        return np.eye(len(bottom))[:, ~bottom], u_t
    if method == "wls_struct" or residuals is None:
        wu = summing.sum(axis=1)[:, None] * u_t.T
    elif len(bottom) > MAX_FULL_COVARIANCE:
        wu = (residuals.var(axis=1) + 1e-9)[:, None] * u_t.T
    else:
        wu = shrunk_covariance(residuals) @ u_t.T
    return wu @ np.linalg.pinv(u_t @ wu), u_t


def apply(matrices: tuple[np.ndarray, np.ndarray] | None, forecasts: np.ndarray) -> np.ndarray:
    """Reconcile ``(n, ...)`` forecasts; negative results (possible with MinT) are clipped to 0."""
    if matrices is None:
        return forecasts
    left, right = matrices
    flat = forecasts.reshape(forecasts.shape[0], -1)
    return np.maximum(flat - left @ (right @ flat), 0.0).reshape(forecasts.shape)
