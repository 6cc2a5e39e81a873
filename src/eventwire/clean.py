"""Clean: give every paragraph of an article a kind, with offsets into its text.

Nothing is deleted. Each non-empty line is a paragraph, and gets one kind:
``title``, ``body``, ``quote``, ``boilerplate`` (related posts, share and subscribe
prompts, comment forms, "Back to top", "Originally published as", a repeated
headline), ``byline``, ``bio`` (author biographies) or ``comment`` (reader comments
inside live blogs). Only ``title``, ``body`` and ``quote`` feed event extraction.

The rules are small named predicates over one paragraph and its neighbours, applied
in order; the first that matches decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .lexicon.clean import (
    BOILERPLATE_PATTERNS,
    BYLINE,
    COMMENT_INTRO,
    CONTRACTION,
    DATELINE,
    EDITOR_NOTE,
    FIRST_PERSON_BIO,
    FIRST_PERSON_SINGULAR,
    INFORMAL,
    LIVE_BLOG_TITLE,
    NAME_ONLY,
    QUOTE_INTRO,
    QUOTED_SPAN,
    RELATED_HEADER,
    REPORTING_SIGNAL,
    THIRD_PERSON_BIO,
    TIMESTAMP,
)
from .models import Article, Paragraph, ParagraphKind

QUOTE_OPEN = '"“‘«'
MAX_LINK_LINE_WORDS = 20

MIN_REPORTING_WORDS = 12  # fewer words of body and quotes than this is a headline or a junk page
COMMENT_SCORE_IN_LIVE_BLOG = 2
COMMENT_SCORE_ELSEWHERE = 3
MIN_TIMESTAMPS_FOR_LIVE_BLOG = 2
MAX_ARTICLE_CHARS = 500_000  # the longest of 447 real articles is 27,000; a long live blog 200,000
MAX_PARAGRAPH_CHARS = 20_000  # a longer line (a dump without line breaks) is read in pieces: news paragraphs stay under 4,000


def clean(article: Article) -> Article:
    """The article with ``paragraphs`` filled: every non-empty line, with its kind."""
    spans = paragraph_spans(article.text)
    texts = [article.text[s:e] for s, e in spans]
    kinds = classify_paragraphs(texts, is_live_blog(article, texts), article.title)
    return replace(article, paragraphs=tuple(Paragraph(k, s, e) for k, (s, e) in zip(kinds, spans)))


def reporting_words(article: Article) -> int:
    """Words in the article's body and quote paragraphs (not its title or boilerplate)."""
    return sum(len(article.text[p.start : p.end].split()) for p in article.paragraphs if p.kind in ("body", "quote"))


def junk_reason(article: Article) -> str | None:
    """Why a cleaned article holds no reporting to extract from (or more text than any news
    article: a dump that should be split), or None if it holds reporting."""
    if len(article.text) > MAX_ARTICLE_CHARS:
        return f"{len(article.text):,} characters, more than any news article ({MAX_ARTICLE_CHARS:,} at most): a dump to split into articles"
    words = reporting_words(article)
    if words >= MIN_REPORTING_WORDS:
        return None
    others = sorted({p.kind for p in article.paragraphs if p.kind not in ("title", "body", "quote")})
    if not others and words == 0:
        return "headline only: no article body after the title"
    rest = f"; the rest is {', '.join(others)}" if others else ""
    return f"too little reporting: {words} words of body text, at least {MIN_REPORTING_WORDS} needed{rest}"


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line, trimmed of surrounding whitespace; a line
    over ``MAX_PARAGRAPH_CHARS`` is cut into pieces, each ending with a sentence."""
    return [piece for m in re.finditer(r"[^\s](?:[^\n]*[^\s])?", text) for piece in _pieces(text, m.start(), m.end())]


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The line ``text[start:end]`` in pieces of at most ``MAX_PARAGRAPH_CHARS``, cut after
    the last full stop (else the last space) that leaves the piece under the limit."""
    while end - start > MAX_PARAGRAPH_CHARS:
        limit = start + MAX_PARAGRAPH_CHARS
        full_stop, space = text.rfind(". ", start, limit), text.rfind(" ", start, limit)
        cut = full_stop + 1 if full_stop > start else space if space > start else limit
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    yield start, end


def is_live_blog(article: Article, texts: list[str]) -> bool:
    hints = " ".join(filter(None, [article.title, article.publisher, article.url]))
    timestamps = sum(1 for t in texts if TIMESTAMP.match(t))
    return bool(LIVE_BLOG_TITLE.search(hints)) or timestamps >= MIN_TIMESTAMPS_FOR_LIVE_BLOG


