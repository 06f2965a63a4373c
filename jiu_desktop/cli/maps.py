"""The network map on the command line: ``map-pdf`` prints a version (PDF, or a PNG of
the map), ``map-compare`` lists what changed between two versions. Both only read.

The file is written only when everything worked (in full, through a temporary file next
to it), so an unknown participant or version leaves no file behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from jiu_desktop.cli.common import Register, opened, say
from jiu_desktop.i18n import translate
from jiu_desktop.vault.atomic import write_atomic

if TYPE_CHECKING:
    from jiu_desktop.services.map_document import MapDocument

_qt: list[object] = []  # keeps the QGuiApplication of ``--png`` alive


def gui_for_png(argv: list[str]) -> None:
    """``map-pdf --png`` paints with QPainter, which needs a QGuiApplication; it must exist
    before the command line's QCoreApplication (made for the translations), so the front
    door calls this first. Offscreen: no display is needed, nothing is shown."""
    if "map-pdf" not in argv or "--png" not in argv:
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is None:
        _qt.append(QGuiApplication(["jiu-desktop", "-platform", "offscreen"]))


def cmd_map_pdf(args: argparse.Namespace) -> int:
    from jiu_desktop.printing.map_pdf import map_pdf
    from jiu_desktop.services.map_document import map_document

    with opened(args.profile) as store:
        document = map_document(
            store, args.participant, args.map_version, for_participant=args.for_participant
        )  # unknown participant or version: stop here, no file
    data = _png(document) if args.png else map_pdf(document)
    write_atomic(args.out, data)
    say(translate("cli", "Network map saved: {path}").format(path=args.out))
    return 0


def _png(document: MapDocument) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
    from PySide6.QtGui import QGuiApplication

    from jiu_desktop.errors import InvalidInput

    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise InvalidInput(translate("cli", "A PNG cannot be made in this process."))
    from jiu_desktop.views.network_map.painter import map_image

    image = map_image(document.layout, document.sector_labels)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; it takes str
    buffer.close()
    return bytes(data.data())


def cmd_map_compare(args: argparse.Namespace) -> int:
    from jiu_desktop.printing.map_pdf import compare_pdf
    from jiu_desktop.services.map_compare import compare
    from jiu_desktop.services.map_document import compare_document

    with opened(args.profile) as store:
        lines = compare(store, args.participant, args.from_number, args.to_number).lines
        document = compare_document(store, args.participant, args.from_number, args.to_number)
    if args.out is not None:
        write_atomic(args.out, compare_pdf(document))
    for line in lines:
        say(line)
    return 0


def add_commands(command: Register) -> None:
    pdf = command(
        "map-pdf", cmd_map_pdf, translate("cli", "a network map as PDF (or PNG), to print")
    )
    pdf.add_argument("--participant", required=True)
    pdf.add_argument(
        "--map-version",
        type=int,
        default=None,
        metavar="N",
        help=translate("cli", "the version's number (default: the latest)"),
    )
    pdf.add_argument(
        "--for-participant",
        action="store_true",
        help=translate("cli", "the participant's version: no coach notes, no surname"),
    )
    pdf.add_argument(
        "--png", action="store_true", help=translate("cli", "a PNG of the map instead of a PDF")
    )
    pdf.add_argument("--out", type=Path, required=True)
    compare = command(
        "map-compare",
        cmd_map_compare,
        translate("cli", "what changed between two versions of a network map"),
    )
    compare.add_argument("--participant", required=True)
    compare.add_argument("--from", dest="from_number", type=int, required=True, metavar="N")
    compare.add_argument("--to", dest="to_number", type=int, required=True, metavar="M")
    compare.add_argument(
        "--out",
        type=Path,
        default=None,
        help=translate("cli", "also save the comparison as PDF here"),
    )
