"""Understanding: from cleaned articles to places and event mentions.

Composes the per-article stages that need the language model: parse, places, then
events (which use actors, dates, quantities and attribution). Models are loaded once
per process; ``analyse_batch`` is also what worker processes run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .events import find_event_candidates
from .geo.gazetteer import Gazetteer, load_gazetteer
from .geo.places import find_places
from .models import Article, ArticleAnalysis
from .parse import ParsedArticle, load_nlp, parse_articles
from .settings import DEFAULTS


def analyse_articles(articles: Iterable[Article], spacy_model: str = "", batch_size: int = DEFAULTS.batch_size) -> Iterator[ArticleAnalysis]:
    """Places and event mentions of each cleaned article, in input order."""
    nlp = load_nlp(spacy_model)
    gazetteer = load_gazetteer()
    for parsed in parse_articles(articles, nlp, batch_size=batch_size):
        yield analyse_parsed(parsed, gazetteer)


def analyse_parsed(parsed: ParsedArticle, gazetteer: Gazetteer) -> ArticleAnalysis:
    places = find_places(((p.doc, p.offset) for p in parsed.paragraphs), gazetteer, when=parsed.article.published)
    sentences = ((sentence, p.offset, p.paragraph.kind) for p in parsed.paragraphs for sentence in p.doc.sents)
    mentions, dropped = find_event_candidates(parsed.article, sentences, places, gazetteer)
    return ArticleAnalysis(parsed.article, tuple(places), tuple(mentions), tuple(dropped))


def places_in(articles: Iterable[Article], spacy_model: str = "", batch_size: int = DEFAULTS.batch_size) -> Iterator[tuple[Article, list]]:
    """Each cleaned article with its resolved place mentions (no event extraction)."""
    nlp = load_nlp(spacy_model)
    gazetteer = load_gazetteer()
    for parsed in parse_articles(articles, nlp, batch_size=batch_size):
        yield parsed.article, find_places(((p.doc, p.offset) for p in parsed.paragraphs), gazetteer, when=parsed.article.published)


def analyse_batch(articles: list[Article], spacy_model: str = "", batch_size: int = DEFAULTS.batch_size) -> list[ArticleAnalysis]:
    """A whole batch at once: the unit of work handed to a worker process."""
    return list(analyse_articles(articles, spacy_model, batch_size))