def classify_paragraphs(texts: list[str], live_blog: bool = False, title: str | None = None) -> list[ParagraphKind]:
    """One kind per paragraph text; neighbours matter for comments, quotes and bios.

    ``title`` is the article's title: a first paragraph equal to it is the title, and
    later repeats of it are folded as boilerplate.
    """
    kinds: list[ParagraphKind] = []
    state = _ReadingState(live_blog, title)
    for index, text in enumerate(texts):
        kind = _kind_of(text, index, texts, kinds, state)
        state.update(text, kind)
        kinds.append(kind)
    return _bylines_before_bios(texts, kinds)


class _ReadingState:
    """What earlier paragraphs tell about the next: inside comments, or a long quote."""

    def __init__(self, live_blog: bool, article_title: str | None) -> None:
        self.live_blog = live_blog
        self.article_title = article_title
        self.in_comments = False
        self.in_related = False
        self.in_quote = False
        self.title: str | None = None

    def update(self, text: str, kind: ParagraphKind) -> None:
        if kind == "title" and self.title is None:
            self.title = text
        self.in_comments = kind == "comment" or _announces_comments(text)
        self.in_related = (self.in_related and kind == "boilerplate") or (kind == "boilerplate" and bool(RELATED_HEADER.search(text)))
        self.in_quote = (self.in_quote and kind == "quote") or (kind in ("body", "quote") and bool(QUOTE_INTRO.search(text)))


def _kind_of(text: str, index: int, texts: list[str], kinds: list[ParagraphKind], state: _ReadingState) -> ParagraphKind:
    if index == 0 and state.article_title is not None and _same_line(text, state.article_title):
        return "title"
    if state.title and _same_line(text, state.title):
        return "boilerplate"
    if is_boilerplate(text) or (state.in_related and _is_link_line(text)):
        return "boilerplate"
    if TIMESTAMP.match(text) or BYLINE.match(text) or DATELINE.match(text):
        return "byline"
    if is_bio(text):
        return "bio"
    if _announces_comments(text):
        return "boilerplate"
    if state.in_quote:
        return "quote"
    if _continues(text) and kinds:
        return kinds[-1]
    if _is_comment(text, state):
        return "comment"
    return "quote" if is_mostly_quoted(text) else "body"


def is_boilerplate(text: str) -> bool:
    return any(p.search(text) for p in BOILERPLATE_PATTERNS)


def is_bio(text: str) -> bool:
    third_person = THIRD_PERSON_BIO.search(text) and not REPORTING_SIGNAL.search(text)
    return bool(FIRST_PERSON_BIO.search(text) or third_person or EDITOR_NOTE.search(text))


def is_mostly_quoted(text: str) -> bool:
    quoted = sum(len(m.group()) for m in QUOTED_SPAN.finditer(text))
    return (text[:1] in QUOTE_OPEN and quoted >= len(text) / 2) or (text[:1] in QUOTE_OPEN and not QUOTED_SPAN.search(text))


def comment_score(text: str) -> int:
    """How much a paragraph reads like a reader's comment rather than reporting."""
    unquoted = QUOTED_SPAN.sub(" ", text)
    score = 2 * bool(FIRST_PERSON_SINGULAR.search(unquoted))
    score += bool(CONTRACTION.search(unquoted)) + len(INFORMAL.findall(unquoted))
    score -= 2 * bool(REPORTING_SIGNAL.search(unquoted))
    return score


def _is_comment(text: str, state: _ReadingState) -> bool:
    unquoted = QUOTED_SPAN.sub(" ", text)
    if state.in_comments and (not REPORTING_SIGNAL.search(unquoted) or FIRST_PERSON_SINGULAR.search(unquoted)):
        return True
    threshold = COMMENT_SCORE_IN_LIVE_BLOG if state.live_blog else COMMENT_SCORE_ELSEWHERE
    return comment_score(text) >= threshold


def _is_link_line(text: str) -> bool:
    """A headline in a list of links: short, and not a sentence of reporting."""
    return len(text.split()) <= MAX_LINK_LINE_WORDS and not REPORTING_SIGNAL.search(text)


def _announces_comments(text: str) -> bool:
    return bool(COMMENT_INTRO.search(text)) and text.rstrip().endswith(":")


def _continues(text: str) -> bool:
    """A line that starts in lower case continues the paragraph before it."""
    return text[:1].islower()


def _same_line(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _bylines_before_bios(texts: list[str], kinds: list[ParagraphKind]) -> list[ParagraphKind]:
    """A line holding only a name, just before a bio, is the author's byline."""
    result = list(kinds)
    for i in range(len(texts) - 1):
        if kinds[i + 1] == "bio" and NAME_ONLY.match(texts[i]):
            result[i] = "byline"
    return result
