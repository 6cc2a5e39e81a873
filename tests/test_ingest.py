"""Ingest: every input path becomes Articles, or Rejected records that say why not."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from builders import MANIFEST_HEADER, write

from eventwire.errors import ConfigError, InputError
from eventwire.ingest import (
    ARTICLE_ID_HEX_CHARS,
    article_id_for,
    expand_paths,
    looks_like_headline,
    make_article,
    parse_published,
    read_inputs,
    read_manifest,
)
from eventwire.models import Article, Rejected

REPORT = (
    "Russian forces shelled Kharkiv on Monday, killing two civilians, the regional governor said. "
    "The shells hit a residential block in the Saltivka district and started several fires."
)


def articles_in(items) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def rejections_in(items) -> list[Rejected]:
    return [item for item in items if isinstance(item, Rejected)]


def only_article(paths, manifest=None) -> Article:
    items = list(read_inputs(paths, manifest))
    assert rejections_in(items) == []
    (article,) = items
    return article


# -- .txt --------------------------------------------------------------------------


def test_txt_first_non_empty_line_is_the_title_when_it_reads_as_a_headline(tmp_path):
    path = write(tmp_path, "kharkiv.txt", f"\n\n  Shelling in Kharkiv kills two  \n\n{REPORT}\n")

    article = only_article([path])

    assert article.title == "Shelling in Kharkiv kills two"
    assert article.path == "kharkiv.txt"


def test_txt_text_is_kept_verbatim_except_that_crlf_and_cr_become_lf(tmp_path):
    raw = "Shelling in Kharkiv\r\n\r\n   Indented first paragraph.\r\nSecond line\rThird line\r\n\t\r\n"
    path = write(tmp_path, "crlf.txt", raw.encode("utf-8"))

    article = only_article([path])

    assert article.text == "Shelling in Kharkiv\n\n   Indented first paragraph.\nSecond line\nThird line\n\t\n"


def test_txt_byte_order_mark_is_not_part_of_the_text_or_title(tmp_path):
    path = write(tmp_path, "bom.txt", ("\ufeffShelling in Kharkiv\n\n" + REPORT).encode("utf-8"))

    article = only_article([path])

    assert article.title == "Shelling in Kharkiv"
    assert article.text.startswith("Shelling")


def test_txt_single_long_multi_sentence_first_line_gives_no_title(tmp_path):
    path = write(tmp_path, "untitled.txt", REPORT + "\n")

    article = only_article([path])

    assert article.title is None
    assert article.text == REPORT + "\n"


def test_txt_first_line_of_more_than_thirty_words_gives_no_title(tmp_path):
    long_line = " ".join(["word"] * 31)
    path = write(tmp_path, "long.txt", f"{long_line}\n\n{REPORT}\n")

    assert only_article([path]).title is None


@pytest.mark.parametrize(
    "line",
    [
        "Shelling in Kharkiv kills two",
        "Ukraine war live: shelling reported in Nikopol as Kharkiv counteroffensive continues",
        "Kyiv says it retook 20 settlements in Kharkiv region",
        "Explosions heard in Melitopol; occupation official says depot hit",
    ],
)
def test_short_lines_without_a_sentence_break_look_like_headlines(line):
    assert looks_like_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        REPORT,
        "Russian forces shelled Kharkiv. Two people were killed.",
        "Is Kherson next? Analysts are divided",
        " ".join(["word"] * 31),
    ],
)
def test_sentences_and_overlong_lines_do_not_look_like_headlines(line):
    assert not looks_like_headline(line)


def test_headline_with_an_abbreviation_is_still_a_title(tmp_path):
    path = write(tmp_path, "embassy.txt", f"U.S. Embassy in Kyiv urges Americans to leave Ukraine\n\n{REPORT}\n")

    assert only_article([path]).title == "U.S. Embassy in Kyiv urges Americans to leave Ukraine"


# -- article ids ----------------------------------------------------------------------


def test_article_id_is_a_stable_short_hex_hash_of_the_text():
    first = article_id_for(REPORT)

    assert first == article_id_for(REPORT)
    assert len(first) == ARTICLE_ID_HEX_CHARS
    int(first, 16)


def test_article_ids_are_equal_for_texts_differing_only_in_whitespace_and_case():
    spaced = "  RUSSIAN forces   shelled\tKharkiv on Monday,\n\nkilling two civilians.  "
    plain = "Russian forces shelled Kharkiv on Monday, killing two civilians."

    assert article_id_for(spaced) == article_id_for(plain)


def test_article_ids_are_equal_for_unicode_compatibility_forms():
    assert article_id_for("Ｋｙｉｖ ﬁghting") == article_id_for("Kyiv fighting")


def test_article_ids_differ_for_different_texts():
    assert article_id_for("Russian forces shelled Kharkiv.") != article_id_for("Russian forces shelled Kherson.")


def test_same_text_in_two_files_gives_the_same_article_id(tmp_path):
    first = write(tmp_path, "a.txt", f"Shelling in Kharkiv\n\n{REPORT}\n")
    second = write(tmp_path, "b.txt", f"SHELLING IN KHARKIV\r\n\r\n{REPORT}   \r\n")

    ids = {article.article_id for article in read_inputs([first, second])}

    assert len(ids) == 1


def test_make_article_keeps_metadata_and_extra_fields():
    article = make_article(
        "dump.jsonl#7",
        REPORT,
        title="Shelling",
        published=dt.date(2022, 9, 12),
        publisher="Wire",
        url="https://example.org/7",
        language="en",
        extra=(("section", "world"),),
    )

    assert article.article_id == article_id_for(REPORT)
    assert (article.title, article.published, article.publisher, article.url, article.language) == (
        "Shelling",
        dt.date(2022, 9, 12),
        "Wire",
        "https://example.org/7",
        "en",
    )
    assert article.metadata == (("section", "world"),)
    assert article.paragraphs == ()


@pytest.mark.parametrize("text", ["", "   ", "\r\n\t\n"])
def test_make_article_refuses_empty_or_whitespace_only_text(text):
    with pytest.raises(InputError, match="no text"):
        make_article("empty.txt", text)


# -- .html ------------------------------------------------------------------------------

HTML_REPORT_PARAGRAPHS = (
    "Russian forces shelled the northern districts of Kharkiv overnight, killing two civilians and wounding "
    "five others, the regional governor said on Monday morning.",
    "The shells hit a residential building and a school in the Saltivka district, according to the city's "
    "emergency service, which said firefighters worked through the night to put out the fires.",
    "Ukraine's general staff said Russian artillery had also struck villages north of the city near the "
    "border, but gave no details of casualties in those attacks.",
)
HTML_COMMENTS = (
    "Honestly I cannot believe the world still watches this happen, stay safe everyone in Saltivka.",
    "I bet the shelling gets worse before winter, my cousin lives near the ring road.",
)
DIV_COMMENTS = (
    '<div class="comments"><h3>Reader comments</h3>'
    + "".join(f'<div class="comment"><p class="author">Reader {i}</p><p>{c}</p></div>' for i, c in enumerate(HTML_COMMENTS))
    + "</div>"
)
SECTION_COMMENTS = '<section id="comments"><h2>Comments</h2><ol>' + "".join(f"<li><p>{c}</p></li>" for c in HTML_COMMENTS) + "</ol></section>"


def html_page(comments: str = "", comments_inside_article: bool = False, head: str = "", footer: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in HTML_REPORT_PARAGRAPHS)
    inside, outside = (comments, "") if comments_inside_article else ("", comments)
    return (
        "<!DOCTYPE html><html><head><title>Russian forces shell Kharkiv overnight</title>"
        f"{head}</head><body><header><nav><a href='/'>Home</a></nav></header>"
        f"<article><h1>Russian forces shell Kharkiv overnight</h1>\n{paragraphs}{inside}</article>"
        f"{outside}{footer}</body></html>"
    )


@pytest.mark.parametrize("comments", [DIV_COMMENTS, SECTION_COMMENTS], ids=["div.comments", "section#comments"])
@pytest.mark.parametrize("inside", [False, True], ids=["after-article", "inside-article"])
def test_html_article_text_is_the_report_without_reader_comments(tmp_path, comments, inside):
    path = write(tmp_path, "kharkiv.html", html_page(comments, comments_inside_article=inside))

    article = only_article([path])

    assert article.title == "Russian forces shell Kharkiv overnight"
    assert article.text.startswith("Russian forces shell Kharkiv overnight\n")
    for paragraph in HTML_REPORT_PARAGRAPHS:
        assert paragraph in article.text
    for comment in HTML_COMMENTS:
        assert comment not in article.text
    assert "stay safe" not in article.text and "cousin" not in article.text


def test_html_publication_date_is_taken_from_the_page_metadata(tmp_path):
    head = '<meta property="article:published_time" content="2022-09-12T08:00:00+03:00">'
    path = write(tmp_path, "dated.html", html_page(head=head))

    assert only_article([path]).published == dt.date(2022, 9, 12)


def test_html_copyright_year_is_not_taken_for_a_publication_date(tmp_path):
    footer = "<footer><p>© 2022 Example Media. All rights reserved.</p></footer>"
    path = write(tmp_path, "undated.html", html_page(footer=footer))

    assert only_article([path]).published is None


def test_html_without_any_tags_is_rejected(tmp_path):
    path = write(tmp_path, "plain.html", "just some words and no markup at all")

    (rejected,) = read_inputs([path])

    assert rejected == Rejected(path.name, "ingest", "not HTML: no tags found")


# -- .jsonl ------------------------------------------------------------------------------

FULL_RECORD = {
    "id": "r1",
    "title": "Shelling in Kharkiv",
    "text": REPORT,
    "published": "2022-09-12T08:00:00Z",
    "publisher": "Example Wire",
    "url": "https://example.org/r1",
    "language": "en",
    "section": "world",
}


def jsonl(*lines: object) -> str:
    return "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)


def test_jsonl_record_fields_become_article_fields_and_unknown_fields_metadata(tmp_path):
    path = write(tmp_path, "dump.jsonl", jsonl(FULL_RECORD))

    article = only_article([path])

    assert article.path == "dump.jsonl#r1"
    assert article.title == "Shelling in Kharkiv"
    assert article.text == f"Shelling in Kharkiv\n\n{REPORT}"
    assert article.published == dt.date(2022, 9, 12)
    assert (article.publisher, article.url, article.language) == ("Example Wire", "https://example.org/r1", "en")
    assert article.metadata == (("section", "world"),)


def test_jsonl_title_is_not_repeated_when_the_text_already_starts_with_it(tmp_path):
    record = {"id": "r2", "title": "Shelling in Kharkiv", "text": f"Shelling in Kharkiv\n\n{REPORT}"}
    path = write(tmp_path, "dump.jsonl", jsonl(record))

    assert only_article([path]).text == f"Shelling in Kharkiv\n\n{REPORT}"


def test_jsonl_line_that_is_not_json_is_rejected_naming_file_and_line_and_others_go_on(tmp_path):
    second = {"id": "r2", "text": "Ukrainian forces recaptured Kupiansk on Saturday, the regional governor said."}
    path = write(tmp_path, "dump.jsonl", jsonl(FULL_RECORD, '{"id": "broken", "text": ', second))

    items = list(read_inputs([path]))

    (rejected,) = rejections_in(items)
    assert rejected.source == "dump.jsonl:2"
    assert rejected.stage == "ingest"
    assert "not valid JSON" in rejected.reason
    assert [a.path for a in articles_in(items)] == ["dump.jsonl#r1", "dump.jsonl#r2"]


def test_jsonl_record_without_text_is_rejected_and_others_go_on(tmp_path):
    path = write(tmp_path, "dump.jsonl", jsonl({"id": "t", "title": "Only a title", "text": "   "}, FULL_RECORD))

    items = list(read_inputs([path]))

    (rejected,) = rejections_in(items)
    assert (rejected.source, rejected.stage) == ("dump.jsonl:1", "ingest")
    assert "no 'text'" in rejected.reason
    assert [a.path for a in articles_in(items)] == ["dump.jsonl#r1"]


def test_jsonl_line_holding_a_json_array_is_rejected(tmp_path):
    path = write(tmp_path, "dump.jsonl", jsonl([1, 2], FULL_RECORD))

    (rejected,) = rejections_in(read_inputs([path]))

    assert rejected.source == "dump.jsonl:1"
    assert "expected an object" in rejected.reason


def test_jsonl_blank_lines_are_skipped_and_records_without_id_are_named_by_line(tmp_path):
    path = write(tmp_path, "dump.jsonl", "\n" + jsonl({"text": REPORT}))

    assert only_article([path]).path == "dump.jsonl:2"


def test_jsonl_record_with_an_unparseable_date_is_kept_without_a_date_and_reported(tmp_path):
    path = write(tmp_path, "dump.jsonl", jsonl({**FULL_RECORD, "published": "sometime last autumn"}))

    items = list(read_inputs([path]))

    (rejected,) = rejections_in(items)
    assert (rejected.source, rejected.stage) == ("dump.jsonl:1", "metadata")
    assert "'sometime last autumn' does not parse" in rejected.reason
    (article,) = articles_in(items)
    assert article.published is None


def test_jsonl_record_with_html_instead_of_text_is_extracted(tmp_path):
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in HTML_REPORT_PARAGRAPHS) + "</article></body></html>"
    path = write(tmp_path, "dump.jsonl", jsonl({"id": "h1", "title": "Shelling in Kharkiv", "html": html}))

    article = only_article([path])

    assert article.title == "Shelling in Kharkiv"
    assert HTML_REPORT_PARAGRAPHS[0] in article.text
    assert "<p>" not in article.text


def test_record_title_is_part_of_the_text_whether_the_record_has_text_or_html(tmp_path):
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in HTML_REPORT_PARAGRAPHS) + "</article></body></html>"
    path = write(tmp_path, "dump.jsonl", jsonl({"id": "h1", "title": "Shelling in Kharkiv", "html": html}))

    assert only_article([path]).text.startswith("Shelling in Kharkiv\n")


# -- .csv ------------------------------------------------------------------------------------


def test_csv_dump_rows_become_articles_with_unknown_columns_as_metadata(tmp_path):
    content = (
        "id,title,text,published,publisher,section\n"
        f'c1,Shelling in Kharkiv,"{REPORT}",2022-09-12,Example Wire,world\n'
        ',,"Ukrainian forces recaptured Kupiansk on Saturday, the regional governor said.",,,\n'
    )
    path = write(tmp_path, "dump.csv", content)

    first, second = read_inputs([path])

    assert first.path == "dump.csv#c1"
    assert first.text == f"Shelling in Kharkiv\n\n{REPORT}"
    assert (first.published, first.publisher) == (dt.date(2022, 9, 12), "Example Wire")
    assert first.metadata == (("section", "world"),)
    assert second.path == "dump.csv:3"
    assert second.title is None and second.published is None


def test_csv_without_a_text_or_html_column_is_rejected(tmp_path):
    path = write(tmp_path, "other.csv", "id,title,body\n1,Shelling,Russian forces shelled Kharkiv.\n")

    (rejected,) = read_inputs([path])

    assert isinstance(rejected, Rejected)
    assert rejected.stage == "ingest"
    assert "no 'text' or 'html' column" in rejected.reason
    assert "id, title, body" in rejected.reason


# -- feeds --------------------------------------------------------------------------------------

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Feed Wire</title><link>https://feed.example.org/</link><description>War news</description><language>en</language>
<item><title>Drone strike in Odesa</title><link>https://feed.example.org/odesa</link>
<guid>https://feed.example.org/odesa</guid><pubDate>Sun, 11 Sep 2022 08:00:00 GMT</pubDate>
<description>A drone struck the port of Odesa on Sunday, the regional administration said.</description></item>
<item><title>Shelling in Nikopol</title><link>https://feed.example.org/nikopol</link>
<guid>https://feed.example.org/nikopol</guid><pubDate>Mon, 12 Sep 2022 09:30:00 GMT</pubDate>
<description>Russian forces shelled Nikopol overnight, the governor said.</description></item>
</channel></rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:uuid:feed</id>
<updated>2022-09-12T10:00:00Z</updated>
<entry><title>Fighting near Bakhmut</title><id>urn:uuid:bakhmut</id><link href="https://atom.example.org/bakhmut"/>
<updated>2022-09-12T10:00:00Z</updated><published>2022-09-12T07:00:00Z</published>
<summary>Fighting continued near Bakhmut on Monday, the general staff said.</summary></entry>
<entry><title>Missile hits Kramatorsk</title><id>urn:uuid:kramatorsk</id><link href="https://atom.example.org/kramatorsk"/>
<updated>2022-09-11T10:00:00Z</updated>
<summary>A missile hit Kramatorsk on Sunday, killing one man, officials said.</summary></entry>
</feed>
"""


