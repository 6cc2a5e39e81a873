"""Clean: every non-empty line of an article is a paragraph with a kind and exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.clean import MAX_ARTICLE_CHARS, MAX_PARAGRAPH_CHARS, MIN_REPORTING_WORDS, classify_paragraphs, clean, is_live_blog, junk_reason, paragraph_spans
from eventwire.ingest import looks_like_headline, make_article
from eventwire.models import Article

FIXTURES = Path(__file__).parent / "fixtures" / "articles"

REPORT = (
    "Russian forces shelled Kharkiv on Monday, killing two civilians, the regional governor said. "
    "The shells hit a residential block in the Saltivka district and started several fires."
)


def cleaned(text: str, title: str | None = None, **metadata) -> Article:
    """The article a .txt file holding ``text`` becomes after cleaning (title: its first line if headline-like)."""
    if title is None:
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        title = first if looks_like_headline(first) else None
    return clean(make_article("article.txt", text, title=title, **metadata))


def fixture_article(name: str, **metadata) -> Article:
    return cleaned((FIXTURES / name).read_text("utf-8"), **metadata)


def kinds(article: Article) -> list[tuple[str, str]]:
    """(kind, paragraph text) for every paragraph, in order."""
    return [(p.kind, article.text[p.start : p.end]) for p in article.paragraphs]


def kind_of(article: Article, starting: str) -> str:
    (kind,) = [k for k, text in kinds(article) if text.startswith(starting)]
    return kind


# -- offsets: nothing is deleted ---------------------------------------------------------------

HAND_BUILT_TEXTS = [
    "Shelling in Kharkiv\n\n" + REPORT + "\n",
    "   Indented title  \n\t\tTabbed paragraph.\t\n \n\nLast line without newline",
    "One single line",
    "\n\n\nLeading blank lines\n\n\n",
    "Title\r\n\r\nWindows line endings\r\nnext line\r\n",
    "Unicode: Балаклія and Izium\u00a0\n\u00a0\u00a0\nnbsp-only line above",
]


def assert_offsets_cover_every_line(article: Article) -> None:
    lines = [line.strip() for line in article.text.split("\n") if line.strip()]
    assert [article.text[p.start : p.end] for p in article.paragraphs] == lines
    covered = set()
    for p in article.paragraphs:
        covered.update(range(p.start, p.end))
    outside = [(i, c) for i, c in enumerate(article.text) if not c.isspace() and i not in covered]
    assert outside == []


@pytest.mark.parametrize("text", HAND_BUILT_TEXTS)
def test_every_paragraph_is_a_stripped_line_and_no_text_is_left_outside_a_paragraph(text):
    assert_offsets_cover_every_line(cleaned(text))


@pytest.mark.parametrize("name", ["boilerplate.txt", "bio.txt", "comments.txt", "spellings.txt"])
def test_fixture_articles_keep_every_character_in_some_paragraph(name):
    assert_offsets_cover_every_line(fixture_article(name))


def test_paragraph_spans_are_trimmed_lines_and_skip_blank_ones():
    text = "  Title \n\n\t body one.\t\n   \nbody two"

    assert [text[s:e] for s, e in paragraph_spans(text)] == ["Title", "body one.", "body two"]
    assert paragraph_spans("") == [] and paragraph_spans(" \n\t\n") == []


def test_clean_keeps_the_article_text_and_fields_and_fills_only_paragraphs():
    article = make_article("a.txt", "Shelling in Kharkiv\n\n" + REPORT, title="Shelling in Kharkiv", publisher="Wire")

    result = clean(article)

    assert (result.text, result.title, result.publisher, result.article_id) == (article.text, article.title, article.publisher, article.article_id)
    assert len(result.paragraphs) == 2


# -- boilerplate ----------------------------------------------------------------------------------


def test_boilerplate_fixture_folds_everything_from_related_articles_on():
    article = fixture_article("boilerplate.txt")
    texts = [text for _, text in kinds(article)]
    start = texts.index("Related Articles")

    tail = kinds(article)[start:]

    assert len(tail) == 11
    assert [text for kind, text in tail if kind != "boilerplate"] == []


def test_boilerplate_fixture_title_is_title_and_its_repeat_is_boilerplate():
    article = fixture_article("boilerplate.txt")

    assert kinds(article)[:2] == [
        ("title", "Missile strike damages school in Kramatorsk"),
        ("boilerplate", "Missile strike damages school in Kramatorsk"),
    ]


def test_boilerplate_fixture_report_paragraphs_are_body():
    article = fixture_article("boilerplate.txt")

    assert [kind for kind, _ in kinds(article)[2:5]] == ["body", "body", "body"]
    assert kind_of(article, "A Russian missile struck a school") == "body"
    assert kind_of(article, "Kramatorsk, in the Donetsk region") == "body"
    assert junk_reason(article) is None


@pytest.mark.parametrize(
    "line",
    [
        "Share this:",
        "Tweet",
        "Read more: Air raid sirens sound across eastern Ukraine",
        "Related stories",
        "Sign up for our newsletter to get the latest updates",
        "Back to top",
        "Advertisement",
        "© 2022 Example Media",
        "Tags: Ukraine, Kharkiv",
        "Next article",
        "12 comments",
        "Please enable JavaScript to view the comments",
        "Other Topics of Interest Scholz Urges More Ukrainian Refugees in Germany to Take Up Work",
        "You may also like: Drone strikes hit Odesa overnight",
    ],
)
def test_navigation_and_sharing_lines_are_boilerplate(line):
    assert classify_paragraphs(["Shelling in Kharkiv", REPORT, line], title="Shelling in Kharkiv")[2] == "boilerplate"


# -- bios ------------------------------------------------------------------------------------------


def test_bio_fixture_first_and_third_person_bios_are_bio_and_reporting_is_body():
    article = fixture_article("bio.txt")

    assert kind_of(article, "I am a senior correspondent for the Steppe Courier") == "bio"
    assert kind_of(article, "Jane Doe is a reporter at the Steppe Courier") == "bio"
    assert kind_of(article, "A Ukrainian drone struck a Russian ammunition depot") == "body"
    assert kind_of(article, "Videos posted by local residents") == "body"
    assert kind_of(article, "The southern command said the depot") == "body"
    assert kinds(article)[0][0] == "title"


def test_a_name_alone_just_before_a_bio_is_the_byline():
    texts = ["Shelling in Kharkiv", REPORT, "Jane Doe", "Jane Doe is a reporter at the Steppe Courier covering the war."]

    assert classify_paragraphs(texts, title="Shelling in Kharkiv") == ["title", "body", "byline", "bio"]


def test_a_report_about_a_journalist_is_body_not_bio():
    texts = [
        "American journalist killed in Irpin",
        "Brent Renaud was an American journalist and filmmaker who was shot dead by Russian forces in Irpin on Sunday, Kyiv region police said.",
    ]

    assert classify_paragraphs(texts, title=texts[0])[1] == "body"


# -- bylines -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["By Jane Doe", "Written by: Jane Doe", "09.12 BST", "10:45 am", "KYIV —"])
def test_author_lines_timestamps_and_datelines_are_bylines(line):
    assert classify_paragraphs(["Shelling in Kharkiv", line, REPORT], title="Shelling in Kharkiv")[1] == "byline"


def test_reporting_that_opens_with_by_is_body_not_a_byline():
    texts = [
        "Shelling in Kharkiv",
        "By Tuesday evening, Russian forces had shelled Kharkiv again, killing three civilians, the governor said.",
    ]

    assert classify_paragraphs(texts, title=texts[0])[1] == "body"


# -- live blog and reader comments ---------------------------------------------------------------------


def test_comments_fixture_is_a_live_blog():
    text = (FIXTURES / "comments.txt").read_text("utf-8")
    article = make_article("comments.txt", text, title=text.splitlines()[0])

    assert is_live_blog(article, [text[s:e] for s, e in paragraph_spans(text)])


def test_comments_fixture_timestamps_are_bylines():
    article = fixture_article("comments.txt")

    timestamps = [(kind, text) for kind, text in kinds(article) if text.endswith("BST")]

    assert timestamps == [("byline", t) for t in ["09.12 BST", "08.47 BST", "08.30 BST", "08.05 BST"]]


def test_comments_fixture_reader_comments_are_comments():
    article = fixture_article("comments.txt")

    assert kind_of(article, "Honestly I check this blog") == "comment"
    assert kind_of(article, "My bet is they blow up the dam next") == "comment"


def test_comments_fixture_reader_comment_quoting_a_long_passage_is_a_comment():
    article = fixture_article("comments.txt")

    assert kind_of(article, "I keep rereading what that soldier told the BBC") == "comment"


def test_comments_fixture_reporting_entries_are_body_and_the_comment_intro_is_not():
    article = fixture_article("comments.txt")

    assert kinds(article)[0] == ("title", "Ukraine war live: shelling reported in Nikopol as Kharkiv counteroffensive continues")
    assert kind_of(article, "Russian forces shelled the town of Nikopol") == "body"
    assert kind_of(article, "Ukrainian troops took control of the village of Hrakove") == "body"
    assert kind_of(article, "Good morning and welcome to our live coverage") == "body"
    assert kind_of(article, "A few of your comments from overnight:") == "boilerplate"


def test_first_person_reporting_outside_a_live_blog_stays_body():
    article = cleaned(
        "Damage in Irpin\n\n"
        "Russian shelling destroyed a bridge and several houses in Irpin on Sunday, the town's mayor said.\n\n"
        "I saw the damage myself, the mayor said.\n\n"
        "Residents were being evacuated towards Kyiv, regional officials said."
    )

    assert kind_of(article, "I saw the damage myself") == "body"
    assert not is_live_blog(article, [t for _, t in kinds(article)])


def test_chatty_first_person_paragraph_in_a_live_blog_is_a_comment():
    texts = ["Ukraine war live", "09.12 BST", REPORT, "Honestly I can't stop reading this, stay safe everyone."]

    assert classify_paragraphs(texts, live_blog=True, title="Ukraine war live")[3] == "comment"


# -- quotes and continuations -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "\u201cThey shelled us all night long. Nobody slept,\u201d said Olena, a resident of Saltivka.",
        '"We will not leave our city," the mayor said.',
        "\u00abWe are holding the line near Bakhmut and we will not give up a metre\u00bb, the commander said.",
    ],
)
def test_paragraph_that_is_mostly_a_quotation_is_a_quote(line):
    assert classify_paragraphs(["Shelling in Kharkiv", REPORT, line], title="Shelling in Kharkiv")[2] == "quote"


def test_paragraph_after_a_quote_introduction_is_a_quote():
    texts = ["Shelling in Kharkiv", "The governor's statement reads in full:", "Two civilians were killed in Saltivka tonight."]

    assert classify_paragraphs(texts, title="Shelling in Kharkiv")[2] == "quote"


@pytest.mark.parametrize("before", ["body", "quote"])
def test_lower_case_continuation_line_takes_the_kind_of_the_line_before(before):
    line = REPORT if before == "body" else '"We will not leave our city," the mayor said,'
    texts = ["Shelling in Kharkiv", line, "adding that help had been promised by the government."]

    assert classify_paragraphs(texts, title="Shelling in Kharkiv")[1:] == [before, before]


def test_lower_case_continuation_of_boilerplate_is_boilerplate():
    texts = ["Shelling in Kharkiv", REPORT, "Subscribe to our newsletter", "and get the latest updates every morning."]

    assert classify_paragraphs(texts, title="Shelling in Kharkiv")[3] == "boilerplate"


# -- titles --------------------------------------------------------------------------------------------


def test_first_paragraph_is_the_title_only_when_it_is_the_article_title():
    texts = ["Shelling in Kharkiv", REPORT]

    assert classify_paragraphs(texts, title="Shelling in Kharkiv") == ["title", "body"]
    assert classify_paragraphs(texts, title="shelling  in KHARKIV") == ["title", "body"]
    assert classify_paragraphs(texts) == ["body", "body"]
    assert classify_paragraphs(texts, title="Something else entirely") == ["body", "body"]


def test_untitled_article_starts_with_body():
    article = cleaned(REPORT + "\n\nFirefighters worked through the night, the emergency service said.")

    assert article.title is None
    assert [kind for kind, _ in kinds(article)] == ["body", "body"]


# -- junk ----------------------------------------------------------------------------------------------


def test_headline_only_article_is_junk_with_headline_only_reason():
    article = cleaned("Russian forces shell Kharkiv\n")

    reason = junk_reason(article)

    assert reason is not None and "headline only" in reason


def test_newsletter_sign_up_page_is_junk_with_a_reason():
    article = cleaned(
        "Get our daily war briefing\n\n"
        "Newsletter\n\n"
        "Sign up for our newsletter to get the latest updates from Ukraine.\n\n"
        "By submitting your email you agree to our Terms of Service and Privacy Policy.\n\n"
        "You can unsubscribe at any time.\n\n"
        "Subscribe\n"
    )

    reason = junk_reason(article)

    assert reason is not None
    assert "too little reporting" in reason
    assert "boilerplate" in reason


def test_real_short_report_of_forty_words_is_not_junk():
    body = (
        "Russian forces shelled Kharkiv on Monday, killing two civilians and wounding five, the regional governor said. "
        "The shells hit a residential block in the Saltivka district. Firefighters worked through the night "
        "to put out the fires, the emergency service said."
    )
    assert len(body.split()) == 40
    article = cleaned(f"Shelling in Kharkiv kills two\n\n{body}\n")

    assert junk_reason(article) is None


def test_junk_threshold_counts_body_and_quote_words_but_not_the_title():
    words = " ".join(["Shelling"] + ["word"] * (MIN_REPORTING_WORDS - 2))
    short = cleaned(f"A long enough title with many words in it\n\n{words}.\n")
    enough = cleaned(f"A long enough title with many words in it\n\n{words} more.\n")

    assert junk_reason(short) == f"too little reporting: {MIN_REPORTING_WORDS - 1} words of body text, at least {MIN_REPORTING_WORDS} needed"
    assert junk_reason(enough) is None


def test_a_reader_comment_opening_with_a_capitalised_my_is_a_comment():
    text = (
        "Shelling reported in Kharkiv\n\n"
        "Russian forces shelled Kharkiv on Monday, the governor said.\n\n"
        "Reader comments:\n\n"
        "My cousin in Sumy said the Russians shelled her street again last night."
    )
    article = clean(make_article("comment.txt", text, title="Shelling reported in Kharkiv"))

    assert kind_of(article, "My cousin in Sumy said") == "comment"  # 'said' reads as reporting; 'My' gives it away


def test_a_line_longer_than_a_paragraph_can_be_is_read_in_pieces_cut_after_a_sentence():
    sentence = "Russian forces shelled Kharkiv on Monday, the governor said. "
    line = sentence * (MAX_PARAGRAPH_CHARS // len(sentence) * 3)
    text = f"Title\n\n{line.strip()}\n"

    spans = paragraph_spans(text)

    assert len(spans) == 4
    assert all(end - start <= MAX_PARAGRAPH_CHARS for start, end in spans)
    assert all(text[start:end].endswith(".") for start, end in spans[1:])
    assert "".join(text[s:e] + " " for s, e in spans[1:]).strip() == line.strip()


def test_a_line_with_no_space_at_all_is_still_cut_at_the_limit():
    text = "x" * (MAX_PARAGRAPH_CHARS * 2 + 5)

    assert paragraph_spans(text) == [(0, MAX_PARAGRAPH_CHARS), (MAX_PARAGRAPH_CHARS, 2 * MAX_PARAGRAPH_CHARS), (2 * MAX_PARAGRAPH_CHARS, len(text))]


def test_more_text_than_any_news_article_is_turned_away_as_a_dump():
    article = make_article("dump.txt", "Shelling hit Kharkiv on Monday, the governor said. " * (MAX_ARTICLE_CHARS // 40))

    assert junk_reason(clean(article)).endswith("a dump to split into articles")
