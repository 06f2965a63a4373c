"""A team passphrase is judged by how guessable it is, not by its length."""

from __future__ import annotations

import pytest

from jiu_desktop.errors import InvalidInput
from jiu_desktop.services.team_passphrase import check_team_passphrase, team_passphrase_score


@pytest.mark.parametrize(
    "weak",
    [
        "aaaaaaaaaa",  # ten characters: a length rule lets it through
        "wachtwoord123",
        "Welkom2026!",
        "jiu team geheim",  # the words a team reaches for first
        "ons team geheim 7",
        "correcthorse",
        "1234567890",
        "qwertyuiop",
    ],
)
def test_easy_to_guess_passphrases_are_refused_with_what_to_do(weak: str) -> None:
    with pytest.raises(InvalidInput, match=r"too easy to guess\. Take four or five words"):
        check_team_passphrase(weak)


def test_a_short_one_is_refused_for_its_length() -> None:
    with pytest.raises(InvalidInput, match="at least 10 characters"):
        check_team_passphrase("Zq8#v")


@pytest.mark.parametrize(
    "strong", ["kaars fiets zevende molen", "zeven blauwe fietsen dansen", "fiets kaas molen 7"]
)
def test_words_that_do_not_belong_together_are_accepted(strong: str) -> None:
    check_team_passphrase(strong)
    assert team_passphrase_score(strong) == 4


def test_the_teams_own_words_count_as_known() -> None:
    assert team_passphrase_score("Doorwerth Oosterbeek 2026") == 4
    assert team_passphrase_score("Doorwerth Oosterbeek 2026", ["doorwerth", "oosterbeek"]) < 4


def test_a_long_passphrase_is_judged_by_its_start() -> None:
    assert team_passphrase_score("kaars fiets zevende molen " * 40) == 4
    assert team_passphrase_score("a" * 500) == 1
