"""map_chunks(shared=) gives each call's workers the value as it is at that call: loky reused the workers of the
call before when the initializer's arguments were equal, and a model refitted in place (a notebook's
``clf.fit(...)`` between two jobs) is equal to itself, so the second job ran with the workers' copy of the old
model, without a word."""

from mcu_nlp.workers import map_chunks


def _shared_value(task: int, shared: dict) -> tuple[int, int]:
    return task, shared["version"]


def test_workers_get_the_shared_value_as_it_is_at_each_call() -> None:
    shared = {"version": 1}
    assert list(map_chunks(_shared_value, [(0,), (1,)], 2, shared=shared)) == [(0, 1), (1, 1)]
    shared["version"] = 2  # changed in place, as fit changes a model: the same object, equal to itself
    assert list(map_chunks(_shared_value, [(0,), (1,)], 2, shared=shared)) == [(0, 2), (1, 2)]
