"""ACLED's event taxonomy as data: six event types, twenty-five sub-event types.

Names are ACLED's exactly; the definitions paraphrase ACLED's codebook. Political
interactions that ACLED does not code (talks, statements of support, aid pledges,
requests, accusations, threats, sanctions, mobilisation) have a PLOVER event type
(``PLOVER_TYPES``) and no ACLED type; every ACLED sub-event type also names the PLOVER
type of the same event where one fits. Each sub-event
type belongs to one event type and has a ``disorder_type``. ``family`` groups the
sub-event types whose reports may describe the same real-world event when merging
(a town "recaptured" and the enemy's "withdrawal" from it are one change of hands).
"""

from __future__ import annotations

from dataclasses import dataclass

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC = "Strategic developments"


@dataclass(frozen=True)
class SubEventType:
    name: str
    event_type: str
    disorder_type: str
    family: str
    definition: str
    plover: str | None = None  # the PLOVER event type of the same event, where one fits


SUB_EVENT_TYPES: tuple[SubEventType, ...] = (
    SubEventType(
        "Armed clash",
        "Battles",
        POLITICAL_VIOLENCE,
        "clash",
        "Armed, organised groups fight each other and neither side changes control of territory.",
        "ASSAULT",
    ),
    SubEventType(
        "Government regains territory",
        "Battles",
        POLITICAL_VIOLENCE,
        "territory",
        "Government forces or their affiliates win control of a location back from a non-state or foreign actor.",
        "ASSAULT",
    ),
    SubEventType(
        "Non-state actor overtakes territory",
        "Battles",
        POLITICAL_VIOLENCE,
        "territory",
        "A non-state actor or a foreign state actor wins control of a location by fighting.",
        "ASSAULT",
    ),
    SubEventType("Chemical weapon", "Explosions/Remote violence", POLITICAL_VIOLENCE, "chemical", "Chemical weapons are used.", "ASSAULT"),
    SubEventType(
        "Air/drone strike", "Explosions/Remote violence", POLITICAL_VIOLENCE, "remote", "Air or drone strikes, by aircraft or armed drones.", "ASSAULT"
    ),
    SubEventType("Suicide bomb", "Explosions/Remote violence", POLITICAL_VIOLENCE, "bomb", "A suicide bombing or suicide vehicle-borne explosive.", "ASSAULT"),
    SubEventType(
        "Shelling/artillery/missile attack",
        "Explosions/Remote violence",
        POLITICAL_VIOLENCE,
        "remote",
        "Long-range artillery, missiles, rockets or shelling.",
        "ASSAULT",
    ),
    SubEventType(
        "Remote explosive/landmine/IED",
        "Explosions/Remote violence",
        POLITICAL_VIOLENCE,
        "bomb",
        "Remotely detonated explosives, landmines and IEDs, with no attacker on site.",
        "ASSAULT",
    ),
    SubEventType("Grenade", "Explosions/Remote violence", POLITICAL_VIOLENCE, "bomb", "A grenade or similar hand-thrown explosive.", "ASSAULT"),
    SubEventType(
        "Sexual violence",
        "Violence against civilians",
        POLITICAL_VIOLENCE,
        "civilians",
        "Sexual violence against civilians by an armed, organised group.",
        "ASSAULT",
    ),
    SubEventType("Attack", "Violence against civilians", POLITICAL_VIOLENCE, "civilians", "An armed, organised group attacks unarmed civilians.", "ASSAULT"),
    SubEventType(
        "Abduction/forced disappearance",
        "Violence against civilians",
        POLITICAL_VIOLENCE,
        "abduction",
        "Civilians are abducted, kidnapped or disappeared.",
        "ASSAULT",
    ),
    SubEventType("Peaceful protest", "Protests", DEMONSTRATIONS, "protest", "Demonstrators gather without violence and without intervention.", "PROTEST"),
    SubEventType(
        "Protest with intervention",
        "Protests",
        DEMONSTRATIONS,
        "protest",
        "A peaceful protest is disrupted or dispersed by force short of lethal force.",
        "PROTEST",
    ),
    SubEventType(
        "Excessive force against protesters",
        "Protests",
        f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}",
        "protest",
        "Lethal or severe force is used against peaceful protesters.",
        "ASSAULT",
    ),
    SubEventType(
        "Violent demonstration", "Riots", f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}", "riot", "Demonstrators engage in violence or destruction.", "PROTEST"
    ),
    SubEventType("Mob violence", "Riots", POLITICAL_VIOLENCE, "riot", "A mob, not an organised group, engages in violence.", "ASSAULT"),
    SubEventType(
        "Agreement", "Strategic developments", STRATEGIC, "agreement", "Agreements between groups: ceasefires, peace deals, prisoner exchanges.", "AGREE"
    ),
    SubEventType("Arrests", "Strategic developments", STRATEGIC, "arrests", "Arrests and detentions by state forces, without violence.", "COERCE"),
    SubEventType(
        "Change to group/activity",
        "Strategic developments",
        STRATEGIC,
        "group",
        "A change in a group's activity or organisation: mobilisation, relocation, weapons build-up.",
        "MOBILIZE",
    ),
    SubEventType(
        "Disrupted weapons use", "Strategic developments", STRATEGIC, "disrupted", "Weapons are intercepted, defused or shot down before they cause harm."
    ),
    SubEventType(
        "Headquarters or base established",
        "Strategic developments",
        STRATEGIC,
        "base",
        "A group establishes a headquarters or base without fighting.",
        "MOBILIZE",
    ),
    SubEventType(
        "Looting/property destruction", "Strategic developments", STRATEGIC, "looting", "Property is looted, seized or destroyed without a clash.", "COERCE"
    ),
    SubEventType(
        "Non-violent transfer of territory",
        "Strategic developments",
        STRATEGIC,
        "territory",
        "Control of a location changes hands without fighting, for instance after a withdrawal.",
        "RETREAT",
    ),
    SubEventType(
        "Other", "Strategic developments", STRATEGIC, "other", "Significant developments that fit no other type, such as the discovery of mass graves."
    ),
)
PLOVER_TYPES: dict[str, str] = {
    "AGREE": "Agree to, sign or carry out an agreement: ceasefires, deals, exchanges.",
    "CONSULT": "Talks, meetings, visits and telephone calls between parties.",
    "SUPPORT": "Statements of support, praise or solidarity for another party.",
    "CONCEDE": "Yield to demands: release prisoners, ease restrictions, apologise.",
    "COOPERATE": "Work together: joint operations, sharing intelligence.",
    "AID": "Aid given or pledged: weapons, money, humanitarian help.",
    "RETREAT": "Withdraw forces or give up territory or positions.",
    "REQUEST": "Ask, urge or appeal to another party for something.",
    "ACCUSE": "Accuse or blame another party.",
    "REJECT": "Reject or refuse a proposal, demand or claim.",
    "THREATEN": "Threaten force, sanctions or other harm.",
    "PROTEST": "Demonstrations, rallies, strikes and riots.",
    "SANCTION": "Sanctions, embargoes, expulsions and the cutting of ties.",
    "MOBILIZE": "Mobilisation, call-ups, troop build-ups and new bases.",
    "COERCE": "Arrests, seizures, bans and other coercion short of violence.",
    "ASSAULT": "Violence: fighting, strikes, bombings, killings, abductions.",
}
POLITICAL_FAMILY_PREFIX = "plover:"  # the merge family of an interaction that ACLED does not code


def family_of(sub_event_type: str | None, plover_type: str | None) -> str:
    """The merge family: the ACLED sub-event type's, else one per PLOVER type."""
    if sub_event_type is not None:
        return sub_event(sub_event_type).family
    return POLITICAL_FAMILY_PREFIX + (plover_type or "")


BY_NAME: dict[str, SubEventType] = {s.name: s for s in SUB_EVENT_TYPES}
EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(s.event_type for s in SUB_EVENT_TYPES))


def sub_event(name: str) -> SubEventType:
    """The sub-event type called ``name``; KeyError names the valid ones."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown ACLED sub-event type {name!r}; expected one of {sorted(BY_NAME)}") from None
