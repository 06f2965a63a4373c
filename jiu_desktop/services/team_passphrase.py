"""How strong a team passphrase must be, and why it is stricter than a profile's.

Anyone who gets hold of ``team.json`` (an administrator of the municipality's Nextcloud, a
copied USB stick) can guess the team passphrase offline, as fast as Argon2id lets them, and
with it read everything the team ever synced. So a team passphrase is judged by zxcvbn's
estimate of the guesses an attacker needs, not by its length: at least 10^11 (at a thousand
Argon2id guesses a second, three years). zxcvbn knows English words and common passwords;
the Dutch words a team is likely to use in one ("geheim", "welkom", the method's name) are
given to it as known words. zxcvbn counts the spaces between words as random characters, so
the passphrase is judged with its separators taken out as well, and the lower count holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate

MIN_LENGTH = 10
REQUIRED_SCORE = 4
# The guesses (as a power of ten) from which a score counts: 1 weak … 4 strong.
SCORE_FROM = (0.0, 7.0, 9.0, 11.0)
# zxcvbn refuses longer input; past this length, the start is what it judges.
JUDGED_CHARACTERS = 72
SEPARATORS = re.compile(r"[\s\-_.,;:/+]+")

# Words a Dutch JIU team may reach for first; guessing starts with them.
KNOWN_WORDS = tuple(
    " ".join(
        (
            "jiu jong in uitvoering team teams ons onze wij samen geheim wachtwoord wachtzin",
            "teamwachtzin welkom hallo coach coaches coördinator jongeren jongere deelnemer",
            "deelnemers groep sync nextcloud gemeente wijk werkplein voorjaar najaar zomer",
            "winter maandag dinsdag woensdag donderdag vrijdag",
        )
    ).split()
)


def guesses_log10(passphrase: str, also: Iterable[str] = ()) -> float:
    """How many guesses finding it takes, as a power of ten, with the known words and
    ``also`` (the team's place or server name) among the first an attacker tries."""
    from zxcvbn import zxcvbn  # its word lists take a while to load: only when judged

    words = [*KNOWN_WORDS, *(w.lower() for w in also if w)]
    forms = {passphrase[:JUDGED_CHARACTERS], SEPARATORS.sub("", passphrase)[:JUDGED_CHARACTERS]}
    return min(float(zxcvbn(form, user_inputs=words)["guesses_log10"]) for form in forms if form)


def team_passphrase_score(passphrase: str, also: Iterable[str] = ()) -> int:
    """0 (too short) to 4 (strong enough for a team)."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    guesses = guesses_log10(passphrase, also)
    return max(1, sum(guesses >= bar for bar in SCORE_FROM))


def check_team_passphrase(passphrase: str, also: Iterable[str] = ()) -> None:
    """InvalidInput, with what to do instead, when the passphrase is too easy to guess."""
    if len(passphrase) < MIN_LENGTH:
        raise InvalidInput(
            translate(
                "team_passphrase", "The team passphrase needs at least {n} characters."
            ).format(n=MIN_LENGTH)
        )
    if team_passphrase_score(passphrase, also) < REQUIRED_SCORE:
        raise InvalidInput(
            translate(
                "team_passphrase",
                "That team passphrase is too easy to guess. Take four or five words that do "
                "not belong together, for example “candle bicycle seventh mill”.",
            )
        )
