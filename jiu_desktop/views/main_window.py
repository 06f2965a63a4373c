"""The main window: navigation, pages, menus, lock and auto-lock, backups, sync status."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError
from jiu_desktop.services import backup, profile, sync_service
from jiu_desktop.services.preferences import load_preferences
from jiu_desktop.views import window_fit
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.dialogs import ChangePassphraseDialog, SettingsDialog
from jiu_desktop.views.form_admin.manager import FormsManager
from jiu_desktop.views.forms.window_mode import ParticipantModeHost
from jiu_desktop.views.idle import IdleWatcher
from jiu_desktop.views.pages import PAGES, MainPage
from jiu_desktop.views.participants.screen import ParticipantsPage
from jiu_desktop.views.start_page import StartPage
from jiu_desktop.views.sync.close_dialog import CloseSyncDialog
from jiu_desktop.views.sync.controller import FAILED, INCOMPLETE, NOT_SET_UP, SyncController
from jiu_desktop.views.sync.history_dialog import SyncHistoryDialog
from jiu_desktop.views.sync.offer import offer_setup
from jiu_desktop.views.sync.rejoin_dialog import ask_new_team_passphrase
from jiu_desktop.views.sync.setup_dialog import SyncSetupDialog
from jiu_desktop.views.tasks import run_task, wait_for_tasks
from jiu_desktop.views.unlock import UnlockScreen, confirm_new_passphrase

log = logging.getLogger(__name__)

P = TypeVar("P")
PAGE_NAME_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root
        vault = profile.load_vault(root)
        self.demo = vault.demo
        self.context = AppContext(root)
        title = self.tr("JIU Desktop — {name}").format(name=vault.profile_name)
        self.setWindowTitle(title + (" — DEMO" if self.demo else ""))

        self.screens = QStackedWidget()
        self.unlock_screen = UnlockScreen(root)
        self.unlock_screen.unlocked.connect(self.on_unlocked)
        self.unlock_screen.passphrase_reset.connect(lambda: confirm_new_passphrase(self))
        self.screens.addWidget(self.unlock_screen)
        self.content = QWidget()
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(210)
        row.addWidget(self.navigation)
        self.pages = QStackedWidget()
        self.page_list: list[MainPage] = []
        for kind in PAGES:
            page = kind(self.context)
            assert isinstance(page, QWidget)
            self.page_list.append(page)
            self.pages.addWidget(page)
            item = QListWidgetItem(page.title())
            item.setData(PAGE_NAME_ROLE, kind.page_name)
            self.navigation.addItem(item)
        row.addWidget(self.pages, 1)
        self.screens.addWidget(self.content)
        self.setCentralWidget(self.screens)
        self.navigation.currentRowChanged.connect(self._navigate)
        self.context.open_participant_requested.connect(self._open_participant)
        self.context.new_participant_requested.connect(self._new_participant)

        self.sync = SyncController(self.context, self)
        self.sync_label = QLabel()
        self.sync_label.linkActivated.connect(self._sync_link)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.sync.state_changed.connect(self._sync_state)
        self.sync.progress.connect(self._sync_progress)
        self.sync.team_passphrase_needed.connect(self._ask_team_passphrase)
        self._team_passphrase_asked = False
        self.context.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.idle = IdleWatcher(self.lock, load_preferences(root).autolock_minutes, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self._build_menus()
        self.participant_mode = ParticipantModeHost(
            self.context,
            root,
            self.screens,
            [self.menuBar(), self.toolbar, self.statusBar()],
            self.unlocked_actions,
            self.lock_action,
        )
        self._first_unlock = True
        self._closing = False
        window_fit.place(self)
        self._show_locked()

    # -- menus -----------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.unlocked_actions.append(action)
        return action

    def _build_menus(self) -> None:
        self.unlocked_actions: list[QAction] = []
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("New participant"), self._new_participant, "Ctrl+N")
        file_menu.addAction(self.new_action)
        self.find_action = self._action(
            self.tr("Search participants"), self.find_participants, QKeySequence.StandardKey.Find
        )
        file_menu.addAction(self.find_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Make backup…"), self.make_backup))
        file_menu.addAction(self._action(self.tr("Restore backup…"), self.restore_backup))
        file_menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        profile_menu = self.menuBar().addMenu(self.tr("&Profile"))
        self.lock_action = self._action(self.tr("Lock"), self.lock, "Ctrl+L")
        profile_menu.addAction(self.lock_action)
        profile_menu.addAction(self._action(self.tr("Change passphrase…"), self.change_passphrase))
        profile_menu.addAction(self._action(self.tr("Settings…"), self.settings))

        forms_menu = self.menuBar().addMenu(self.tr("For&ms"))
        self.forms_action = self._action(self.tr("Manage forms…"), self.manage_forms)
        forms_menu.addAction(self.forms_action)
        self.group_forms_action = self._action(
            self.tr("Print forms for a group…"), self.print_group_forms
        )
        forms_menu.addAction(self.group_forms_action)

        sync_menu = self.menuBar().addMenu(self.tr("S&ync"))
        self.sync_action = self._action(self.tr("Synchronise now"), self.sync_now, "Ctrl+S")
        sync_menu.addAction(self.sync_action)
        sync_menu.addAction(self._action(self.tr("Set up synchronisation…"), self.sync_setup))
        sync_menu.addAction(self._action(self.tr("Sync history…"), self.sync_history))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About JIU Desktop"), self)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

        toolbar = QToolBar(self.tr("Actions"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.sync_action)
        toolbar.addAction(self.lock_action)
        if self.demo:
            badge = QLabel(self.tr("DEMO — fictional data"))
            badge.setObjectName("demoBadge")
            spacer = QWidget()
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            toolbar.addWidget(spacer)
            toolbar.addWidget(badge)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    # -- lock and unlock -------------------------------------------------------------------
    def _show_locked(self) -> None:
        """The lock screen: what needs the open profile is disabled, and looks it."""
        for action in self.unlocked_actions:
            action.setEnabled(False)
        self.sync_label.clear()  # its "details" link would need the open profile
        self.unlock_screen.reset()
        self.screens.setCurrentWidget(self.unlock_screen)

    def on_unlocked(self, store: Store) -> None:
        self.context.set_store(store)
        for action in self.unlocked_actions:
            action.setEnabled(True)
        self.screens.setCurrentWidget(self.content)
        if self._first_unlock:
            self._first_unlock = False
            self.show_page(PAGES[0].page_name)
        for page in self.page_list:
            page.reload()
        self.idle.set_minutes(load_preferences(self.root).autolock_minutes)
        self.idle.start()
        self.sync.start()

    def flush_pending(self) -> None:
        if self.context.unlocked:
            self.participant_mode.flush()
            for page in self.page_list:
                page.flush_pending()

    def _close_store(self) -> None:
        """Save what is typed, let background work finish, drop the key."""
        if not self.context.unlocked:
            return
        self.participant_mode.end()  # the form was saved; unlocking needs the passphrase
        self.flush_pending()
        self.idle.stop()
        self.sync.stop()
        wait_for_tasks()
        store = self.context.store
        self.context.set_store(None)
        store.close()

    def lock(self) -> None:
        """Drop the key and cover the window; unlocking continues where the coach was.

        An open dialog (it may show personal data) is cancelled first, and the lock itself
        waits until the code that opened the dialog has finished with the open store.
        """
        if not self.context.unlocked:
            return
        if self._cancel_dialogs():
            QTimer.singleShot(0, self.lock)
            return
        self._close_store()
        self._show_locked()
        log.info("locked")

    def _cancel_dialogs(self) -> bool:
        cancelled = False
        modal = QApplication.activeModalWidget()
        while modal is not None and modal is not self:
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            cancelled = True
            if QApplication.activeModalWidget() is modal:
                modal.hide()
            modal = QApplication.activeModalWidget()
        return cancelled

    # -- navigation ------------------------------------------------------------------------
    def page(self, kind: type[P]) -> P:
        """The one page of this kind (pages are listed in ``views/pages.py``)."""
        found = next(page for page in self.page_list if isinstance(page, kind))
        assert isinstance(found, kind)
        return found

    @property
    def start_page(self) -> StartPage:
        return self.page(StartPage)

    @property
    def participants_page(self) -> ParticipantsPage:
        return self.page(ParticipantsPage)

    def show_page(self, name: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(PAGE_NAME_ROLE) == name:
                self.navigation.setCurrentRow(row)
                return
        raise LookupError(name)

    def current_page_name(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(PAGE_NAME_ROLE)) if item is not None else ""

    def _navigate(self, _row: int) -> None:
        name = self.current_page_name()
        page = next((p for p in self.page_list if p.page_name == name), None)
        if page is None:
            return
        self.flush_pending()
        assert isinstance(page, QWidget)
        self.pages.setCurrentWidget(page)
        page.on_shown()

    def _open_participant(self, participant_id: str) -> None:
        self.show_page(ParticipantsPage.page_name)
        self.participants_page.show_participant(participant_id)

    def find_participants(self) -> None:
        """Ctrl+F from anywhere: the participant list, its search field ready to type in."""
        self.flush_pending()
        self.show_page(ParticipantsPage.page_name)
        screen = self.participants_page
        if screen.currentWidget() is not screen.list:
            screen.show_list()
        screen.list.focus_search()

    def _new_participant(self) -> None:
        self.show_page(ParticipantsPage.page_name)
        self.participants_page.create_participant()

    def _sync_state(self, state: str, text: str) -> None:
        link = ""
        if state in (INCOMPLETE, FAILED):  # a few words; the link opens the history
            link, word = "history", self.tr("details")
        elif state == NOT_SET_UP:
            link, word = "setup", self.tr("set up")
        if link:  # (tr outside the f-string: lupdate does not look inside one)
            text = f'{text} — <a href="{link}">{word}</a>'
        self.sync_label.setText(text)
        self.sync_label.setToolTip(self.sync.details or "")

    def _sync_link(self, link: str) -> None:
        if link == "setup":
            self.sync_setup()
        else:
            self.sync_history()

    def _sync_progress(self, phase: str, done: int, total: int) -> None:
        if total > 1:
            self.sync_label.setText(
                self.tr("Synchronising… {done}/{total}").format(done=done, total=total)
            )

    # -- dialogs ---------------------------------------------------------------------------
    def settings(self) -> None:
        dialog = SettingsDialog(self.context, self)
        if dialog.exec():
            self.idle.set_minutes(dialog.preferences().autolock_minutes)
            if dialog.language_changed():
                self.statusBar().showMessage(
                    self.tr("Saved. The new language is used from the next start."), 10000
                )

    def manage_forms(self) -> None:
        """The form templates: new forms, copies, new versions, the editor, publishing."""
        if not self.context.unlocked:
            return
        self.flush_pending()
        dialog = FormsManager(self.context, self)
        dialog.exec()
        dialog.deleteLater()

    def print_group_forms(self) -> None:
        """A blank form for everyone in a group, each with the first name and the date."""
        if not self.context.unlocked:
            return
        from jiu_desktop.views.forms import paper

        self.flush_pending()
        said = paper.print_group_forms(self, self.context.store)
        if said:
            self.statusBar().showMessage(said, 10000)

    def change_passphrase(self) -> None:
        if ChangePassphraseDialog(self.root, self).exec():
            self.statusBar().showMessage(self.tr("Passphrase changed."), 8000)

    def sync_now(self) -> None:
        """Ctrl+S: a round now; before sync is set up, what it would do and the set-up."""
        self._team_passphrase_asked = False  # asked by the coach: ask again if need be
        if sync_service.load_config(self.context.store) is not None:
            self.sync.sync_now()
        elif offer_setup(self):
            self.sync_setup()

    def _ask_team_passphrase(self) -> None:
        """Once, until the coach syncs by hand: a round every few minutes must not keep
        putting the same question in front of them."""
        if self._team_passphrase_asked or not self.context.unlocked:
            return
        self._team_passphrase_asked = True
        if ask_new_team_passphrase(self, self.context):
            self._team_passphrase_asked = False
            self.sync.refresh_status()
            self.sync.sync_now()

    def sync_setup(self) -> None:
        if SyncSetupDialog(self.context, self).exec():
            self.sync.refresh_status()
            self.sync.sync_now()

    def sync_history(self) -> None:
        if self.context.unlocked:
            SyncHistoryDialog(self.context, self).exec()

    def make_backup(self) -> None:
        self.flush_pending()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Make backup"),
            str(Path.home() / "jiu-backup.jiubackup"),
            self.tr("JIU Desktop backup (*.jiubackup)"),
        )
        if not path:
            return
        store = self.context.store
        self.statusBar().showMessage(self.tr("Making backup…"))
        run_task(
            lambda: backup.write_backup(store, Path(path)),
            lambda size: self.statusBar().showMessage(
                self.tr("Backup saved: {path} ({kb} kB)").format(path=path, kb=size // 1024), 10000
            ),
            lambda error: self._problem(self.tr("Backup failed"), error),
        )

    def restore_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore backup"),
            str(Path.home()),
            self.tr("JIU Desktop backup (*.jiubackup)"),
        )
        if not path:
            return
        secret, ok = QInputDialog.getText(
            self,
            self.tr("Restore backup"),
            self.tr("Passphrase that was valid when the backup was made:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        if not ask(
            self,
            self.tr("Restore backup"),
            self.tr(
                "The data on this laptop is replaced by the backup. The current data is kept "
                "in the profile's backups folder. Continue?"
            ),
            self.tr("Restore"),
        ):
            return
        current_key = self.context.store.data_key  # keeps this profile's erasures erased
        self._close_store()
        root = self.root

        def restore() -> Store:
            backup.restore_backup(root, Path(path), secret, current_key=current_key)
            return profile.open_profile(root, secret)

        def failed(error: BaseException) -> None:
            self._problem(self.tr("Restore failed"), error)
            self._show_locked()

        def restored(new_store: Store) -> None:
            self.on_unlocked(new_store)
            self.statusBar().showMessage(
                self.tr("Backup restored. This profile now syncs as a new device."), 10000
            )

        run_task(restore, restored, failed)

    def _problem(self, title: str, error: BaseException) -> None:
        text = str(error) if isinstance(error, JiuError) else self.tr("Something went wrong.")
        if not isinstance(error, JiuError):
            log.error("%s: %s", title, type(error).__name__)
        QMessageBox.warning(self, title, text)

    # -- window ----------------------------------------------------------------------------
    def _show_about(self) -> None:
        from jiu_desktop.views.about import show_about  # reads package metadata: when asked

        show_about(self)

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:  # closed again while the changes are being sent
            event.ignore()
            return
        self._closing = True
        try:
            window_fit.remember(self)
            self._send_before_closing()
            self.hide()  # a skipped round may take a moment to stop: out of sight already
            self._close_store()
        finally:
            self._closing = False
        event.accept()

    def _send_before_closing(self) -> None:
        """Changes made in the last seconds have not gone out yet: send them first."""
        if not self.context.unlocked:
            return
        self.flush_pending()
        if self.sync.waiting() == 0:
            return
        dialog = CloseSyncDialog(self.sync, self)
        dialog.send()
        dialog.deleteLater()
