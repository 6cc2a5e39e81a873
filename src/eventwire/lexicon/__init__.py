"""The lexicon: every word list and pattern the rules read, in one place, by stage.

- ``events``: trigger words by kind (``TRIGGERS``, ``POLITICAL_TRIGGERS``) and the words
  around a trigger that change what it means (modals, background, targets, weapons);
- ``attribution``: reporting verbs and cues, hedges, denials, parties and sides;
- ``places``: the words around place names, and words that are not places;
- ``actors``: roles, titles and the words joined to actors' names;
- ``clean``: boilerplate, bylines, bios, comments and quotes;
- ``dates``: months, weekdays, number words;
- ``quantities``: numbers as words, and how tolls are reported.

These modules import nothing from the rest of the package. Tables of names — places,
actors, people — are data files, listed in ``data/README.md``. A word that is a trigger
only in some uses has its rule in ``events/triggers.py``.
"""
