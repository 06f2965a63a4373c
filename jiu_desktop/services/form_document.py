"""Everything a form on paper needs, gathered once (``printing/form_pdf.py`` draws it): the
template version, the first name and the date in the header, the answers of a filled-in
form, and for a series the growth of the scale questions.

Only reads: a blank form of a built-in template that nobody has filled in yet gets no
database row (``form_catalogue.get_template`` reads the file). Printouts carry the first
name only, never the surname.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import Group, Meeting
from jiu_desktop.services import form_catalogue, memberships, participants, team
from jiu_desktop.services.form_catalogue import TemplateVersion
from jiu_desktop.services.form_definition import FormDefinition
from jiu_desktop.services.form_growth import GrowthLine, growth
from jiu_desktop.services.form_responses import Value, filled_form, responses_of


def respondent_label(code: str) -> str:
    """Who filled a form in, in words."""
    return {
        "deelnemer": translate("form_document", "Participant"),
        "coach": translate("form_document", "Coach"),
        "trainer": translate("form_document", "Trainer"),
        "groepsgenoot": translate("form_document", "Peer"),
    }.get(code, code)


@dataclass(frozen=True)
class FormDocument:
    """One form on paper: blank (to fill in with a pen) or filled in (the answers in place).

    An empty ``first_name`` or a ``filled_on`` of None leaves a line to write on."""

    definition: FormDefinition
    #: The version as the lists name it: "v1", or "v2 (Sanne)".
    version_label: str
    first_name: str = ""
    filled_on: date | None = None
    #: The role that filled it in ("" on a blank form: ticked by hand).
    respondent: str = ""
    answers: dict[str, Value] = field(default_factory=dict)
    filled: bool = False
    #: The group meeting it is for, in words ("Kookclinic, 13:00"); "" when none.
    meeting: str = ""

    @property
    def respondents(self) -> tuple[str, ...]:
        """The roles to tick in the header (none when only one role fills it in)."""
        roles = self.definition.respondents
        if self.respondent and self.respondent not in roles:
            roles = (*roles, self.respondent)
        return roles if len(roles) > 1 else ()

    @property
    def respondent_choices(self) -> tuple[tuple[str, str], ...]:
        """(code, words) of every role to tick in the header."""
        return tuple((role, respondent_label(role)) for role in self.respondents)

    @property
    def respondent_text(self) -> str:
        return respondent_label(self.respondent) if self.respondent else ""

    @property
    def file_name(self) -> str:
        """A name to suggest when saving: "Evaluatie van de bijeenkomst - Noor - 2026-12-01.pdf"."""
        return _file_name(self.definition.title, self.first_name, self.filled_on)


@dataclass(frozen=True)
class BatchDocument:
    """One blank form per participant of a group, each with their first name and the date."""

    group: str
    on: date
    forms: tuple[FormDocument, ...]

    @property
    def title(self) -> str:
        return self.forms[0].definition.title

    @property
    def file_name(self) -> str:
        return _file_name(self.title, self.group, self.on)


@dataclass(frozen=True)
class SeriesDocument:
    """Every response of one participant to one template (all versions), oldest first,
    with the growth of the scale questions (empty when the template has none)."""

    title: str
    first_name: str
    forms: tuple[FormDocument, ...]
    growth: tuple[GrowthLine, ...]

    @property
    def file_name(self) -> str:
        return _file_name(self.title, self.first_name, None)


def _file_name(title: str, name: str, on: date | None) -> str:
    parts = [title, name, on.isoformat() if on else ""]
    text = " - ".join(p.strip() for p in parts if p.strip())
    return "".join("-" if c in '/\\:*?"<>|' else c for c in text) + ".pdf"


def _label(store: Store, version: TemplateVersion, labels: dict[str, str] | None = None) -> str:
    found = (labels or form_catalogue.catalogue(store).labels()).get(version.id)
    if found is not None:
        return found
    if not version.published:
        return translate("form_document", "draft")
    return translate("forms", "v{version}").format(version=version.version)


def _about_a_participant(definition: FormDefinition) -> None:
    if definition.about != "deelnemer":
        raise InvalidInput(
            translate(
                "form_document",
                "“{form}” is a coach's own reflection: it is printed without a participant.",
            ).format(form=definition.title)
        )


def _first_name(store: Store, participant_id: str) -> str:
    return participants.get_participant(store, participant_id).first_name.strip() or "?"


def blank_document(
    store: Store,
    template_id: str,
    *,
    participant_id: str | None = None,
    on: date | None = None,
) -> FormDocument:
    """A blank form of ``template_id``; with ``participant_id`` their first name and the
    date (``on``, default today) are filled in, without one only ``on`` when given."""
    version = get_version(store, template_id)
    name = ""
    if participant_id is not None:
        _about_a_participant(version.definition)
        name = _first_name(store, participant_id)
        on = on or date.today()
    return FormDocument(version.definition, _label(store, version), name, on)


def get_version(store: Store, template_id: str) -> TemplateVersion:
    """The template version ``template_id`` (published or a draft); NotFound otherwise."""
    return form_catalogue.get_template(store, template_id)


def find_group(store: Store, group: str) -> Group:
    """The live group with id ``group``, or else the one live group with that name. Two
    groups may share a name (demo data added twice): then only the id will do."""
    groups = team.list_groups(store)
    for found in groups:
        if found.id == group:
            return found
    wanted = group.strip().casefold()
    named = [g for g in groups if g.name.strip().casefold() == wanted]
    if len(named) == 1:
        return named[0]
    if not named:
        raise NotFound(translate("form_document", "Group"), group)
    raise InvalidInput(
        translate(
            "form_document", "More than one group is called “{name}”. Give its id: {ids}"
        ).format(name=group.strip(), ids=", ".join(g.id for g in named))
    )


def group_batch(
    store: Store, template_id: str, group: str, on: date | None = None
) -> BatchDocument:
    """A blank form for every participant in the group on ``on`` (default today), by
    first name, each with the name and the date filled in. ``group`` is the id, or a name
    that only one group has. InvalidInput when nobody is in the group on that day."""
    version = get_version(store, template_id)
    _about_a_participant(version.definition)
    found = find_group(store, group)
    day = on or date.today()
    members = memberships.participants_in_group(store, found.id, day)
    if not members:
        raise InvalidInput(
            translate("form_document", "Nobody is in the group “{group}” on {date}.").format(
                group=found.name, date=day.strftime("%d-%m-%Y")
            )
        )
    label = _label(store, version)
    forms = tuple(
        FormDocument(version.definition, label, m.first_name.strip() or "?", day) for m in members
    )
    return BatchDocument(found.name, day, forms)


def meeting_batch(store: Store, template_id: str, meeting_id: str) -> BatchDocument:
    """A blank form for every participant in the meeting's group on its day, each dated
    on that day and naming the meeting. InvalidInput when nobody is in the group then."""
    version = get_version(store, template_id)
    _about_a_participant(version.definition)
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.deleted:
            raise NotFound(translate("form_document", "Meeting"), meeting_id)
        group = session.get(Group, meeting.group_id)
        group_name = group.name if group is not None else ""
        day, about = meeting.held_on, meeting_words(meeting)
    members = memberships.participants_in_group(store, meeting.group_id, day)
    if not members:
        raise InvalidInput(
            translate("form_document", "Nobody is in the group “{group}” on {date}.").format(
                group=group_name, date=day.strftime("%d-%m-%Y")
            )
        )
    label = _label(store, version)
    forms = tuple(
        FormDocument(version.definition, label, m.first_name.strip() or "?", day, meeting=about)
        for m in members
    )
    return BatchDocument(group_name, day, forms)


def meeting_words(meeting: Meeting) -> str:
    """How a form names its meeting: the topic and the time ("Kookclinic, 13:00")."""
    return ", ".join(p for p in (meeting.topic.strip(), meeting.starts_at.strip()) if p)


def filled_document(
    store: Store, response_id: str, *, labels: dict[str, str] | None = None
) -> FormDocument:
    """One response as it was filled in, with its own template version's questions."""
    form = filled_form(store, response_id)
    return FormDocument(
        form.definition,
        _label(store, form.template, labels),
        form.first_name.strip() or "?",
        form.response.filled_on,
        form.response.respondent,
        dict(form.answers),
        filled=True,
    )


def series_document(store: Store, participant_id: str, template_id: str) -> SeriesDocument:
    """Every response of the participant to the template ``template_id`` is a version
    of (all its versions), oldest first, with the growth of its scale questions.
    InvalidInput when the participant has not filled it in yet."""
    version = get_version(store, template_id)
    _about_a_participant(version.definition)
    name = _first_name(store, participant_id)
    slug = version.slug
    summaries = list(reversed(responses_of(store, participant_id, slug)))
    if not summaries:
        raise InvalidInput(
            translate("form_document", "{name} has not filled in “{form}” yet.").format(
                name=name, form=version.title
            )
        )
    found = form_catalogue.catalogue(store)
    labels = found.labels()
    forms = tuple(filled_document(store, s.id, labels=labels) for s in summaries)
    published = found.of(slug)
    title = published[-1].title if published else version.title  # the newest version's
    return SeriesDocument(title, name, forms, growth(store, participant_id, slug))
