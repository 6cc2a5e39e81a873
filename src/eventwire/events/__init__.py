"""Events: from the parsed sentences of an article to its event mentions.

- the vocabulary events turn on — trigger words by kind, the political interactions
  ACLED does not code, and the words around a trigger that change it — is in
  ``eventwire.lexicon.events``;
- ``triggers``: which tokens of a sentence are triggers, with the rule for each word that
  is a trigger only in some uses ('take back', 'shoot down', 'called for talks');
- ``assertion``: whether a trigger reports something that happened, as news (not a
  plan, a hypothesis, a comparison, history or a crosshead);
- ``reported``: whether a coded candidate is one real, recent event, literally meant
  (not a figure of speech, a feared or prevented event, a habit, a total, the war as a
  whole, or history), with the reason when it is not;
- ``coding``: the ACLED type and sub-type of a trigger, by rules and the classifier;
- ``agents``: who did it to whom, named as ACLED names actors;
- ``dating``: the date of a trigger's clause;
- ``places``: where the event of a trigger happened, among the sentence's place mentions;
- ``mentions``: ``find_event_candidates``, which puts these together into an
  ``EventMention`` for each trigger (with fatalities and who asserts it) and a
  ``DroppedCandidate`` for each coded trigger that reports no event.
"""

from .mentions import find_event_candidates, find_event_mentions

__all__ = ["find_event_candidates", "find_event_mentions"]
