"""Hierarchy reconciliation: make forecasts add up (top-down, bottom-up, their mean, WLS-structural, MinT-shrink).

With ``S`` the summing matrix and ``U' y = 0`` the aggregation constraints (each aggregate minus the
sum of its bottom series), the MinT family projects base forecasts as
``y~ = y^ - W U (U' W U)^-1 U' y^``; only the small ``(n_aggregates x n_aggregates)`` matrix is
inverted (Wickramasuriya, Athanasopoulos & Hyndman 2019).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mcu_nlp.errors import InputError, expected

METHODS = ("combined", "top_down", "mint_shrink", "wls_struct", "bottom_up", "none")


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


@dataclass(frozen=True)
class TopDown:
    """Top-down by forecast proportions: each level is split among its children in proportion to
    the children's own forecasts (history shares where those are all zero). The top keeps its own
    forecast, so the best-forecast aggregate (a dense total) sets the scale of everything below.
    """

    parents: tuple[np.ndarray, ...]  # per depth below the top: index of each child's parent
    children: tuple[np.ndarray, ...]  # per depth below the top: the series at that depth
    shares: np.ndarray  # history share of each series within its parent, the zero-forecast fallback


def top_down(summing: np.ndarray, depth: np.ndarray, history: np.ndarray) -> TopDown:
    """Parents of every series from the summing matrix (a parent contains all its bottom series)."""
    sizes = summing.sum(axis=1)
    parents, children = [], []
    shares = np.ones(len(depth))
    for d in np.unique(depth)[1:]:
        child, above = np.flatnonzero(depth == d), np.flatnonzero(depth == d - 1)
        overlap = summing[child] @ summing[above].T
        parent = above[np.argmax(overlap, axis=1)]
        parents.append(parent)
        children.append(child)
        total = np.zeros(len(depth))
        np.add.at(total, parent, history[child])
        shares[child] = np.divide(history[child], total[parent], out=1.0 / sizes[parent] * sizes[child],
                                  where=total[parent] > 0)
    return TopDown(tuple(parents), tuple(children), shares)


def apply_top_down(plan: TopDown, forecasts: np.ndarray) -> np.ndarray:
    """Split ``(n, ...)`` forecasts from the top level down; coherent by construction."""
    out = np.maximum(forecasts, 0.0).astype(float)
    for parent, child in zip(plan.parents, plan.children, strict=True):
        base = np.maximum(forecasts[child], 0.0)
        total = np.zeros_like(out)
        np.add.at(total, parent, base)
        share = np.where(total[parent] > 0, base / np.where(total[parent] > 0, total[parent], 1.0),
                         plan.shares[child].reshape(-1, *([1] * (out.ndim - 1))))
        out[child] = out[parent] * share
    return out


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
    if method in ("none", "top_down", "combined") or bottom.all():
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


@dataclass(frozen=True)
class Combined:
    """The mean of several reconciliations. Each is coherent, so their mean is too.

    ``combined`` averages top-down and bottom-up (Hollyman, Petropoulos & Tipping 2021 combine
    coherent forecasts the same way): top-down keeps the dense aggregates' own forecasts, bottom-up
    the bottom series' own. On earlier NYC windows the mean's MASE was between the two at the bottom
    and, on every aggregate level, below both or within 0.001 of the better (benchmarks/RESULTS.md).
    """

    plans: tuple[object, ...]


def plan(
    method: str, summing: np.ndarray, bottom: np.ndarray, depth: np.ndarray, history: np.ndarray,
    residuals: np.ndarray | None = None,
) -> Combined | TopDown | tuple[np.ndarray, np.ndarray] | None:
    """What :func:`apply` needs for ``method``; ``history`` is recent totals per series."""
    if method == "combined" and not bottom.all():
        return Combined((top_down(summing, depth, history), projection("bottom_up", summing, bottom)))
    if method == "top_down" and not bottom.all():
        return top_down(summing, depth, history)
    return projection(method, summing, bottom, residuals)


def apply(matrices: object, forecasts: np.ndarray) -> np.ndarray:
    """Reconcile ``(n, ...)`` forecasts; negative results (possible with MinT) are clipped to 0.

    Clipping a bottom series would leave its aggregates short of their sum, so the aggregates are
    summed again from the clipped bottom series (``U' y = 0`` again).

    >>> s = np.array([[1.0, 1.0], [1, 0], [0, 1]]); b = np.array([False, True, True])
    >>> apply(projection("wls_struct", s, b), np.array([0.0, 0, 3])).tolist()
    [2.25, 0.0, 2.25]
    """
    if matrices is None:
        return forecasts
    if isinstance(matrices, Combined):
        return np.mean([apply(part, forecasts) for part in matrices.plans], axis=0)
    if isinstance(matrices, TopDown):
        return apply_top_down(matrices, forecasts)
    left, right = matrices
    flat = forecasts.reshape(forecasts.shape[0], -1)
    out = np.maximum(flat - left @ (right @ flat), 0.0)
    aggregates = (right == 1.0).any(axis=0)  # U' holds +1 only on each aggregate's own column, in order
    out[aggregates] -= right @ out
    return out.reshape(forecasts.shape)
