"""The backup file: ``vault.json`` and an encrypted copy of the database, in one file.

The database copy stays encrypted under the profile's data key, which is wrapped in the
enclosed vault.json; so a backup is opened with the passphrase (or recovery key) that was
valid when it was made. Nothing in the file is plaintext.

File layout: ``MAGIC | u32 vault length | vault.json | u64 db length | db | sha256(all before)``.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path

from jiu_desktop.errors import InvalidBackup, ProfileDamaged
from jiu_desktop.i18n import translate
from jiu_desktop.vault.vaultfile import VaultFile

MAGIC = b"JIU-BACKUP\x00\x01"


@dataclass(frozen=True)
class BackupContents:
    vault: VaultFile
    database: bytes


def pack(vault: VaultFile, database: bytes) -> bytes:
    vault_bytes = vault.to_bytes()
    body = (
        MAGIC
        + struct.pack(">I", len(vault_bytes))
        + vault_bytes
        + struct.pack(">Q", len(database))
        + database
    )
    return body + hashlib.sha256(body).digest()


def unpack(raw: bytes) -> BackupContents:
    if not raw.startswith(MAGIC):
        raise InvalidBackup(translate("backup", "the file does not start like a backup"))
    body, digest = raw[:-32], raw[-32:]
    if len(raw) < len(MAGIC) + 44 or hashlib.sha256(body).digest() != digest:
        raise InvalidBackup(translate("backup", "the file is incomplete or damaged"))
    offset = len(MAGIC)
    (vault_len,) = struct.unpack_from(">I", body, offset)
    offset += 4
    vault_raw = body[offset : offset + vault_len]
    offset += vault_len
    (db_len,) = struct.unpack_from(">Q", body, offset)
    offset += 8
    database = body[offset : offset + db_len]
    if len(database) != db_len or offset + db_len != len(body):
        raise InvalidBackup(translate("backup", "the file is incomplete or damaged"))
    try:
        vault = VaultFile.from_bytes(vault_raw)
    except ProfileDamaged as exc:
        raise InvalidBackup(str(exc)) from None
    return BackupContents(vault, database)


def read_backup(path: Path) -> BackupContents:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidBackup(f"{path}: {exc.strerror}") from None
    return unpack(raw)
