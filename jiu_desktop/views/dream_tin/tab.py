"""The "Droomblik" tab: the participant's dream tins (work form 2, "Inblikken van je droom").

On the left the tins as cards (never the dream itself); beside them the chosen tin, its
dream hidden until the coach opens it, with its steps; on the right the step being worked
on. The tin closes again whenever the tab is hidden: another tab, another participant,
another page, locking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import InvalidInput, JiuError
from jiu_desktop.services import dreams
from jiu_desktop.services.changes import Changes
from jiu_desktop.services.dreams import DreamCard
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.dream_tin import paper
from jiu_desktop.views.dream_tin.cards import DreamCards
from jiu_desktop.views.dream_tin.new_dream import NewDreamForm
from jiu_desktop.views.dream_tin.paper import StickerDialog
from jiu_desktop.views.dream_tin.step_editor import StepEditor
from jiu_desktop.views.dream_tin.tin_panel import TinPanel
from jiu_desktop.views.labels import Dream, DreamStep, MapPerson, NetworkMap
from jiu_desktop.views.participants.tabs.base import ParticipantTab, TabHost
from jiu_desktop.views.printing import failure_text
from jiu_desktop.views.style import mark_primary


class DreamTinTab(ParticipantTab):
    def __init__(self, context: AppContext, host: TabHost) -> None:
        super().__init__(context, host)
        self.cards_shown: list[DreamCard] = []
        self.dream_id: str | None = None
        self.step_id: str | None = None
        #: Fields chosen for a new step before its text is typed.
        self.draft: dict[str, Any] = {}
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Dream tins"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        column.addWidget(title)
        self.cards = DreamCards()
        self.cards.currentItemChanged.connect(lambda *_: self._card_chosen())
        column.addWidget(self.cards, 1)
        self.new_button = QPushButton(self.tr("New dream t&in"))
        self.new_button.setObjectName("newDream")
        self.new_button.clicked.connect(self.start_new_dream)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button, 1)
        self.paper_button = QToolButton()
        self.paper_button.setText(self.tr("Print…"))
        self.paper_button.setObjectName("dreamPaper")
        self.paper_button.setToolTip(self.tr("The sticker, the step plan or the dream slip"))
        self.paper_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.paper_menu = QMenu(self.paper_button)
        self.sticker_action = self.paper_menu.addAction(self.tr("Sticker for the tin…"))
        self.sticker_action.triggered.connect(self.print_sticker)
        self.paper_menu.addSeparator()
        self.plan_action = self.paper_menu.addAction(self.tr("Print the step plan…"))
        self.plan_action.triggered.connect(lambda: self.print_paper("plan", to_printer=True))
        self.plan_pdf_action = self.paper_menu.addAction(self.tr("Save the step plan as PDF…"))
        self.plan_pdf_action.triggered.connect(lambda: self.print_paper("plan", to_printer=False))
        self.slip_action = self.paper_menu.addAction(self.tr("Print the dream slip…"))
        self.slip_action.triggered.connect(lambda: self.print_paper("slip", to_printer=True))
        self.paper_button.setMenu(self.paper_menu)
        buttons.addWidget(self.paper_button)
        column.addLayout(buttons)

        self.body = QStackedWidget()
        self.empty = QLabel(
            self.tr(
                "No dream tin yet.\n\nStart one with “New dream tin”: a wish, dream or goal "
                "goes on the slip, inside the tin. On the sticker outside comes the first "
                "step, a fresh resolution, with the date it keeps until."
            )
        )
        self.empty.setObjectName("noDreams")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.empty)
        self.new_form = NewDreamForm()
        self.new_form.submitted.connect(self.add_dream)
        self.new_form.cancelled.connect(self._cancel_new)
        self.body.addWidget(self.new_form)
        self.panel = TinPanel(self._save_dream)
        self.panel.step_chosen.connect(self.show_step)
        self.panel.new_step_requested.connect(self.new_step)
        self.editor = StepEditor(self._save_step)
        self.editor.take_requested.connect(self.take_step)
        self.editor.delete_requested.connect(self.delete_step)
        self.editor.celebration.next_step.connect(self.new_step)
        tin_view = QSplitter(Qt.Orientation.Horizontal)
        tin_view.setChildrenCollapsible(False)
        tin_view.addWidget(self.panel)
        tin_view.addWidget(self.editor)
        tin_view.setStretchFactor(0, 1)
        tin_view.setStretchFactor(1, 1)
        tin_view.setSizes([420, 440])
        self.tin_view = tin_view
        self.body.addWidget(tin_view)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.body)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 840])
        outer.addWidget(splitter)
        mark_primary(self.new_form.store_button)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DreamTinTab", "D&ream tin")

    # -- showing -----------------------------------------------------------------------------
    def load(self, participant_id: str) -> None:
        self.panel.close_tin()
        self.new_form.reset()
        self.body.setCurrentWidget(self.empty)  # not a new tin begun for someone else
        self.participant_id = participant_id
        self.dream_id = self.step_id = None
        self.reload()

    def reload(self, dream_id: str | None = None, step_id: str | None = None) -> None:
        if self.participant_id is None or not self.context.unlocked:
            return
        store = self.context.store
        self.cards_shown = dreams.dream_cards(store, self.participant_id)
        wanted = dream_id or self.dream_id
        self.cards.show_cards(self.cards_shown, wanted)
        if self.body.currentWidget() is self.new_form:
            return
        if not self.cards_shown:
            self.dream_id = None
            self.body.setCurrentWidget(self.empty)
            return
        self._show_dream(step_id)

    def _card(self) -> DreamCard | None:
        return next((c for c in self.cards_shown if c.dream.id == self.dream_id), None)

    def _card_chosen(self) -> None:
        chosen = self.cards.dream_id()
        if chosen is not None and chosen != self.dream_id:
            self.panel.close_tin()
            self.editor.form.flush()
            self.dream_id = chosen
            self.step_id = None
            self._show_dream(None)

    def _show_dream(self, step_id: str | None) -> None:
        same = self.cards.dream_id() == self.dream_id
        self.dream_id = self.cards.dream_id()
        card = self._card()
        if card is None:
            return
        self.body.setCurrentWidget(self.tin_view)
        self.panel.show_card(card, same)
        wanted = step_id or self.step_id
        if wanted not in {s.id for s in card.steps}:
            wanted = card.current.id if card.current is not None else None
        self.panel.show_steps(card, wanted)
        assert self.participant_id is not None
        helpers = dreams.map_helpers(self.context.store, self.participant_id)
        self.editor.set_helpers([p.label for p in helpers])
        if wanted is None:
            self._show_new_step()
        elif wanted != self.step_id or not self.editor.form.dirty:
            self._load_step(wanted)

    def show_step(self, step_id: str) -> None:
        self.editor.form.flush()
        self._load_step(step_id)

    def _load_step(self, step_id: str) -> None:
        card = self._card()
        step = next((s for s in card.steps if s.id == step_id), None) if card else None
        if step is None:
            return
        self.step_id = step.id
        values = {name: getattr(step, name) for name in ("text", "best_before", "status")}
        values.update(
            helper=dreams.helper_label(self.context.store, step),
            taken_on=step.taken_on,
            reflection=step.reflection,
        )
        self.editor.show_step(values, new=False)

    def _show_new_step(self) -> None:
        self.step_id = None
        self.draft = {}
        self.panel.steps.clearSelection()
        self.editor.show_step(
            {
                "text": "",
                "best_before": None,
                "helper": "",
                "status": "open",
                "taken_on": None,
                "reflection": "",
            },
            new=True,
        )

    def focus_first(self) -> None:
        if self.body.currentWidget() is self.tin_view:
            self.cards.setFocus()
        else:
            self.new_button.setFocus()

    def select_step(self, step_id: str) -> None:
        """Show the dream of this step with the step open (from the start page, the
        timeline)."""
        for card in self.cards_shown:
            if any(s.id == step_id for s in card.steps):
                self.reload(dream_id=card.dream.id, step_id=step_id)
                self.editor.text.setFocus()
                return

    # -- a new dream ---------------------------------------------------------------------------
    def start_new_dream(self) -> None:
        if self.participant_id is None:
            return
        self.panel.close_tin()
        self.editor.form.flush()
        self.new_form.reset()
        self.body.setCurrentWidget(self.new_form)
        self.new_form.text.setFocus()

    def add_dream(self) -> None:
        if self.participant_id is None:
            return
        values = self.new_form.values()
        try:
            if not str(values["text"]).strip():
                raise InvalidInput(self.tr("Write the dream on the slip first."))
            added = dreams.add_dream(self.context.store, self.participant_id, **values)
        except JiuError as error:
            self.new_form.message.setText(str(error))
            return
        self.new_form.reset()  # the dream is in the tin now, not in a hidden field
        self.context.announce(added.changes, self)
        self.body.setCurrentWidget(self.tin_view)
        self.dream_id = added.id
        self.step_id = None
        self.reload(dream_id=added.id)
        self.editor.text.setFocus()  # the first step

    def _cancel_new(self) -> None:
        self.new_form.reset()
        self.body.setCurrentWidget(self.tin_view if self.cards_shown else self.empty)
        self.reload()
        self.new_button.setFocus()

    # -- saving ------------------------------------------------------------------------------
    def _save_dream(self, values: dict[str, Any]) -> None:
        if self.dream_id is None:
            return
        changes = dreams.update_dream(self.context.store, self.dream_id, **values)
        for name, value in values.items():
            self.panel.remember(name, dreams.clean_dream_fields({name: value})[name])
        self.host.show_saved(self.tr("✓ Saved"))
        self.context.announce(changes, self)
        self._refresh_lists()

    def _save_step(self, values: dict[str, Any]) -> None:
        fields = self._step_fields(values)
        store = self.context.store
        if self.step_id is None:
            if "text" not in fields:
                checked = {k: v for k, v in fields.items() if k != "helper_person_id"}
                dreams.clean_step_fields(checked)  # a wrong date is said now, not later
                self.draft.update(fields)
                return
            if self.dream_id is None:
                return
            text = fields.pop("text")
            added = dreams.add_step(store, self.dream_id, text, **{**self.draft, **fields})
            self.step_id, self.draft = added.id, {}
            self.editor.delete_button.setEnabled(True)
            self.editor.take_button.setEnabled(True)
            changes = added.changes
        else:
            changes = dreams.update_step(store, self.step_id, **fields)
        if "status" in fields:
            self.editor.take_button.setEnabled(fields["status"] != "gezet")
        self.host.show_saved(self.tr("✓ Saved"))
        self.context.announce(changes, self)
        self._refresh_lists()

    def _step_fields(self, values: dict[str, Any]) -> dict[str, Any]:
        """The form's fields as the step service takes them: "helper" is a person on the
        map when the text is one's label, else typed."""
        fields = dict(values)
        if "helper" in fields:
            typed = str(fields.pop("helper") or "").strip()
            assert self.participant_id is not None
            helpers = dreams.map_helpers(self.context.store, self.participant_id)
            person = next((p for p in helpers if p.label == typed), None)
            fields["helper_person_id"] = person.id if person is not None else ""
            if person is None:
                fields["helper_text"] = typed
        return fields

    def _refresh_lists(self) -> None:
        """The cards and the step list after a save, the forms left as they are."""
        if self.participant_id is None:
            return
        self.cards_shown = dreams.dream_cards(self.context.store, self.participant_id)
        self.cards.show_cards(self.cards_shown, self.dream_id)
        card = self._card()
        if card is not None:
            self.panel.show_steps(card, self.step_id)

    # -- taking a step, the next one -------------------------------------------------------
    def take_step(self) -> None:
        self.editor.form.flush()
        if self.step_id is None:
            self.editor.message.setText(self.tr("Write down the step first."))
            return
        try:
            changes = dreams.take_step(self.context.store, self.step_id)
        except JiuError as error:
            self.editor.message.setText(str(error))
            return
        self.context.announce(changes, self)
        self._refresh_lists()
        self._load_step(self.step_id)
        self.editor.celebrate()

    def new_step(self) -> None:
        """An empty step for this dream, the keyboard in its text; stored once typed."""
        self.editor.form.flush()
        if self.dream_id is None:
            return
        self._show_new_step()
        self.editor.text.setFocus()

    def delete_step(self) -> None:
        if self.step_id is None:
            return
        card = self._card()
        step = next((s for s in card.steps if s.id == self.step_id), None) if card else None
        if not ask(
            self,
            self.tr("Delete step"),
            self.tr("Delete the step “{text}”?").format(text=step.text if step else ""),
            self.tr("Delete"),
        ):
            return
        changes = dreams.delete_step(self.context.store, self.step_id)
        self.step_id = None
        self.context.announce(changes, self)
        self.reload()

    # -- the page ------------------------------------------------------------------------------
    # -- on paper ----------------------------------------------------------------------------
    def _chosen_dream(self) -> str | None:
        if self.participant_id is None or self.dream_id is None:
            self.context.status_message.emit(self.tr("Choose a dream tin first."))
            return None
        self.flush()
        return self.dream_id

    def _first_name(self) -> str:
        assert self.participant_id is not None
        from jiu_desktop.services import participants

        return participants.get_participant(self.context.store, self.participant_id).first_name

    def print_sticker(self) -> None:
        dream = self._chosen_dream()
        if dream is None or self.participant_id is None:
            return
        dialog = StickerDialog(self)
        answered = dialog.exec() == QDialog.DialogCode.Accepted
        pid, store, root = self.participant_id, self.context.store, self.context.root
        if answered:
            self._deliver(
                lambda: paper.sticker_pdf(store, root, dialog, pid, dream),
                self.tr("Dream tin sticker"),
                "sticker",
                to_printer=dialog.choice == "print",
            )
        dialog.deleteLater()

    def print_paper(self, kind: str, *, to_printer: bool) -> None:
        dream = self._chosen_dream()
        if dream is None:
            return
        store = self.context.store
        if kind == "plan":
            self._deliver(
                lambda: paper.plan_pdf(store, dream),
                self.tr("Step plan"),
                kind,
                to_printer=to_printer,
            )
        else:
            self._deliver(
                lambda: paper.slip_pdf(store, dream),
                self.tr("Dream slip"),
                kind,
                to_printer=to_printer,
            )

    def _deliver(
        self, make: Callable[[], bytes], title: str, kind: str, *, to_printer: bool
    ) -> None:
        try:
            said = paper.deliver(
                self, make, title, paper.file_name(kind, self._first_name()), to_printer=to_printer
            )
        except (OSError, JiuError) as error:
            self.context.status_message.emit(failure_text(error))
            return
        if said:
            self.context.status_message.emit(said)

    def on_changes(self, changes: Changes) -> None:
        if changes.initiator is self:
            return
        if changes.touches(Dream, DreamStep, MapPerson, NetworkMap):
            self.editor.form.flush()
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the tab (or the page, or locking) closes the tin."""
        self.panel.close_tin()
        super().hideEvent(event)

    def flush(self) -> None:
        self.panel.form.flush()
        self.editor.form.flush()

    def discard(self) -> None:
        for form in (self.panel.form, self.editor.form):
            form.timer.stop()
            form.dirty.clear()
        self.panel.close_tin()
        self.cards.clear()
        self.cards_shown = []
        self.dream_id = self.step_id = None
        super().discard()
