"""Whole-number columns declare the values they may hold (``Synced.ranges``): services,
import and the declarations check read that one place."""

from __future__ import annotations

import pytest

from jiu_desktop.errors import InvalidInput
from jiu_desktop.models import MapPerson
from jiu_desktop.services import validation as v
from jiu_desktop.services.exchange_schema import schema


@pytest.mark.parametrize("value", [1, 3, 5, "4"])
def test_a_value_in_range_is_accepted_as_a_whole_number(value: object) -> None:
    assert v.check_range(value, MapPerson, "strength", "Line") == int(str(value))


@pytest.mark.parametrize("value", [0, 6, -1, "x", "", None, True, 2.5])
def test_a_value_outside_the_range_or_no_whole_number_is_refused(value: object) -> None:
    with pytest.raises(InvalidInput) as error:
        v.check_range(value, MapPerson, "strength", "Line")
    assert "1" in str(error.value) and "5" in str(error.value)


def test_the_export_holds_the_declared_range() -> None:
    persons = schema()["persons"]
    assert persons.types["strength"] == "int:1..5"


@pytest.mark.parametrize("value", [0, 6, "3", True, 2.5])
def test_an_import_with_a_number_out_of_its_range_is_refused_at_its_place(value: object) -> None:
    from jiu_desktop.errors import InvalidImport
    from jiu_desktop.services.exchange_check import validate_document
    from tests.unit.test_exchange import documented_example

    document = documented_example()
    document["participants"][0]["network_maps"][0]["persons"][1]["strength"] = value
    with pytest.raises(InvalidImport) as error:
        validate_document(document)
    assert error.value.where == "participants[0].network_maps[0].persons[1].strength"
    assert "from 1 to 5" in error.value.problem
