"""Events: from the parsed sentences of an article to its event mentions.

- the vocabulary events turn on — trigger words by kind, the political interactions
  ACLED does not code, and the words around a trigger that change it — is in
  ``eventwire.lexicon.events``;
- ``triggers``: which tokens of a sentence are triggers, with the rule for each word that
  is a trigger only in some uses ('take back', 'shoot down', 'called for talks');
- ``places``: where the event of a trigger happened, among the sentence's place mentions;
- ``mentions``: ``find_event_mentions``, which codes each trigger (type, sub-type, actors,
  date, fatalities, who asserts it) into an ``EventMention``.
"""

from .mentions import find_event_mentions

__all__ = ["find_event_mentions"]
