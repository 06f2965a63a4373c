"""Quotes (uitspraken), on the "Gegevens" tab: something the young person said that they
allow to be used, without their name, in a report.

A quote reaches a report only when the quote says yes ("may be used in reports", off until
ticked) and the participant's consent for anonymous quotes stands. When that consent is
not given the box says so plainly, with a way to the consent section.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services import consent, outcomes
from jiu_desktop.services.changes import Changes
from jiu_desktop.services.validation import as_date
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.form_dialog import form_foot
from jiu_desktop.views.labels import ConsentRecord, Quote, format_date
from jiu_desktop.views.participants.care_contacts import WARNING_STYLE
from jiu_desktop.views.participants.row_box import RowsBox
from jiu_desktop.views.participants.row_list import Column, RowService
from jiu_desktop.views.participants.tabs.fields import ParagraphEdit

#: How a quote said on a date is signed unless written otherwise.
Suggest = Callable[[date], str]


def no_consent_text() -> str:
    return QCoreApplication.translate(
        "QuotesBox",
        "Consent for anonymous quotes has not been given — quotes do not go into reports",
    )


class QuoteDialog(QDialog):
    """The words, the date, "may be used in reports" (off until ticked) and how it is
    signed: prefilled from the age on that date, and following the date until it is
    written by hand."""

    def __init__(
        self, parent: QWidget, suggest: Suggest, allowed: bool, quote: Quote | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quote"))
        self.suggest = suggest
        form = QFormLayout(self)
        self.text = ParagraphEdit(lines=3)
        self.text.setObjectName("quoteText")
        self.text.setPlaceholderText(self.tr("In their own words"))
        self.text.setPlainText(quote.text if quote else "")
        self.date = QLineEdit(format_date(quote.said_on if quote else date.today()))
        self.date.setObjectName("saidOn")
        fit_date(self.date)
        self.date.textEdited.connect(self._date_edited)
        self.consent = QCheckBox(self.tr("May be used in reports"))
        self.consent.setObjectName("quoteConsent")
        self.consent.setChecked(bool(quote and quote.consent))
        self.attribution = QLineEdit(quote.attribution if quote else "")
        self.attribution.setObjectName("attribution")
        self._suggested = self._suggestion()
        if quote is None:
            self.attribution.setText(self._suggested)
        form.addRow(self.tr("What they said"), self.text)
        form.addRow(self.tr("Date"), self.date)
        form.addRow("", self.consent)
        form.addRow(self.tr("Signed as"), self.attribution)
        hint = QLabel(self.tr("Never a name: age and year are enough."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow("", hint)
        if not allowed:
            warning = QLabel(no_consent_text())
            warning.setObjectName("noQuoteConsentText")
            warning.setWordWrap(True)
            warning.setStyleSheet(WARNING_STYLE)
            form.addRow(warning)
        self.message = form_foot(self, form, "saveQuote")
        self.text.setFocus()

    def _suggestion(self) -> str:
        try:
            said_on = as_date(self.date.text().strip(), "")
        except JiuError:
            return ""
        return self.suggest(said_on) if said_on is not None else ""

    def _date_edited(self, _text: str) -> None:
        """A signature not written by hand follows the date (the age on that day)."""
        suggestion = self._suggestion()
        if suggestion and self.attribution.text() == self._suggested:
            self.attribution.setText(suggestion)
            self._suggested = suggestion

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text.toPlainText(),
            "said_on": self.date.text().strip(),
            "consent": self.consent.isChecked(),
            "attribution": self.attribution.text(),
        }


class QuotesBox(RowsBox[Quote]):
    name = "quote"
    service = RowService(
        outcomes.list_quotes,
        outcomes.add_quote,
        outcomes.update_quote,
        outcomes.delete_quote,
        outcomes.restore_quote,
    )
    #: The coach wants to record the consent for anonymous quotes.
    consent_wanted = Signal()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.allowed = False
        self.setTitle(self.tr("Quotes"))
        self.setObjectName("quotesBox")
        self.no_consent = QWidget()
        self.no_consent.setObjectName("noQuoteConsent")
        row = QHBoxLayout(self.no_consent)
        row.setContentsMargins(0, 0, 0, 0)
        warning = QLabel(no_consent_text())
        warning.setObjectName("noQuoteConsentText")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        row.addWidget(warning, 1)
        to_consent = QPushButton(self.tr("To consent"))
        to_consent.setObjectName("toQuoteConsent")
        to_consent.clicked.connect(self.consent_wanted)
        row.addWidget(to_consent)
        self.layout_.insertWidget(0, self.no_consent)
        self.no_consent.hide()

    def columns(self) -> Sequence[Column[Quote]]:
        return (
            Column(self.tr("What they said"), lambda q: q.text, stretch=True),
            Column(self.tr("Date"), lambda q: format_date(q.said_on)),
            Column(self.tr("In reports"), self._use),
        )

    def _use(self, quote: Quote) -> str:
        if not quote.consent:
            return self.tr("No")
        return self.tr("Yes") if self.allowed else self.tr("Awaiting consent")

    def empty_text(self) -> str:
        return self.tr(
            "No quotes yet. Did they say something that shows what the project means to "
            "them? Write it down in their words."
        )

    def reload(self, select: str | None = None) -> None:
        pid = self.participant_id
        store = self.context.store if self.context.unlocked else None
        self.allowed = bool(pid and store and consent.allows(store, pid, outcomes.QUOTE_CONSENT))
        self.no_consent.setVisible(pid is not None and not self.allowed)
        super().reload(select)

    def dialog(self, row: Quote | None) -> QuoteDialog:
        assert self.participant_id is not None
        pid, store = self.participant_id, self.context.store

        def suggest(said_on: date) -> str:
            return outcomes.suggested_attribution(store, pid, said_on)

        return QuoteDialog(self, suggest, self.allowed, row)

    def values_of(self, row: Quote) -> dict[str, Any]:
        return {
            "text": row.text,
            "said_on": row.said_on,
            "consent": row.consent,
            "attribution": row.attribution,
        }

    def step_texts(self, row: Quote) -> tuple[str, str, str]:
        return (self.tr("Add quote"), self.tr("Change quote"), self.tr("Remove quote"))

    def removed_words(self, row: Quote) -> str:
        return self.tr("Removed: the quote of {date}.").format(date=format_date(row.said_on))

    def touched_by(self, changes: Changes) -> bool:
        """A quote or the consent on record changed."""
        return changes.touches(Quote, ConsentRecord)