def test_rss_items_become_articles_with_dates_urls_and_the_channel_as_publisher(tmp_path):
    path = write(tmp_path, "wire.xml", RSS_FEED)

    odesa, nikopol = read_inputs([path])

    assert (odesa.title, odesa.published, odesa.url) == ("Drone strike in Odesa", dt.date(2022, 9, 11), "https://feed.example.org/odesa")
    assert (nikopol.title, nikopol.published, nikopol.url) == ("Shelling in Nikopol", dt.date(2022, 9, 12), "https://feed.example.org/nikopol")
    assert odesa.path == "wire.xml#https://feed.example.org/odesa"
    assert odesa.publisher == nikopol.publisher == "Feed Wire"
    assert odesa.language == "en"
    assert "A drone struck the port of Odesa on Sunday" in odesa.text


def test_atom_entries_become_articles_dated_by_published_or_else_updated(tmp_path):
    path = write(tmp_path, "wire.atom", ATOM_FEED)

    bakhmut, kramatorsk = read_inputs([path])

    assert (bakhmut.title, bakhmut.published, bakhmut.url) == ("Fighting near Bakhmut", dt.date(2022, 9, 12), "https://atom.example.org/bakhmut")
    assert (kramatorsk.title, kramatorsk.published, kramatorsk.url) == ("Missile hits Kramatorsk", dt.date(2022, 9, 11), "https://atom.example.org/kramatorsk")
    assert bakhmut.path == "wire.atom#urn:uuid:bakhmut"
    assert bakhmut.publisher == "Atom Wire"
    assert "Fighting continued near Bakhmut on Monday" in bakhmut.text


