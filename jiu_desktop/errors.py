"""The project's exceptions. Each carries a message a coach can read, already translated.

Raise early in services; catch at the edge (a view or the command line), show the message
calmly and change nothing.
"""

from __future__ import annotations

from jiu_desktop.i18n import translate


class JiuError(Exception):
    """Base class: ``str(error)`` is a one-line, user-facing message."""


class ProfileNotFound(JiuError):
    def __init__(self, path: object) -> None:
        super().__init__(translate("errors", "No profile found in {path}.").format(path=path))


class ProfileExists(JiuError):
    def __init__(self, path: object) -> None:
        super().__init__(
            translate("errors", "A profile already exists in {path}.").format(path=path)
        )


class WrongPassphrase(JiuError):
    def __init__(self) -> None:
        super().__init__(
            translate("errors", "That passphrase is not correct. Nothing was changed.")
        )


class WrongRecoveryKey(JiuError):
    def __init__(self) -> None:
        super().__init__(
            translate("errors", "That recovery key is not correct. Nothing was changed.")
        )


class WeakPassphrase(JiuError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)


class ProfileInUse(JiuError):
    def __init__(self) -> None:
        super().__init__(
            translate("errors", "This profile is already open in another JIU Desktop window.")
        )


class ProfileDamaged(JiuError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            translate("errors", "The profile cannot be read: {detail}").format(detail=detail)
        )


class NotFound(JiuError):
    def __init__(self, what: str, ident: str) -> None:
        super().__init__(
            translate("errors", "{what} {id} does not exist.").format(what=what, id=ident)
        )


class InvalidInput(JiuError):
    """A value a coach entered or a file they chose is not acceptable."""


class InvalidImport(JiuError):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(
            translate("errors", "Import refused, nothing changed: {where}: {problem}").format(
                where=where, problem=problem
            )
        )
        self.where = where
        self.problem = problem


class InvalidBackup(JiuError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            translate("errors", "This is not a usable JIU Desktop backup: {detail}").format(
                detail=detail
            )
        )


class SyncError(JiuError):
    """Sync could not complete; the message says why in words a coach understands."""


class SyncStopped(JiuError):
    """The coach stopped the round (not a SyncError: nothing in the round may carry on)."""

    def __init__(self) -> None:
        super().__init__(
            translate("errors", "Synchronisation was stopped. What is left goes out next time.")
        )


class TargetUnreachable(SyncError):
    def __init__(self, target: str) -> None:
        super().__init__(
            translate("errors", "The sync target {target} cannot be reached right now.").format(
                target=target
            )
        )


class WrongTeamPassphrase(SyncError):
    def __init__(self) -> None:
        super().__init__(
            translate("errors", "That team passphrase is not correct. Nothing was changed.")
        )


class BundleRejected(SyncError):
    def __init__(self, name: str, reason: str) -> None:
        super().__init__(
            translate("errors", "Sync file {name} was refused: {reason}").format(
                name=name, reason=reason
            )
        )
        self.name = name
        self.reason = reason


class TargetFull(SyncError):
    """The target answers but has no room. Unlike being offline, this needs the coach."""

    def __init__(self, target: str) -> None:
        super().__init__(
            translate(
                "errors",
                "The sync folder {target} is full. Nothing more was sent; make room and sync "
                "again.",
            ).format(target=target)
        )


class TargetReadOnly(SyncError):
    def __init__(self, target: str) -> None:
        super().__init__(
            translate(
                "errors", "JIU Desktop may not write in {target} (no permission). Nothing was sent."
            ).format(target=target)
        )


class TargetNotReadable(SyncError):
    def __init__(self, target: str) -> None:
        super().__init__(
            translate(
                "errors", "JIU Desktop may not read {target} (no permission). Nothing was changed."
            ).format(target=target)
        )


class InsecureAddress(SyncError):
    """A plain http:// server address: the app password would travel readable."""

    def __init__(self, url: str) -> None:
        super().__init__(
            translate(
                "errors",
                "{url} is not encrypted (http://): the app password would travel readable over "
                "the network. Use https://, or confirm that you accept this.",
            ).format(url=url)
        )
        self.url = url
