"""On Linux the system language is read from the environment without loading Qt; it must
be what ``QLocale.system()`` says for the same environment."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests import fast_cli

CASES = [
    {"LANG": "nl_NL.UTF-8"},
    {"LANG": "nl_BE.UTF-8@euro"},
    {"LANG": "en_US.UTF-8"},
    {"LANG": "en_US.UTF-8", "LANGUAGE": "nl"},
    {"LANG": "nl_NL.UTF-8", "LANGUAGE": "en_GB:nl"},
    {"LANG": "nl_NL.UTF-8", "LANGUAGE": ":en"},
    {"LANG": "nl_NL.UTF-8", "LANGUAGE": "nl_BE"},
    {"LANG": "C.UTF-8", "LANGUAGE": "nl"},
    {"LANG": "C", "LANGUAGE": "nl"},
    {"LANG": "POSIX"},
    {"LC_ALL": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"},
    {"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"},
    {"LC_MESSAGES": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"},
    {"LC_MESSAGES": "", "LANG": "nl_NL"},
    {"LANG": "nld_NL.UTF-8"},
    {"LANG": "de_DE.UTF-8", "LANGUAGE": "fr"},
    {},
]
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
PROBE = (
    "from jiu_desktop import i18n\n"
    "by_environment = i18n.system_is_dutch_by_environment()\n"
    "print(by_environment, i18n.system_is_dutch_by_qt())\n"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt asks the system there")
@pytest.mark.parametrize("locale", CASES, ids=lambda c: " ".join(f"{k}={v}" for k, v in c.items()))
def test_the_environment_says_what_qt_says(locale: dict[str, str]) -> None:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env=fast_cli.subprocess_env({**env, **locale}),
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    by_environment, by_qt = done.stdout.split()
    assert by_environment == by_qt
