"""Specification of eventwire.taxonomy: ACLED's event taxonomy, names exactly as ACLED spells them."""

import dataclasses

import pytest

from eventwire.taxonomy import BY_NAME, EVENT_TYPES, SUB_EVENT_TYPES, sub_event

ACLED_TAXONOMY = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": [
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": [
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ],
}

# ACLED's disorder types: violent event types are political violence, protests are
# demonstrations, and the two sub-event types that are both carry both labels.
ACLED_DISORDER_TYPE = {
    **{name: "Political violence" for name in ACLED_TAXONOMY["Battles"]},
    **{name: "Political violence" for name in ACLED_TAXONOMY["Explosions/Remote violence"]},
    **{name: "Political violence" for name in ACLED_TAXONOMY["Violence against civilians"]},
    "Peaceful protest": "Demonstrations",
    "Protest with intervention": "Demonstrations",
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Violent demonstration": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
    **{name: "Strategic developments" for name in ACLED_TAXONOMY["Strategic developments"]},
}


def test_there_are_exactly_six_event_types_with_acled_names():
    assert len(EVENT_TYPES) == 6
    assert set(EVENT_TYPES) == set(ACLED_TAXONOMY)


def test_there_are_exactly_twenty_five_sub_event_types():
    assert len(SUB_EVENT_TYPES) == 25
    assert len(BY_NAME) == 25  # names are unique


def test_sub_event_type_names_are_acled_names_exactly():
    expected = {name for names in ACLED_TAXONOMY.values() for name in names}
    assert {s.name for s in SUB_EVENT_TYPES} == expected


@pytest.mark.parametrize(
    ("event_type", "sub_event_type"),
    [(event_type, name) for event_type, names in ACLED_TAXONOMY.items() for name in names],
)
def test_each_sub_event_type_belongs_to_its_acled_event_type(event_type, sub_event_type):
    assert sub_event(sub_event_type).event_type == event_type


@pytest.mark.parametrize(("sub_event_type", "disorder_type"), sorted(ACLED_DISORDER_TYPE.items()))
def test_each_sub_event_type_has_acled_disorder_type(sub_event_type, disorder_type):
    assert sub_event(sub_event_type).disorder_type == disorder_type


def test_disorder_types_are_the_four_acled_values():
    assert {s.disorder_type for s in SUB_EVENT_TYPES} == {
        "Political violence",
        "Demonstrations",
        "Strategic developments",
        "Political violence; Demonstrations",
    }


def test_every_sub_event_type_has_a_definition_and_a_family():
    for s in SUB_EVENT_TYPES:
        assert s.definition.strip(), s.name
        assert s.family.strip(), s.name


def test_territorial_changes_share_a_family_so_they_can_merge():
    # "recaptured" (Battles) and "withdrew" (Strategic developments) may report one change of hands
    families = {
        sub_event(name).family
        for name in (
            "Government regains territory",
            "Non-state actor overtakes territory",
            "Non-violent transfer of territory",
        )
    }
    assert len(families) == 1


def test_sub_event_lookup_returns_the_named_type():
    shelling = sub_event("Shelling/artillery/missile attack")
    assert shelling.name == "Shelling/artillery/missile attack"
    assert shelling.event_type == "Explosions/Remote violence"


def test_sub_event_lookup_is_exact_not_case_insensitive():
    with pytest.raises(KeyError):
        sub_event("armed clash")


def test_unknown_sub_event_raises_key_error_naming_the_valid_ones():
    with pytest.raises(KeyError) as raised:
        sub_event("nope")
    message = str(raised.value)
    assert "nope" in message
    for name in ("Armed clash", "Air/drone strike", "Non-violent transfer of territory", "Other"):
        assert name in message


def test_sub_event_types_are_immutable():
    with pytest.raises(dataclasses.FrozenInstanceError):
        sub_event("Attack").name = "Something else"
