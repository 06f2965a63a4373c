"""Referrals (verwijzingen) to services: organisation, date, status."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from jiu_desktop.services import participants
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.form_dialog import save_from
from jiu_desktop.views.labels import (
    Referral,
    format_date,
    referral_status_choices,
    referral_status_label,
)


class ReferralDialog(QDialog):
    def __init__(self, parent: QWidget, referral: Referral | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Referral"))
        form = QFormLayout(self)
        self.organisation = QLineEdit(referral.organisation if referral else "")
        self.organisation.setObjectName("organisation")
        self.date = QLineEdit(format_date(referral.referred_on) if referral else "")
        self.date.setObjectName("referred_on")
        fit_date(self.date)
        self.status = QComboBox()
        for code, label in referral_status_choices():
            self.status.addItem(label, code)
        if referral:
            self.status.setCurrentIndex(self.status.findData(referral.status))
        self.note = QLineEdit(referral.note if referral else "")
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Note"), self.note)
        self.message = QLabel()
        self.message.setObjectName("inlineMessage")
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, object]:
        return {
            "organisation": self.organisation.text(),
            "referred_on": self.date.text().strip(),
            "status": self.status.currentData(),
            "note": self.note.text(),
        }


class ReferralsBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Referrals"))
        self.context = context
        self.participant_id: str | None = None
        self.referrals: list[Referral] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("referralTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Date"), self.tr("Status")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for label, slot, name in (
            (self.tr("Add…"), self.add, "addReferral"),
            (self.tr("Edit…"), self.edit_selected, "editReferral"),
            (self.tr("Remove"), self.remove_selected, "removeReferral"),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_participant(self, participant_id: str | None) -> None:
        """Show this participant's referrals; None (not stored yet) shows none, disabled."""
        self.participant_id = participant_id
        self.setEnabled(participant_id is not None)
        self.reload()

    def reload(self) -> None:
        if self.participant_id is None:
            self.referrals = []
            self.table.setRowCount(0)
            return
        self.referrals = participants.list_referrals(self.context.store, self.participant_id)
        self.table.setRowCount(len(self.referrals))
        for row, referral in enumerate(self.referrals):
            for column, text in enumerate(
                (
                    referral.organisation,
                    format_date(referral.referred_on),
                    referral_status_label(referral.status),
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _run_dialog(self, referral: Referral | None) -> None:
        dialog = ReferralDialog(self, referral)

        def save() -> Changes:
            if referral is not None:
                return participants.update_referral(
                    self.context.store, referral.id, **dialog.values()
                )
            assert self.participant_id is not None
            return participants.add_referral(
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
        if 0 <= row < len(self.referrals):
            self._run_dialog(self.referrals[row])

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.referrals):
            return
        if ask(
            self,
            self.tr("Remove referral"),
            self.tr("Remove the referral to {organisation}?").format(
                organisation=self.referrals[row].organisation
            ),
            self.tr("Remove"),
        ):
            changes = participants.delete_referral(self.context.store, self.referrals[row].id)
            self.context.announce(changes, self)
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        """Referrals changed elsewhere (another laptop, a deleted participant): show them."""
        if changes.initiator is not self and changes.touches(Referral):
            self.reload()
