"""Template versions between laptops: two coordinators who each publish "version 2" of one
form offline both keep theirs; after a sync both laptops list both, told apart by who
published them, agree on the newest as the default, and a response to v1 still reads with
v1's questions. A coach's shared reflection reaches the team with the coach's name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from jiu_desktop.services import (
    coach_reflections,
    conflicts,
    form_catalogue,
    form_responses,
    participants,
    team,
)
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]
EVALUATION = "evaluatie-bijeenkomst@1"


def sync_all(replicas: list[Replica], rounds: int = 2) -> None:
    for _ in range(rounds):
        for replica in replicas:
            assert replica.sync().rejected == []


def retitled(replica: Replica, draft_id: str, text: str) -> None:
    """The draft's first question with a new text (its key stays)."""
    definition = form_catalogue.get_template(replica.store, draft_id).definition
    first = definition.sections[0]
    question = replace(first.questions[0], text=text)
    section = replace(first, questions=(question, *first.questions[1:]))
    form_catalogue.save_draft(replica.store, draft_id, replace(definition, sections=(section,)))


def test_two_laptops_publishing_v2_offline_both_keep_theirs(replicas: Make) -> None:
    sanne, henk = replicas(2)
    noor = participants.create_participant(sanne.store, first_name="Noor").id
    v1 = form_responses.start_response(sanne.store, noor, EVALUATION).id
    form_responses.set_answers(sanne.store, v1, {"hoe-was-het": 4})
    sync_all([sanne, henk])

    drafts = {}
    for replica, name, text in ((sanne, "Sanne", "Hoe was het?"), (henk, "Henk", "Hoe ging het?")):
        draft = form_catalogue.next_version_draft(replica.store, EVALUATION).row
        assert draft.version == 2
        retitled(replica, draft.id, text)
        drafts[name] = form_catalogue.publish(replica.store, draft.id, name).row
    sync_all([sanne, henk])

    for replica in (sanne, henk):
        found = form_catalogue.catalogue(replica.store)
        versions = found.of("evaluatie-bijeenkomst")
        assert [v.version for v in versions] == [1, 2, 2]
        labels = found.labels()
        assert labels[drafts["Sanne"].id] == "v2 (Sanne)"
        assert labels[drafts["Henk"].id] == "v2 (Henk)"
        [latest] = [t for t in found.latest() if t.slug == "evaluatie-bijeenkomst"]
        assert latest.id == drafts["Henk"].id, "the one published last is the default"
        texts = {v.published_by: v.definition.questions()[0].text for v in versions}
        assert texts == {
            "": "Hoe vond je de bijeenkomst van vandaag?",
            "Sanne": "Hoe was het?",
            "Henk": "Hoe ging het?",
        }
        assert {v.definition.questions()[0].key for v in versions} == {"hoe-was-het"}
        old = form_responses.filled_form(replica.store, v1)
        assert old.definition.version == 1 and old.answers == {"hoe-was-het": 4}
        assert sorted(d.version for d in form_catalogue.drafts(replica.store)) == [3, 3]
        assert conflicts.open_conflicts(replica.store) == []
    assert sanne.snapshot() == henk.snapshot()


def test_a_shared_reflection_reaches_the_team_with_the_coachs_name(replicas: Make) -> None:
    sanne, henk = replicas(2)
    me = team.create_coach(sanne.store, "Sanne").id
    team.set_my_coach(sanne.store, me)
    own = coach_reflections.start_reflection(sanne.store, "coach-reflectie@1")
    coach_reflections.set_reflection_answers(sanne.store, own, {"intervisie": "Grenzen"})
    sync_all([sanne, henk])
    assert coach_reflections.shared_by_colleagues(henk.store) == [], "not shared yet"
    coach_reflections.share_reflection(sanne.store, own, me)
    sync_all([sanne, henk])
    [theirs] = coach_reflections.shared_by_colleagues(henk.store)
    assert (theirs.coach_name, theirs.answers) == ("Sanne", {"intervisie": "Grenzen"})
    assert coach_reflections.shared_by_colleagues(sanne.store) == [], "her own is in her list"
    coach_reflections.unshare_reflection(sanne.store, own)
    sync_all([sanne, henk])
    assert coach_reflections.shared_by_colleagues(henk.store) == []
