"""Growth beside the list of responses: choose the form (those with scale questions) and
whose answers (everyone's, or one role's), and see them over time."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from jiu_desktop.services import form_growth
from jiu_desktop.services.form_catalogue import TemplateVersion
from jiu_desktop.services.form_definition import RESPONDENTS
from jiu_desktop.services.form_responses import ResponseSummary
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.forms.growth_chart import GrowthChart
from jiu_desktop.views.labels import respondent_label

EVERYONE = ""


class GrowthPanel(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.participant_id: str | None = None
        self._templates: dict[str, TemplateVersion] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        title = QLabel(self.tr("Growth"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(title)
        row = QHBoxLayout()
        self.template = QComboBox()
        self.template.setObjectName("growthTemplate")
        self.template.activated.connect(lambda _index: self.redraw())
        self.respondent = QComboBox()
        self.respondent.setObjectName("growthRespondent")
        self.respondent.addItem(self.tr("Everyone"), EVERYONE)
        for role in RESPONDENTS:
            self.respondent.addItem(respondent_label(role), role)
        self.respondent.activated.connect(lambda _index: self.redraw())
        form_label = QLabel(self.tr("Form"))
        form_label.setBuddy(self.template)
        whose = QLabel(self.tr("Answers of"))
        whose.setBuddy(self.respondent)
        row.addWidget(form_label)
        row.addWidget(self.template, 1)
        row.addWidget(whose)
        row.addWidget(self.respondent)
        layout.addLayout(row)
        self.chart = GrowthChart()
        layout.addWidget(self.chart, 1)

    def show_for(
        self,
        participant_id: str,
        templates: tuple[TemplateVersion, ...],
        responses: list[ResponseSummary],
    ) -> None:
        """The forms with scale questions; the one last filled in chosen, unless the coach
        chose one before."""
        self.participant_id = participant_id
        wanted = self.template.currentData()
        scaled = {t.slug: t for t in templates if t.definition.scale_questions()}
        filled = [r.slug for r in responses if r.slug in scaled]
        self._templates = scaled
        self.template.clear()
        for slug, found in sorted(scaled.items(), key=lambda s: s[1].title.casefold()):
            self.template.addItem(found.title, slug)
        if wanted not in scaled:
            wanted = filled[0] if filled else None
        index = self.template.findData(wanted)
        self.template.setCurrentIndex(max(index, 0))
        self.redraw()

    def has_growth(self) -> bool:
        return self.chart.has_points()

    def redraw(self) -> None:
        slug = self.template.currentData()
        if self.participant_id is None or not slug or not self.context.unlocked:
            self.chart.set_lines((), faces=True, empty_text=self._empty_text())
            return
        role = self.respondent.currentData() or None
        lines = form_growth.growth(self.context.store, self.participant_id, slug, role)
        definition = self._templates[slug].definition
        faces = any(q.faces for q in definition.scale_questions())
        self.chart.set_lines(lines, faces=faces, empty_text=self._empty_text())

    def _empty_text(self) -> str:
        if self.template.count() == 0:
            return self.tr("No form with a scale question yet.")
        return self.tr(
            "No answers to the scale questions of this form yet.\n\nEach time the form is "
            "filled in, a point is added: so you see together what grows."
        )