def test_atom_feed_in_an_xml_file_is_read_too(tmp_path):
    path = write(tmp_path, "atom.xml", ATOM_FEED)

    assert len(articles_in(read_inputs([path]))) == 2


def test_xml_that_is_not_a_feed_is_rejected(tmp_path):
    path = write(tmp_path, "config.xml", "<?xml version='1.0'?><settings><colour>blue</colour></settings>")

    (rejected,) = read_inputs([path])

    assert isinstance(rejected, Rejected)
    assert rejected.reason.startswith("not an RSS/Atom feed")


# -- manifest --------------------------------------------------------------------------------


def test_manifest_metadata_is_applied_by_file_name(tmp_path):
    article_path = write(tmp_path / "inputs" / "deep", "kharkiv.txt", f"Shelling in Kharkiv\n\n{REPORT}\n")
    manifest = read_manifest(write(tmp_path, "meta.csv", MANIFEST_HEADER + "some/other/folder/kharkiv.txt,2022-09-12,Example Wire,https://example.org/k,en\n"))

    article = only_article([tmp_path / "inputs"], manifest)

    assert article.path == article_path.name
    assert (article.published, article.publisher, article.url, article.language) == (
        dt.date(2022, 9, 12),
        "Example Wire",
        "https://example.org/k",
        "en",
    )


