"""One participant: the name, the conflicts to settle, and the tabs listed in ``TABS``.

The page builds a tab when it is first needed (shown, its shortcut pressed, or asked for
with ``tab(kind)``): until then the tab widget holds an empty frame under the tab's
caption. It loads a tab when it is first shown for a participant, hands every change to
the loaded tabs, and flushes every built tab before the coach leaves one (another tab,
another participant, back to the list, locking). Ctrl+Tab and Ctrl+Shift+Tab switch tabs from
anywhere on the page; Alt plus the underlined letter opens a tab directly.

A new participant (:meth:`ParticipantPage.new_participant`) is only the Details tab until
it is stored, when a first name is typed; the other tabs open from then on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services import participants
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.autosave import AutosaveForm
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import Participant
from jiu_desktop.views.participants.tab_registry import (
    TABS,
    ConversationsTab,
    DetailsTab,
    ParticipantTab,
)
from jiu_desktop.views.sync.conflict_panel import ConflictPanel

T = TypeVar("T", bound=ParticipantTab)


class ParticipantPage(QWidget):
    back_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.participant_id: str | None = None
        self._loaded: list[ParticipantTab] = []
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        back = QPushButton(self.tr("← All participants"))
        back.setFlat(True)
        back.clicked.connect(self.leave)
        header.addWidget(back)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        header.addWidget(self.title, 1)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved")
        header.addWidget(self.saved_label)
        outer.addLayout(header)
        self.conflicts = ConflictPanel(context)
        outer.addWidget(self.conflicts)

        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("participantTabs")
        self.tab_widget.setDocumentMode(True)
        #: One frame per kind in TABS, in order; a frame holds its tab once it is built.
        self._frames: list[QWidget] = []
        self._built: dict[type[ParticipantTab], ParticipantTab] = {}
        for kind in TABS:
            frame = QWidget()
            frame_layout = QVBoxLayout(frame)
            frame_layout.setContentsMargins(0, 0, 0, 0)
            self._frames.append(frame)
            self.tab_widget.addTab(frame, kind.title())
            for keys, method in kind.SHORTCUTS:
                self.add_shortcut(keys, self._shortcut(kind, method))
        self.tab_widget.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tab_widget, 1)
        self.add_shortcut("Ctrl+Tab", lambda: self._step(1))
        self.add_shortcut("Ctrl+Shift+Tab", lambda: self._step(-1))
        context.changed.connect(self._on_changed)

    # -- the tabs --------------------------------------------------------------------------
    def tab(self, kind: type[T]) -> T:
        """The tab of this kind, built now if it was not yet."""
        for index, listed in enumerate(TABS):
            if issubclass(listed, kind):
                return self._build(index)  # type: ignore[return-value]
        raise LookupError(kind.__name__)

    @property
    def tabs(self) -> list[ParticipantTab]:
        """The tabs built so far, in their order."""
        return [self._built[kind] for kind in TABS if kind in self._built]

    def _build(self, index: int) -> ParticipantTab:
        kind = TABS[index]
        tab = self._built.get(kind)
        if tab is None:
            tab = kind(self.context, self)
            self._built[kind] = tab
            frame = self._frames[index]
            layout = frame.layout()
            assert layout is not None
            layout.addWidget(tab)
            tab.show()  # a child added to a frame on screen is not shown by itself
        return tab

    def _shortcut(self, kind: type[ParticipantTab], method: str) -> Callable[[], None]:
        def run() -> None:
            getattr(self.tab(kind), method)()

        return run

    @property
    def details(self) -> DetailsTab:
        return self.tab(DetailsTab)

    @property
    def conversations(self) -> ConversationsTab:
        return self.tab(ConversationsTab)

    # Short ways in, kept for the tests and the kill driver.
    @property
    def notes(self) -> ConversationsTab:
        return self.conversations

    @property
    def form(self) -> AutosaveForm:
        return self.details.form

    @property
    def remarks(self) -> QPlainTextEdit:
        return self.details.remarks

    def current_tab(self) -> ParticipantTab:
        return self._build(max(self.tab_widget.currentIndex(), 0))

    def _step(self, delta: int) -> None:
        if self.participant_id is None:
            self.flush_pending()  # a first name just typed stores the participant
        count = self.tab_widget.count()
        index = self.tab_widget.currentIndex()
        for _ in range(count):
            index = (index + delta) % count
            if self.tab_widget.isTabEnabled(index):
                break
        self.tab_widget.setCurrentIndex(index)

    def _open_tabs(self, all_of_them: bool) -> None:
        """Every tab, or (for a participant not stored yet) only the details."""
        for index, kind in enumerate(TABS):
            self.tab_widget.setTabEnabled(index, all_of_them or kind is DetailsTab)

    def _tab_changed(self, _index: int) -> None:
        self.flush_pending()
        self._load_current()

    def _load_current(self) -> None:
        tab = self.current_tab()
        if self.participant_id is not None and tab not in self._loaded:
            tab.load(self.participant_id)
            self._loaded.append(tab)

    # -- what tabs may ask (TabHost) -------------------------------------------------------
    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def show_saved(self, text: str) -> None:
        self.saved_label.setText(text)

    def show_tab(self, tab: ParticipantTab) -> None:
        if self.participant_id is None:
            self.flush_pending()  # a first name just typed stores the participant
        index = self._frames.index(tab.parentWidget())  # type: ignore[arg-type]
        if not self.tab_widget.isTabEnabled(index):
            return
        self.tab_widget.setCurrentIndex(index)
        self._load_current()

    def add_shortcut(self, keys: QKeySequence | str, slot: Callable[[], None]) -> None:
        QShortcut(QKeySequence(keys), self, slot)

    def participant_removed(self) -> None:
        for tab in self.tabs:
            tab.discard()
        self.participant_id = None
        self._loaded.clear()
        self.conflicts.set_participant(None)
        self.back_requested.emit()

    def participant_created(self, participant_id: str) -> None:
        self.participant_id = participant_id
        self._loaded = [self.details]
        self._open_tabs(True)
        self.conflicts.set_participant(participant_id)

    def leave(self) -> None:
        self.flush_pending()
        if self.participant_id is None:  # new, no first name: nothing to keep
            for tab in self.tabs:
                tab.discard()
        self.back_requested.emit()

    # -- the participant -------------------------------------------------------------------
    def load(self, participant_id: str) -> None:
        """Show this participant, on the tab that was shown for the previous one."""
        self.flush_pending()
        person = participants.get_participant(self.context.store, participant_id)
        self.participant_id = participant_id
        self._loaded.clear()
        self._open_tabs(True)
        self.set_title(person.full_name or self.tr("New participant"))
        self.show_saved("")
        self.conflicts.set_participant(participant_id)
        self._load_current()

    def new_participant(self) -> None:
        """An empty Details tab; nothing is stored until a first name is typed."""
        self.flush_pending()
        for tab in self.tabs:
            tab.discard()
        self.participant_id = None
        self._loaded.clear()
        self._open_tabs(False)
        self.set_title(self.tr("New participant"))
        self.show_saved("")
        self.conflicts.set_participant(None)
        self.tab_widget.setCurrentIndex(TABS.index(DetailsTab))
        self.details.start_new()

    def focus_first(self) -> None:
        """Keyboard in the first field of the tab shown, at its top."""
        self.current_tab().focus_first()

    def flush_pending(self) -> None:
        for tab in self.tabs:
            tab.flush()

    def _on_changed(self, changes: Changes) -> None:
        pid = self.participant_id
        if pid is None or not self.context.unlocked:
            return
        if changes.touches(Participant) and not self._exists(pid):
            self.participant_removed()  # deleted or erased on another laptop
            return
        for tab in list(self._loaded):
            tab.on_changes(changes)

    def _exists(self, participant_id: str) -> bool:
        try:
            participants.get_participant(self.context.store, participant_id)
        except JiuError:
            return False
        return True
