"""The "Gegevens" tab: personal details, trajectory, results and quotes, the intake,
consent, referrals, remarks.

Everything autosaves; Ctrl+Z / Ctrl+Shift+Z undo and redo field edits, and what was added,
changed or removed in the results and quotes, while this tab is shown. Deleting and
erasing the participant live here too, at the end of the form.

A new participant starts as an empty form (:meth:`DetailsTab.start_new`) that stores
nothing: the participant is made, with everything filled in so far, once a first name is
typed. Leaving the form before that (Escape, back to the list, another participant)
leaves nothing behind, on this laptop or the team's.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError
from jiu_desktop.services import participants, team
from jiu_desktop.services.changes import Changes
from jiu_desktop.services.outcomes import QUOTE_CONSENT
from jiu_desktop.views.autosave import (
    AutosaveForm,
    date_binding,
    line_binding,
    saved_text,
    text_binding,
)
from jiu_desktop.views.confirm import TypeToConfirmDialog, ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import (
    Group,
    GroupMembership,
    Participant,
    format_date,
    status_label,
)
from jiu_desktop.views.participants.quotes import QuotesBox
from jiu_desktop.views.participants.referrals import ReferralsBox
from jiu_desktop.views.participants.results import ResultsBox
from jiu_desktop.views.participants.tabs.base import ParticipantTab, TabHost
from jiu_desktop.views.participants.tabs.consent_section import ConsentSection
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.participants.tabs.intake_section import IntakeSection
from jiu_desktop.views.participants.tabs.trajectory_section import TrajectorySection
from jiu_desktop.views.tasks import run_task

log = logging.getLogger(__name__)

FIELDS = (
    "first_name",
    "last_name",
    "date_of_birth",
    "phone",
    "email",
    "address",
    "referrer",
    "referral_source",
    "intake_date",
    "status",
    "left_reason",
    "group_id",
    "coach_id",
    "remarks",
)


class DetailsTab(ParticipantTab):
    def __init__(self, context: AppContext, host: TabHost) -> None:
        super().__init__(context, host)
        self.form = AutosaveForm(self._save_field, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        self.message = message_line()
        outer.addWidget(self.message)

        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 8, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._personal())
        left.addWidget(self._trajectory())
        self.results = ResultsBox(context, self.form.undo_stack)
        left.addWidget(self.results)
        self.quotes = QuotesBox(context, self.form.undo_stack)
        self.quotes.consent_wanted.connect(self.show_quote_consent)
        left.addWidget(self.quotes)
        self.intake = IntakeSection(context, self.form)
        left.addWidget(self.intake)
        left.addStretch(1)
        self.consent = ConsentSection(context)
        right.addWidget(self.consent)
        self.referrals = ReferralsBox(context)
        right.addWidget(self.referrals)
        right.addWidget(self._remarks())
        right.addLayout(self._removal())
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

        self.form.status.connect(self._status)
        self.form.saved.connect(self._field_saved)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.form.undo_stack.undo)
        redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo:  # twice would make it ambiguous
            redo.append(QKeySequence("Ctrl+Shift+Z"))
        for keys in redo:
            QShortcut(keys, self, self.form.undo_stack.redo)
        self.leave_new = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.host.leave)
        self.leave_new.setEnabled(False)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DetailsTab", "&Details")

    # -- building --------------------------------------------------------------------------
    def _line(self, name: str, label: str, form: QFormLayout, date: bool = False) -> None:
        edit = QLineEdit()
        edit.setObjectName(name)
        self.form.bind(name, date_binding(edit) if date else line_binding(edit), label)
        form.addRow(label, edit)

    def _personal(self) -> QGroupBox:
        box = QGroupBox(self.tr("Personal and contact details"))
        form = QFormLayout(box)
        self._line("first_name", self.tr("First name"), form)
        self._line("last_name", self.tr("Last name"), form)
        self._line("date_of_birth", self.tr("Date of birth"), form, date=True)
        self._line("phone", self.tr("Phone"), form)
        self._line("email", self.tr("Email"), form)
        self._line("address", self.tr("Address"), form)
        return box

    def _trajectory(self) -> TrajectorySection:
        self.trajectory = TrajectorySection(self.context, self.form, self)
        self.status, self.history = self.trajectory.status, self.trajectory.history
        self.group_field, self.group = self.trajectory.group_field, self.trajectory.group
        self.coach = self.trajectory.coach
        return self.trajectory

    def _remarks(self) -> QGroupBox:
        box = QGroupBox(self.tr("Remarks"))
        layout = QVBoxLayout(box)
        self.remarks = QPlainTextEdit()
        self.remarks.setObjectName("remarks")
        self.remarks.setMinimumHeight(110)
        self.form.bind("remarks", text_binding(self.remarks), self.tr("Remarks"))
        layout.addWidget(self.remarks)
        return box

    def _removal(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        delete = QPushButton(self.tr("Delete…"))
        delete.setObjectName("deleteParticipant")
        delete.clicked.connect(self._delete)
        row.addWidget(delete)
        erase = QPushButton(self.tr("Erase for good…"))
        erase.setObjectName("eraseParticipant")
        erase.clicked.connect(self._erase)
        row.addWidget(erase)
        self.removal_buttons = (delete, erase)
        return row

    # -- data ------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        self.trajectory.fill_coaches()

    def load(self, participant_id: str) -> None:
        self.participant_id = participant_id
        person = participants.get_participant(self.context.store, participant_id)
        self._fill_choices()
        self.form.load(self._values(person))
        self._show_message("")
        self._show_history()
        self._set_stored(True)
        self._set_sections(participant_id)
        self.group_field.set_participant(participant_id)
        self.scroll_to_top()

    def start_new(self) -> None:
        """An empty form for a participant that is stored once a first name is typed. Its
        coach is this profile's, when known: what the coach makes is among "my
        participants", where the list shows it."""
        self.participant_id = None
        self._fill_choices()
        fields = participants.new_participant_fields()
        fields["coach_id"] = team.my_coach_id(self.context.store)
        self.form.load({**fields, **self.intake.values(None)})
        self._show_message("")
        self.history.clear()
        self._set_stored(False)
        self._set_sections(None)
        self.group_field.set_participant(None)
        self.host.show_saved(self._not_stored_yet())
        self.scroll_to_top()

    def _values(self, person: Participant) -> dict[str, Any]:
        """What the form shows: the participant's fields and their intake."""
        return {
            **{name: getattr(person, name) for name in FIELDS},
            **self.intake.values(person.id),
        }

    def _set_sections(self, participant_id: str | None) -> None:
        for section in (self.results, self.quotes, self.referrals, self.intake, self.consent):
            section.set_participant(participant_id)

    def _not_stored_yet(self) -> str:
        return self.tr("Not saved yet: type a first name")

    def _set_stored(self, stored: bool) -> None:
        """What needs a stored participant (removing it) works only then; Escape leaves a
        participant not stored yet."""
        for button in self.removal_buttons:
            button.setEnabled(stored)
        self.leave_new.setEnabled(not stored)

    def scroll_to_top(self) -> None:
        self.scroll_area.verticalScrollBar().setValue(0)

    def focus_first(self) -> None:
        """The top of the form, the cursor in the first name (a new or other participant)."""
        self.scroll_to_top()
        self.form.bindings["first_name"].widget.setFocus()

    def _show_history(self) -> None:
        if self.participant_id is None:
            return
        steps = participants.status_history(self.context.store, self.participant_id)
        self.history.setText(
            " → ".join(f"{status_label(s.status)} ({format_date(s.changed_on)})" for s in steps)
        )

    def _save_field(self, values: dict[str, Any]) -> None:
        if self.participant_id is None:
            self._save_new(values)
            return
        name, value = next(iter(values.items()))
        if self.intake.owns(name):
            self.context.announce(self.intake.save(self.participant_id, name, value), self)
            return
        changes = participants.update_participant(self.context.store, self.participant_id, **values)
        self.context.announce(changes, self)

    def _save_new(self, values: dict[str, Any]) -> None:
        """Not stored yet: a bad value is told at once; with a first name, the participant
        is made from everything filled in (the form's values: what passed so far)."""
        participants.clean_fields(values)
        fields = {k: v for k, v in {**self.form.values, **values}.items() if k in FIELDS}
        fields["group_id"] = self.group_field.pending
        if not str(fields.get("first_name") or "").strip():
            return
        person = participants.create_participant(self.context.store, **fields)
        self.participant_id = person.id
        self._set_stored(True)
        self._set_sections(person.id)
        self.group_field.set_participant(person.id)
        self.host.participant_created(person.id)
        self.context.announce(person.changes, self)
        self._show_history()

    def _field_saved(self, name: str) -> None:
        if name in ("first_name", "last_name"):
            first, last = (self.form.bindings[n].get() for n in ("first_name", "last_name"))
            self.host.set_title(f"{first} {last}".strip() or self.tr("New participant"))
        if name == "status":
            self._show_history()

    def _status(self, text: str) -> None:
        if text == saved_text():
            stored = self.participant_id is not None
            self.host.show_saved(self.tr("✓ Saved") if stored else self._not_stored_yet())
            self._show_message("")
        else:
            self._show_message(text)

    def _show_message(self, text: str) -> None:
        """A problem with what was typed, above the form, on a line kept free for it."""
        self.message.setText(text)

    def flush(self) -> None:
        self.form.flush()

    def discard(self) -> None:
        self.form.timer.stop()
        self.form.dirty.clear()
        super().discard()

    def on_changes(self, changes: Changes) -> None:
        """Another screen or a sync changed this participant: show it (unless typing).

        What this tab saved itself is on screen already; loading it again would throw away
        the undo history of the fields.
        """
        pid = self.participant_id
        if pid is None:
            return
        for box in (self.referrals, self.results, self.quotes):
            box.on_changes(changes)
        if changes.touches(GroupMembership, Group) and changes.initiator is not self:
            self.group_field.refresh()
        self.consent.on_changes(changes)
        intake_changed = self.intake.on_changes(changes)
        if changes.initiator is self or self.form.dirty:
            return
        if not (intake_changed or (pid in changes.ids and changes.touches(Participant))):
            return
        try:
            person = participants.get_participant(self.context.store, pid)
        except JiuError:
            return  # gone: the page takes the coach back to the list
        self.form.load(self._values(person))
        self.host.set_title(person.full_name)
        self._show_history()

    # -- actions ---------------------------------------------------------------------------
    def show_quote_consent(self) -> None:
        """Bring the consent for anonymous quotes into view, ready to be recorded."""
        row = self.consent.rows[QUOTE_CONSENT]
        self.scroll_area.ensureWidgetVisible(row)
        row.give.setFocus()

    def _full_name(self) -> str:
        first, last = (str(self.form.values.get(n) or "") for n in ("first_name", "last_name"))
        return f"{first} {last}".strip()

    def _delete(self) -> None:
        if self.participant_id is None:
            return
        if ask(
            self,
            self.tr("Delete participant"),
            self.tr(
                "Delete {name}?\n\nDeleting takes {name}, with all notes and referrals, off "
                "every list and out of the search: here, and after the next sync on the "
                "team's other laptops too. The data itself is kept, with its history, in "
                "this profile and in the team's sync files; the app cannot bring it back."
                "\n\nTo remove everything about {name} from every laptop for good (the right "
                "to be forgotten), use “Erase for good…” instead."
            ).format(name=self._full_name()),
            self.tr("Delete"),
        ):
            changes = participants.delete_participant(self.context.store, self.participant_id)
            self.host.participant_removed()
            self.context.announce(changes, self)

    @staticmethod
    def _scrub_backups(store: Store) -> None:
        """Remove the erased from the profile's own backup copies, in the background."""
        from jiu_desktop.services import backup_scrub

        paths, key, erased = store.paths, store.data_key, backup_scrub.erased_ids(store)
        run_task(
            lambda: backup_scrub.scrub_backups(paths, key, erased),
            lambda _count: None,
            lambda error: log.error("backup scrub failed: %s", type(error).__name__),
        )

    def _erase(self) -> None:
        """The AVG right to be forgotten: everything about this person, on every laptop."""
        if self.participant_id is None:
            return
        from jiu_desktop.services import sync_service

        name = self._full_name()
        days = sync_service.erasure_leaves_server_within_days(self.context.store)
        if days is None:
            explained = self.tr(
                "This removes {name} and everything kept about them from this laptop, its "
                "own backup copies and, at the next sync, every laptop of the team. It "
                "cannot be undone. Backups you saved elsewhere still hold them: delete "
                "those yourself."
            ).format(name=name)
        else:
            explained = self.tr(
                "This removes {name} and everything kept about them from this laptop, its "
                "own backup copies and, at the next sync, every laptop of the team. On the "
                "sync server everything about {name} is gone within {days} days, usually "
                "within a day. It cannot be undone. Backups you saved elsewhere still hold "
                "them: delete those yourself."
            ).format(name=name, days=days)
        dialog = TypeToConfirmDialog(
            self,
            self.tr("Erase data for good"),
            explained,
            self.tr("Type the first name to confirm:"),
            str(self.form.values.get("first_name") or ""),
            self.tr("Erase for good"),
        )
        confirmed = dialog.exec()
        dialog.deleteLater()
        if not confirmed or self.participant_id is None:
            return
        from jiu_desktop.services import erasure

        store = self.context.store
        changes = erasure.erase(store, self.participant_id)
        self.host.participant_removed()  # drops what was typed: nothing is saved after this
        self.context.announce(changes, self)
        self._scrub_backups(store)
        self.context.status_message.emit(
            self.tr("The data of {name} was erased.").format(name=name)
        )
