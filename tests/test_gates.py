"""benchmarks/gates.py: a snapshot of this checkout's answers, and two snapshots told apart (session 71)."""

from __future__ import annotations

import pickle

import pytest


@pytest.fixture(scope="module")
def gates(script):
    return script("benchmarks/gates.py")


def test_a_snapshot_compared_with_itself_changes_nothing(gates, tmp_path):
    out = tmp_path / "snap.pkl"
    assert gates.main(["snapshot", str(out), "--limit", "2"]) == 0
    snapshot = pickle.loads(out.read_bytes())
    assert set(snapshot) == set(gates.KINDS) and all(snapshot.values())
    assert all(row[2] == 0 for row in gates.compare(snapshot, snapshot))


def test_changes_are_counted_toward_and_away_from_their_labels(gates):
    old = {"urgency": {"a": ("high", "critical"), "b": ("critical", "critical"), "c": ("normal", None),
                       "d": ("normal", "high")},
           "geo": {"x": ((("municipality", "1", "11", 0, 3),), "11"), "y": ((), "22")}}
    new = {"urgency": {"a": ("critical", "critical"), "b": ("high", "critical"), "c": ("high", None),
                       "d": ("critical", "high")},
           "geo": {"x": ((("municipality", "1", "11", 0, 4),), "11"), "y": ((("settlement", "2", "22", 0, 2),), "22")}}
    assert gates.compare(old, new) == [("geo", 2, 2, 1, 0, 1), ("urgency", 4, 4, 1, 1, 1)]
