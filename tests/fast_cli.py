"""``python -m tests.fast_cli ARGS``: the real command line with cheap key derivation.

For subprocess tests only: the shipped program has no switch that weakens its keys.
"""

from __future__ import annotations

import os
import sys

os.environ["JIU_KDF_FAST"] = "1"  # replaced by a test-only patch of the KDF cost

from jiu_desktop.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
