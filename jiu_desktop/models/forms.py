"""Reflection and evaluation forms: template versions, responses, one row per answer.

A template version is immutable once published, so an old response reads as it was
filled in. Built-in templates live in ``resources/forms/``; the first response to a
built-in version writes its row under the id ``"<slug>@<version>"``, so two laptops that
do this offline write the same row with the same values.

Answers are rows of their own (id derived from the response and the question key): two
coaches typing in different answers of one paper form offline both keep theirs, and the
same open answer typed twice becomes a conflict labelled with the question.

A coach's own reflection (about no participant) stays on this laptop
(``CoachReflection``, a local table, in the backups) until the coach shares it with the
team (``SharedReflection``, team data).
"""

import json
from datetime import date, datetime

from sqlalchemy import Connection, ForeignKey, text
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import Base, SyncEntity, new_id, utc_now
from jiu_desktop.models.declaration import PARTICIPANT, QT_TRANSLATE_NOOP, TEAM, Synced

#: Built in (from ``resources/forms``) or made by the team.
TEMPLATE_SOURCES = ("ingebouwd", "eigen")
#: Who filled the form in. A peer (groepsgenoot) is stored by role only, never by name.
RESPONDENTS = ("deelnemer", "coach", "trainer", "groepsgenoot")
#: Version numbers a template may have.
VERSIONS = (1, 9999)


def builtin_template_id(slug: str, version: int) -> str:
    return f"{slug}@{version}"


class FormTemplate(SyncEntity):
    __tablename__ = "form_template"
    sync = Synced(
        owner=TEAM,
        export="form_templates",
        ranges={"version": VERSIONS},
    )

    slug: Mapped[str] = mapped_column(index=True)
    version: Mapped[int] = mapped_column(default=1)
    title: Mapped[str] = mapped_column(default="")
    #: The template JSON (``docs/forms.md``); never changes once published.
    definition: Mapped[str] = mapped_column(default="{}")
    published: Mapped[bool] = mapped_column(default=False)
    #: One of TEMPLATE_SOURCES; set by the code that writes the row, never chosen.
    source: Mapped[str] = mapped_column(default="eigen")
    #: Who published this version (a coach's name): "v2 (Sanne)" and "v2 (Henk)" when two
    #: coordinators published a second version offline.
    published_by: Mapped[str] = mapped_column(default="")


def answer_label(conn: Connection, row_id: str) -> str:
    """The question an answer row answers (for the conflict panel), or ''."""
    found = conn.execute(
        text(
            "SELECT a.question_key, t.definition FROM form_answer a"
            " JOIN form_response r ON r.id = a.response_id"
            " JOIN form_template t ON t.id = r.template_id WHERE a.id = :id"
        ),
        {"id": row_id},
    ).first()
    if found is None:
        return ""
    key, definition = found
    try:
        sections = json.loads(definition).get("sections", [])
    except (ValueError, AttributeError):
        return str(key)
    for section in sections:
        for question in section.get("questions", []):
            if question.get("key") == key:
                return str(question.get("text", key))
    return str(key)


class FormResponse(SyncEntity):
    __tablename__ = "form_response"
    sync = Synced(
        owner=PARTICIPANT,
        export="form_responses",
        choices={"respondent": RESPONDENTS},
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    #: The exact template version filled in (a published version is never deleted, so
    #: this always points at a row).
    template_id: Mapped[str] = mapped_column(ForeignKey("form_template.id"), index=True)
    filled_on: Mapped[date] = mapped_column(index=True)
    respondent: Mapped[str] = mapped_column(default="deelnemer")
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("coach.id"), default=None)
    #: Typed in by the coach from a filled-in paper form.
    from_paper: Mapped[bool] = mapped_column(default=False)
    complete: Mapped[bool] = mapped_column(default=False)
    #: The group meeting it was filled in for (None: not for a meeting).
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), default=None)


class FormAnswer(SyncEntity):
    __tablename__ = "form_answer"
    sync = Synced(
        owner=PARTICIPANT,
        export="answers",
        parent="response_id",
        text={"value_text": QT_TRANSLATE_NOOP("fields", "Form answer")},
        search=("value_text",),
        derived_id=True,
        row_label=answer_label,
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    response_id: Mapped[str] = mapped_column(ForeignKey("form_response.id"), index=True)
    question_key: Mapped[str] = mapped_column(default="")
    #: An open answer (free text: two coaches typing it at once is a conflict to settle).
    value_text: Mapped[str] = mapped_column(default="")
    #: A scale, yes/no, choice(s) or date, as JSON ('' when not answered); last writer wins.
    value_json: Mapped[str] = mapped_column(default="")


class SharedReflection(SyncEntity):
    """A coach's reflection shared with the team for intervision (no participant names)."""

    __tablename__ = "shared_reflection"
    sync = Synced(owner=TEAM, export="shared_reflections")

    template_id: Mapped[str] = mapped_column(ForeignKey("form_template.id"))
    filled_on: Mapped[date]
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("coach.id"), default=None)
    #: The answers as JSON: {question key: [value_text, value_json]}. Only its author
    #: changes it.
    answers: Mapped[str] = mapped_column(default="{}")


class CoachReflection(Base):
    """A coach's own reflection: stays on this laptop (never synced; in the backups)."""

    __tablename__ = "coach_reflection"

    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    template_id: Mapped[str]
    filled_on: Mapped[date]
    #: The answers as JSON: {question key: [value_text, value_json]}.
    answers: Mapped[str] = mapped_column(default="{}")
    complete: Mapped[bool] = mapped_column(default=False)
    #: The shared copy's id once shared with the team.
    shared_id: Mapped[str | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
