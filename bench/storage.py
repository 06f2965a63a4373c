"""SQLCipher versus plain SQLite, and the cost of change capture."""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlcipher3

from bench.common import PASSPHRASE, cheap_kdf
from jiu_desktop.vault.engine import CONNECTION_PRAGMAS, raw_key_literal

SCHEMA = """CREATE TABLE participant (id TEXT PRIMARY KEY, first_name TEXT, last_name TEXT,
    email TEXT, remarks TEXT, status TEXT, updated INTEGER)"""


def _workload(conn: Any, rows: int, batch: int, rng: random.Random) -> None:
    conn.execute(SCHEMA)
    conn.execute("CREATE INDEX ix_status ON participant (status)")
    data = [
        (
            f"id-{i:07d}",
            f"Naam{i}",
            "Achternaam",
            f"p{i}@example.nl",
            "opmerking " * 8,
            rng.choice(("actief", "intake", "nazorg")),
            i,
        )
        for i in range(rows)
    ]
    for start in range(0, rows, batch):
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO participant VALUES (?,?,?,?,?,?,?)", data[start : start + batch]
        )
        conn.execute("COMMIT")
    for _ in range(300):
        conn.execute(
            "SELECT * FROM participant WHERE id = ?", (f"id-{rng.randrange(rows):07d}",)
        ).fetchall()
    for status in ("actief", "intake", "nazorg"):
        conn.execute(
            "SELECT count(*), max(updated) FROM participant WHERE status = ?", (status,)
        ).fetchall()
    conn.execute("SELECT count(*) FROM participant WHERE remarks LIKE '%xyz%'").fetchall()
    conn.execute("BEGIN")
    conn.execute("UPDATE participant SET updated = updated + 1 WHERE status = 'actief'")
    conn.execute("COMMIT")


def _run(encrypted: bool, rows: int, batch: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "db.sqlite")
        module: Any = sqlcipher3 if encrypted else sqlite3
        conn = module.connect(path, isolation_level=None)
        if encrypted:
            conn.execute(f'PRAGMA key = "{raw_key_literal(os.urandom(32))}"')
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma)
        start = time.perf_counter()
        _workload(conn, rows, batch, random.Random(1))
        elapsed = time.perf_counter() - start
        conn.close()
        return elapsed


def cipher_ratio(rows: int = 50_000, batch: int = 5_000, repeat: int = 5) -> dict[str, float]:
    plain, cipher = [], []
    for _ in range(repeat):  # interleaved, so machine noise hits both alike
        plain.append(_run(False, rows, batch))
        cipher.append(_run(True, rows, batch))
    p, c = statistics.median(plain), statistics.median(cipher)
    return {"plain_s": p, "sqlcipher_s": c, "ratio": c / p, "rows": float(rows)}


def capture_ratio(participants: int = 5_000, repeat: int = 3) -> dict[str, float]:
    from sqlalchemy import select

    from jiu_desktop.models import Participant
    from jiu_desktop.services import profile

    with tempfile.TemporaryDirectory() as folder:
        with cheap_kdf():
            store, _ = profile.create_profile(Path(folder) / "p", "Bench", PASSPHRASE)
        with store.session() as session:
            session.add_all(
                Participant(first_name=f"N{i}", last_name="A") for i in range(participants)
            )

        def edit(round_: int) -> float:
            start = time.perf_counter()
            with store.session() as session:
                for person in session.scalars(select(Participant)):
                    person.remarks = f"ronde {round_}"
                    person.phone = f"06-{round_:08d}"
                    person.referrer = f"bron {round_}"
            return time.perf_counter() - start

        with_capture, without = [], []
        for i in range(repeat):
            store.capture.enabled = True
            with_capture.append(edit(2 * i))
            store.capture.enabled = False
            without.append(edit(2 * i + 1))
        store.capture.enabled = True
        store.close()
    a, b = statistics.median(with_capture), statistics.median(without)
    return {"with_capture_s": a, "without_s": b, "ratio": a / b, "edits": float(participants * 3)}
