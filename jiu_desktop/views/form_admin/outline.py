"""A read-only outline of a template: its parts and questions, each with its type and
what the respondent chooses from, in the order a respondent reads them.

This is a stand-in preview. The one renderer of a form on screen is
``views/forms/form_widget.py`` (being built); once it is there, the editor's preview and
the manager's should show the form through it, and this module goes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from jiu_desktop.i18n import translate
from jiu_desktop.services.form_definition import FormDefinition, Question
from jiu_desktop.views.form_admin.kinds import question_type_label
from jiu_desktop.views.labels import respondent_label
from jiu_desktop.views.style import MUTED


def _details(question: Question) -> str:
    """What the respondent answers with, in a few words."""
    if question.type == "scale":
        words = " · ".join(escape(label) for label in question.labels)
        faces = translate("form_admin", "with faces") if question.faces else ""
        return f"{words} {escape(faces)}".strip()
    if question.type in ("choice", "multi"):
        mark = "○" if question.type == "choice" else "☐"
        return "<br>".join(f"{mark} {escape(o.text)}" for o in question.options)
    if question.type == "open":
        return escape(
            translate("form_admin", "{count} lines on paper").format(count=question.paper_lines)
        )
    return ""


def outline_html(definition: FormDefinition) -> str:
    who = ", ".join(respondent_label(code) for code in definition.respondents)
    parts = [f"<h2>{escape(definition.title)}</h2>"]
    filled_by = translate("form_admin", "Filled in by: {who}").format(who=who)
    parts.append(f'<p style="color:{MUTED}">{escape(filled_by)}</p>')
    if definition.intro:
        parts.append(f"<p>{escape(definition.intro)}</p>")
    number = 0
    for section in definition.sections:
        parts.append(f"<h3>{escape(section.title)}</h3>")
        if section.intro:
            parts.append(f"<p><i>{escape(section.intro)}</i></p>")
        if not section.questions:
            empty = translate("form_admin", "No questions in this part yet.")
            parts.append(f'<p style="color:{MUTED}">{escape(empty)}</p>')
        for question in section.questions:
            number += 1
            kind = escape(question_type_label(question.type))
            parts.append(f"<p><b>{number}. {escape(question.text)}</b>")
            if question.help:
                parts.append(f'<br><span style="color:{MUTED}">{escape(question.help)}</span>')
            parts.append(f'<br><span style="color:{MUTED}">[{kind}]</span>')
            details = _details(question)
            if details:
                parts.append(f"<br>{details}")
            parts.append("</p>")
    return "\n".join(parts)


class OutlineView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formOutline")
        self.setOpenLinks(False)

    def show_definition(self, definition: FormDefinition | None) -> None:
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(outline_html(definition) if definition is not None else "")
        bar.setValue(position)
