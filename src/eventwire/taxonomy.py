"""ACLED's event taxonomy as data: six event types, twenty-five sub-event types.

Names are ACLED's exactly; the definitions paraphrase ACLED's codebook. Each sub-event
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


SUB_EVENT_TYPES: tuple[SubEventType, ...] = (
    SubEventType("Armed clash", "Battles", POLITICAL_VIOLENCE, "clash", "Armed, organised groups fight each other and neither side changes control of territory."),
    SubEventType("Government regains territory", "Battles", POLITICAL_VIOLENCE, "territory", "Government forces or their affiliates win control of a location back from a non-state or foreign actor."),
    SubEventType("Non-state actor overtakes territory", "Battles", POLITICAL_VIOLENCE, "territory", "A non-state actor or a foreign state actor wins control of a location by fighting."),
    SubEventType("Chemical weapon", "Explosions/Remote violence", POLITICAL_VIOLENCE, "chemical", "Chemical weapons are used."),
    SubEventType("Air/drone strike", "Explosions/Remote violence", POLITICAL_VIOLENCE, "remote", "Air or drone strikes, by aircraft or armed drones."),
    SubEventType("Suicide bomb", "Explosions/Remote violence", POLITICAL_VIOLENCE, "bomb", "A suicide bombing or suicide vehicle-borne explosive."),
    SubEventType("Shelling/artillery/missile attack", "Explosions/Remote violence", POLITICAL_VIOLENCE, "remote", "Long-range artillery, missiles, rockets or shelling."),
    SubEventType("Remote explosive/landmine/IED", "Explosions/Remote violence", POLITICAL_VIOLENCE, "bomb", "Remotely detonated explosives, landmines and IEDs, with no attacker on site."),
    SubEventType("Grenade", "Explosions/Remote violence", POLITICAL_VIOLENCE, "bomb", "A grenade or similar hand-thrown explosive."),
    SubEventType("Sexual violence", "Violence against civilians", POLITICAL_VIOLENCE, "civilians", "Sexual violence against civilians by an armed, organised group."),
    SubEventType("Attack", "Violence against civilians", POLITICAL_VIOLENCE, "civilians", "An armed, organised group attacks unarmed civilians."),
    SubEventType("Abduction/forced disappearance", "Violence against civilians", POLITICAL_VIOLENCE, "abduction", "Civilians are abducted, kidnapped or disappeared."),
    SubEventType("Peaceful protest", "Protests", DEMONSTRATIONS, "protest", "Demonstrators gather without violence and without intervention."),
    SubEventType("Protest with intervention", "Protests", DEMONSTRATIONS, "protest", "A peaceful protest is disrupted or dispersed by force short of lethal force."),
    SubEventType("Excessive force against protesters", "Protests", f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}", "protest", "Lethal or severe force is used against peaceful protesters."),
    SubEventType("Violent demonstration", "Riots", f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}", "riot", "Demonstrators engage in violence or destruction."),
    SubEventType("Mob violence", "Riots", POLITICAL_VIOLENCE, "riot", "A mob, not an organised group, engages in violence."),
    SubEventType("Agreement", "Strategic developments", STRATEGIC, "agreement", "Agreements between groups: ceasefires, peace deals, prisoner exchanges."),
    SubEventType("Arrests", "Strategic developments", STRATEGIC, "arrests", "Arrests and detentions by state forces, without violence."),
    SubEventType("Change to group/activity", "Strategic developments", STRATEGIC, "group", "A change in a group's activity or organisation: mobilisation, relocation, weapons build-up."),
    SubEventType("Disrupted weapons use", "Strategic developments", STRATEGIC, "disrupted", "Weapons are intercepted, defused or shot down before they cause harm."),
    SubEventType("Headquarters or base established", "Strategic developments", STRATEGIC, "base", "A group establishes a headquarters or base without fighting."),
    SubEventType("Looting/property destruction", "Strategic developments", STRATEGIC, "looting", "Property is looted, seized or destroyed without a clash."),
    SubEventType("Non-violent transfer of territory", "Strategic developments", STRATEGIC, "territory", "Control of a location changes hands without fighting, for instance after a withdrawal."),
    SubEventType("Other", "Strategic developments", STRATEGIC, "other", "Significant developments that fit no other type, such as the discovery of mass graves."),
)
BY_NAME: dict[str, SubEventType] = {s.name: s for s in SUB_EVENT_TYPES}
EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(s.event_type for s in SUB_EVENT_TYPES))


def sub_event(name: str) -> SubEventType:
    """The sub-event type called ``name``; KeyError names the valid ones."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown ACLED sub-event type {name!r}; expected one of {sorted(BY_NAME)}") from None
