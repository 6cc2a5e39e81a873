"""Hand-built records for tests that need no language model."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path

from eventwire.actors import RUSSIA_MILITARY, UKRAINE_MILITARY
from eventwire.ingest import make_article
from eventwire.models import Actor, ArticleAnalysis, Claim, DateRange, EventMention, Paragraph, Place, PlaceMention
from eventwire.taxonomy import sub_event

IZIUM = Place(706524, "Izyum", "city", "UA", "Ukraine", "Kharkiv", "07", 49.20697, 37.27679, 45884)
KUPIANSK = Place(704422, "Kupyansk", "city", "UA", "Ukraine", "Kharkiv", "07", 49.71003, 37.61581, 27169)
KHARKIV = Place(706483, "Kharkiv", "city", "UA", "Ukraine", "Kharkiv", "07", 49.98081, 36.25272, 1421125)


def day(text: str) -> DateRange:
    date = dt.date.fromisoformat(text)
    return DateRange(date, date, 1)


def week_before(text: str) -> DateRange:
    date = dt.date.fromisoformat(text)
    return DateRange(date - dt.timedelta(days=7), date, 2)


def mention(
    article_id: str = "a1",
    sub_event_type: str = "Government regains territory",
    place: Place | None = IZIUM,
    date: DateRange | None = None,
    speaker: str | None = None,
    party: str | None = None,
    fatalities: int | None = None,
    hedges: tuple[str, ...] = (),
    denial: bool = False,
    sentence: str = "Ukrainian forces recaptured Izium.",
    actor1: Actor | None = UKRAINE_MILITARY,
    actor2: Actor | None = RUSSIA_MILITARY,
    start: int = 0,
) -> EventMention:
    sub = sub_event(sub_event_type)
    key = f"{article_id}:{start}:{sub_event_type}:{place.geonameid if place else ''}:{speaker}:{sentence}"
    return EventMention(
        mention_id=hashlib.sha1(key.encode()).hexdigest()[:16],
        article_id=article_id,
        start=start,
        end=start + len(sentence),
        trigger=sentence.split()[2] if len(sentence.split()) > 2 else sentence,
        trigger_start=start + sentence.find(sentence.split()[2]) if len(sentence.split()) > 2 else start,
        event_type=sub.event_type,
        sub_event_type=sub.name,
        disorder_type=sub.disorder_type,
        actor1=actor1,
        actor2=actor2,
        place=PlaceMention(place.name, start, start + len(place.name), place, 1.0, "exact") if place else None,
        geo_precision=1 if place else None,
        date=date if date is not None else day("2022-09-10"),
        fatalities=fatalities,
        claim=Claim(speaker, party, "said" if speaker else None, hedges, denial),
        paragraph_kind="body",
        sentence=sentence,
    )


def stored_analysis(seed: str, *mentions: EventMention, url: str | None = None, title: str | None = None, publisher: str | None = None) -> ArticleAnalysis:
    """An article of its own for ``mentions``, as the store takes it (a title paragraph only)."""
    article = make_article(f"{seed}.txt", f"Report {seed}\n\nText.", url=url)
    article = dataclasses.replace(article, paragraphs=(Paragraph("title", 0, 7 + len(seed)),), title=title or article.title, publisher=publisher)
    return ArticleAnalysis(article, (), tuple(dataclasses.replace(m, article_id=article.article_id) for m in mentions))


def told_analysis(seed: str, told: EventMention, comment: str | None = None) -> ArticleAnalysis:
    """An article whose body paragraph is ``told``'s sentence (its offsets true to the text),
    with a reader's comment after it if given."""
    title = f"Report {seed}"
    body = len(title) + 2
    text = f"{title}\n\n{told.sentence}" + (f"\n\n{comment}" if comment else "")
    paragraphs = [Paragraph("title", 0, len(title)), Paragraph("body", body, body + len(told.sentence))]
    if comment:
        paragraphs.append(Paragraph("comment", len(text) - len(comment), len(text)))
    article = dataclasses.replace(make_article(f"{seed}.txt", text), paragraphs=tuple(paragraphs))
    shift = body - told.start
    place = dataclasses.replace(told.place, start=told.place.start + shift, end=told.place.end + shift) if told.place else None
    moved = dataclasses.replace(
        told, article_id=article.article_id, start=told.start + shift, end=told.end + shift, trigger_start=told.trigger_start + shift, place=place
    )
    return ArticleAnalysis(article, (), (moved,))


MANIFEST_HEADER = "file,published,publisher,url,language\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """A test input file, written as bytes or UTF-8 text; parent folders made."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def analysis_of_report(*paragraphs: str, published: dt.date):
    """The analysis of a one-off article, 'Test report', made of ``paragraphs`` (loads spaCy)."""
    from eventwire.analyse import analyse_articles
    from eventwire.clean import clean
    from eventwire.ingest import make_article

    text = "Test report\n\n" + "\n\n".join(paragraphs)
    article = clean(make_article("test.txt", text, title="Test report", published=published))
    [analysis] = list(analyse_articles([article]))
    return analysis