def test_manifest_fills_only_the_fields_it_gives(tmp_path):
    path = write(tmp_path, "dump.jsonl", jsonl(FULL_RECORD))
    manifest = read_manifest(write(tmp_path, "meta.csv", MANIFEST_HEADER + "dump.jsonl,,Manifest Wire,,\n"))

    article = only_article([path], manifest)

    assert article.publisher == "Manifest Wire"
    assert (article.published, article.url, article.language) == (dt.date(2022, 9, 12), "https://example.org/r1", "en")


def test_manifest_is_not_read_as_an_input_when_it_lies_among_the_inputs(tmp_path):
    write(tmp_path, "kharkiv.txt", f"Shelling in Kharkiv\n\n{REPORT}\n")
    manifest = read_manifest(write(tmp_path, "manifest.csv", MANIFEST_HEADER + "kharkiv.txt,2022-09-12,,,\n"))

    assert only_article([tmp_path], manifest).published == dt.date(2022, 9, 12)


def test_manifest_row_for_a_file_not_among_the_inputs_is_rejected(tmp_path):
    path = write(tmp_path / "inputs", "kharkiv.txt", f"Shelling in Kharkiv\n\n{REPORT}\n")
    manifest = read_manifest(write(tmp_path, "meta.csv", MANIFEST_HEADER + "kharkiv.txt,2022-09-12,,,\nlost.txt,2022-09-13,,,\n"))

    items = list(read_inputs([path], manifest))

    (rejected,) = rejections_in(items)
    assert rejected.stage == "manifest"
    assert "lost.txt" in rejected.source
    assert "no such input file" in rejected.reason
    assert len(articles_in(items)) == 1


