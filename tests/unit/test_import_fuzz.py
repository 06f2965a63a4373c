"""Fuzzed imports, bounded: a valid export (version 2, or the same read as version 1) with
one part replaced, removed or retyped is either imported or refused with the project's own
message, and a refusal changes nothing."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jiu_desktop.db.store import Store
from jiu_desktop.demo import fill_demo_data
from jiu_desktop.errors import JiuError
from jiu_desktop.services import exchange

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.sampled_from(
        [
            "0001-01-01T00:00:00+01:00",
            "9999-12-31T23:59:59-01:00",
            "2026-02-30",
            "\ud800",
            "",
            "aangemeld",
            "x" * 300,
        ]
    ),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


BASE: list[dict[str, Any]] = []


def contents(document: dict[str, Any]) -> str:
    return json.dumps({**document, "exported_at": None}, sort_keys=True, default=str)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


def mutate(document: dict[str, Any], where: tuple[Any, ...], action: str, value: Any) -> Any:
    changed = copy.deepcopy(document)
    if not where:
        return value
    parent = changed
    for step in where[:-1]:
        parent = parent[step]
    if action == "drop":
        del parent[where[-1]]
    elif action == "twice" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[where[-1]]))
    else:
        parent[where[-1]] = value
    return changed


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_damaged_import_is_refused_cleanly_or_imported(store: Store, data: st.DataObject) -> None:
    if not BASE:
        fill_demo_data(store, 2, seed=8)
        BASE.append(exchange.export_data(store))
    # The same for every example (the profile may have changed since), read as the current
    # version or as version 1 (the same lists and fields).
    document = {**BASE[0], "version": data.draw(st.sampled_from([2, 1]))}
    before = contents(exchange.export_data(store))
    where = data.draw(st.sampled_from(paths(document)))
    action = data.draw(st.sampled_from(["replace", "drop", "twice"]))
    damaged = mutate(document, where, action, data.draw(junk))
    try:
        exchange.import_document(store, damaged)
    except JiuError as refused:
        assert str(refused)
        assert contents(exchange.export_data(store)) == before, "a refusal changes nothing"
