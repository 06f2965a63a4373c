"""The care workers (hulpverleners) around a young person, and who coaches on what.

A care worker and the coach should not both work on the same subject (both on the debts):
the box warns when a subject is claimed twice (``intake.shared_subjects``), so they can
agree who does what.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services import intake
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.form_dialog import save_from
from jiu_desktop.views.labels import CareContact, Intake, life_domain_choices, life_domain_label
from jiu_desktop.views.style import WARM

SUBJECT_COLUMNS = 2
#: Like the conflict panel: warm, boxed, hard to miss.
WARNING_STYLE = (
    f"QLabel {{ color: {WARM}; font-weight: bold; background: #fff6e8; "
    f"border: 1px solid {WARM}; border-radius: 6px; padding: 6px; }}"
)


def contact_name(contact: CareContact) -> str:
    """ "Fatima (Jeugdzorg)", or whichever of the two is known."""
    if contact.first_name and contact.organisation:
        return f"{contact.first_name} ({contact.organisation})"
    return contact.first_name or contact.organisation


class CareContactDialog(QDialog):
    def __init__(self, parent: QWidget, contact: CareContact | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Care worker"))
        form = QFormLayout(self)
        self.organisation = QLineEdit(contact.organisation if contact else "")
        self.organisation.setObjectName("organisation")
        self.first_name = QLineEdit(contact.first_name if contact else "")
        self.first_name.setObjectName("first_name")
        self.reach = QLineEdit(contact.reach if contact else "")
        self.reach.setObjectName("reach")
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("How to reach"), self.reach)
        ticked = intake.chosen(contact.subjects) if contact else ()
        subjects = QWidget()
        grid = QGridLayout(subjects)
        grid.setContentsMargins(0, 0, 0, 0)
        self.subjects: list[tuple[str, QCheckBox]] = []
        for index, (code, text) in enumerate(life_domain_choices()):
            check = QCheckBox(text)
            check.setObjectName(f"subject:{code}")
            check.setChecked(code in ticked)
            grid.addWidget(check, index // SUBJECT_COLUMNS, index % SUBJECT_COLUMNS)
            self.subjects.append((code, check))
        form.addRow(self.tr("Coaches on"), subjects)
        self.message = QLabel()
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveCareContact")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, object]:
        return {
            "organisation": self.organisation.text(),
            "first_name": self.first_name.text(),
            "reach": self.reach.text(),
            "subjects": [code for code, check in self.subjects if check.isChecked()],
        }


class CareContactsBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Care workers involved"))
        self.context = context
        self.participant_id: str | None = None
        self.contacts: list[CareContact] = []
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("No care workers yet. Is someone involved? Add them."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("careContactTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("First name"), self.tr("How to reach"),
             self.tr("Coaches on")]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        # the short columns keep their width; organisation and subjects share the rest
        # (elided, whole in the tooltip), so no header is cut off in a narrow column
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for short in (1, 2):
            header.setSectionResizeMode(short, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMaximumHeight(150)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table)
        self.shared = QLabel()
        self.shared.setObjectName("sharedSubjects")
        self.shared.setWordWrap(True)
        self.shared.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.shared)
        buttons = QHBoxLayout()
        for label, slot, name in (
            (self.tr("Add…"), self.add, "addCareContact"),
            (self.tr("Edit…"), self.edit_selected, "editCareContact"),
            (self.tr("Remove"), self.remove_selected, "removeCareContact"),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_participant(self, participant_id: str | None) -> None:
        self.participant_id = participant_id
        self.reload()

    def reload(self) -> None:
        pid = self.participant_id
        self.contacts = intake.list_care_contacts(self.context.store, pid) if pid else []
        self.table.setRowCount(len(self.contacts))
        for row, contact in enumerate(self.contacts):
            subjects = ", ".join(life_domain_label(c) for c in intake.chosen(contact.subjects))
            for column, text in enumerate(
                (contact.organisation, contact.first_name, contact.reach, subjects)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long list of subjects is elided in its cell
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.contacts))
        self.empty.setVisible(not self.contacts)
        self.show_shared()

    def show_shared(self) -> None:
        """The warning: a subject that the coach and a care worker (or two care workers)
        both work on. Hidden when there is none."""
        pid = self.participant_id
        found = intake.shared_subjects(self.context.store, pid) if pid else []
        names = {c.id: contact_name(c) for c in self.contacts}
        lines = []
        for shared in found:
            who = ([self.tr("the coach")] if shared.coach else []) + [
                names.get(i, "?") for i in shared.care_contact_ids
            ]
            lines.append(
                self.tr("⚠ {subject}: {who} work on this. Agree who does what.").format(
                    subject=life_domain_label(shared.subject), who=self.tr(" and ").join(who)
                )
            )
        self.shared.setText("\n".join(lines))
        self.shared.setVisible(bool(lines))

    def _run_dialog(self, contact: CareContact | None) -> None:
        dialog = CareContactDialog(self, contact)

        def save() -> Changes:
            if contact is not None:
                return intake.update_care_contact(self.context.store, contact.id, **dialog.values())
            assert self.participant_id is not None
            return intake.add_care_contact(
                self.context.store, self.participant_id, **dialog.values()
            ).changes

        changes = save_from(dialog, save)
        if changes is not None:
            self.context.announce(changes, self)
        self.reload()

    def add(self) -> None:
        self._run_dialog(None)

    def edit_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.contacts):
            self._run_dialog(self.contacts[row])

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.contacts):
            return
        if ask(
            self,
            self.tr("Remove care worker"),
            self.tr("Remove {name} from the care workers involved?").format(
                name=contact_name(self.contacts[row])
            ),
            self.tr("Remove"),
        ):
            changes = intake.delete_care_contact(self.context.store, self.contacts[row].id)
            self.context.announce(changes, self)
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        """Care workers or the coach's subjects changed elsewhere: show them."""
        if changes.initiator is not self and changes.touches(CareContact, Intake):
            self.reload()