def test_unparseable_manifest_date_is_reported_and_the_article_kept_without_a_date(tmp_path):
    path = write(tmp_path / "inputs", "kharkiv.txt", f"Shelling in Kharkiv\n\n{REPORT}\n")
    manifest = read_manifest(write(tmp_path, "meta.csv", MANIFEST_HEADER + "kharkiv.txt,the thirty-second of Smarch,Wire,,\n"))

    items = list(read_inputs([path], manifest))

    (rejected,) = rejections_in(items)
    assert rejected.stage == "metadata"
    assert rejected.source == "meta.csv:2 (kharkiv.txt)"
    assert "'the thirty-second of Smarch' does not parse" in rejected.reason
    assert "kept without a date" in rejected.reason
    (article,) = articles_in(items)
    assert article.published is None
    assert article.publisher == "Wire"


def test_missing_manifest_raises_config_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        read_manifest(tmp_path / "nope.csv")


def test_manifest_without_a_file_column_raises_config_error(tmp_path):
    path = write(tmp_path, "meta.csv", "name,published\nkharkiv.txt,2022-09-12\n")

    with pytest.raises(ConfigError, match="no 'file' column"):
        read_manifest(path)


def test_manifest_that_is_not_utf8_raises_config_error(tmp_path):
    path = write(tmp_path, "meta.csv", MANIFEST_HEADER.encode() + "caf\xe9.txt,2022-09-12,,,\n".encode("latin-1"))

    with pytest.raises(ConfigError, match="not a UTF-8 CSV"):
        read_manifest(path)


# -- published dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2022-09-11",
        " 2022-09-11 ",
        "2022-09-11T08:00:00Z",
        "2022-09-11T23:30:00+03:00",
        "Sun, 11 Sep 2022 08:00:00 GMT",
        "11 September 2022",
        "September 11, 2022",
    ],
)
def test_published_dates_parse_in_iso_rss_and_written_forms(value):
    assert parse_published(value) == dt.date(2022, 9, 11)


@pytest.mark.parametrize("value", [None, "", "   "])
def test_missing_published_date_is_none(value):
    assert parse_published(value) is None


@pytest.mark.parametrize("value", ["not a date", "2022-13-45", "September 2022", "2022", "Monday"])
def test_unparseable_or_incomplete_published_date_raises_a_metadata_input_error(value):
    with pytest.raises(InputError) as caught:
        parse_published(value)

    assert caught.value.stage == "metadata"
    assert repr(value) in caught.value.reason
    assert "expected YYYY-MM-DD" in caught.value.reason


@pytest.mark.parametrize("value", ["yesterday", "2 days ago", "today"])
def test_relative_published_date_is_not_resolved_against_the_clock(value):
    with pytest.raises(InputError):
        parse_published(value)


# -- paths ---------------------------------------------------------------------------------------


def test_directory_walk_is_recursive_sorted_and_skips_hidden_and_unsupported_files(tmp_path):
    for name in ["b.txt", "a.html", "sub/c.jsonl", "sub/deeper/d.csv", "feed.rss", "e.TXT"]:
        write(tmp_path, name, "x")
    for name in [".hidden.txt", ".git/objects.txt", "sub/.cache/e.txt", "notes.docx", "image.png", "README"]:
        write(tmp_path, name, "x")

    found = expand_paths([tmp_path])

    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.html",
        "b.txt",
        "e.TXT",
        "feed.rss",
        "sub/c.jsonl",
        "sub/deeper/d.csv",
    ]


def test_directory_whose_own_path_is_hidden_is_still_walked(tmp_path):
    write(tmp_path / ".inbox", "a.txt", "x")

    assert [p.name for p in expand_paths([tmp_path / ".inbox"])] == ["a.txt"]


def test_glob_patterns_expand_to_matching_files(tmp_path):
    for name in ["a.txt", "b.txt", "c.html", "sub/d.txt"]:
        write(tmp_path, name, "x")

    assert [p.name for p in expand_paths([str(tmp_path / "*.txt")])] == ["a.txt", "b.txt"]
    assert [p.name for p in expand_paths([str(tmp_path / "**" / "*.txt")])] == ["a.txt", "b.txt", "d.txt"]


def test_a_file_named_twice_is_read_once_and_skipped_files_are_left_out(tmp_path):
    a = write(tmp_path, "a.txt", "x")
    b = write(tmp_path, "b.txt", "x")

    assert expand_paths([a, tmp_path, str(tmp_path / "*.txt")]) == [a, b]
    assert expand_paths([tmp_path], skip=[b]) == [a]


def test_unsupported_extension_named_explicitly_is_rejected(tmp_path):
    path = write(tmp_path, "report.docx", "Russian forces shelled Kharkiv.")

    (rejected,) = read_inputs([path])

    assert rejected.source == path.name
    assert rejected.stage == "ingest"
    assert "unsupported file type '.docx'" in rejected.reason


def test_file_without_extension_named_explicitly_is_rejected(tmp_path):
    path = write(tmp_path, "README", "Russian forces shelled Kharkiv.")

    (rejected,) = read_inputs([path])

    assert "unsupported file type '(none)'" in rejected.reason


def test_missing_path_raises_config_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        expand_paths([tmp_path / "missing.txt"])
    with pytest.raises(ConfigError, match="matches no file"):
        list(read_inputs([str(tmp_path / "*.nothing")]))


def test_inputs_are_read_in_a_stable_sorted_order(tmp_path):
    for name in ["c.txt", "a.txt", "b.txt"]:
        write(tmp_path, name, f"{name} {REPORT}")

    assert [a.path for a in read_inputs([tmp_path])] == ["a.txt", "b.txt", "c.txt"]
