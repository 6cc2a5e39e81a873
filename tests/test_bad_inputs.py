"""Bad inputs: each becomes a Rejected record naming the input, the stage and the problem.

A bad input never stops a run: the other inputs are still read and stored, the outputs
are written with one ``articles.jsonl`` line per rejection, and the exit code is 1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import MANIFEST_HEADER, write

import eventwire
from eventwire.clean import clean, junk_reason
from eventwire.ingest import read_inputs, read_manifest
from eventwire.models import Article, Rejected

MEGABYTE = 1024 * 1024
DEFAULT_LIMIT_MB = 20
HUGE_FILE_MB = 50

GOOD_TITLE = "Shelling in Kharkiv kills two civilians"
GOOD_REPORT = (
    "Russian forces shelled Kharkiv on Monday, killing two civilians, the regional governor said. "
    "The shells hit a residential block in the Saltivka district and started several fires. "
    "Firefighters worked through the night to put them out, the city's emergency service said. "
    "Ukraine's general staff said Russian artillery also struck villages near the border."
)
GOOD_ARTICLE = f"{GOOD_TITLE}\n\n{GOOD_REPORT}\n"


def write_huge_text(folder: Path, name: str, megabytes: int = HUGE_FILE_MB) -> Path:
    """A text file of ``megabytes`` MB of 'a ' written in one go (fast: no per-line writes)."""
    path = folder / name
    path.write_bytes(b"a " * (megabytes * MEGABYTE // 2))
    return path


def verdict(item: Article | Rejected) -> tuple[str, str] | None:
    """(stage, reason) if the pipeline turns this item away, as ``run`` does; None if it keeps it."""
    if isinstance(item, Rejected):
        return item.stage, item.reason
    reason = junk_reason(clean(item))
    return ("clean", reason) if reason else None


def only_item(paths, manifest=None) -> Article | Rejected:
    (item,) = read_inputs(paths, manifest)
    return item


# -- each bad input through read_inputs ----------------------------------------------------------


def test_binary_file_is_rejected_with_reason(tmp_path):
    path = write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))

    assert only_item([path]) == Rejected(path.name, "ingest", "binary file (contains NUL bytes), not text")


def test_empty_file_is_rejected_as_empty(tmp_path):
    path = write(tmp_path, "empty.txt", b"")

    assert only_item([path]) == Rejected(path.name, "ingest", "empty file")


def test_whitespace_only_file_is_rejected_as_empty(tmp_path):
    path = write(tmp_path, "blank.txt", " \n\t\r\n   \n")

    assert only_item([path]) == Rejected(path.name, "ingest", "empty file")


def test_file_that_is_not_utf8_is_rejected_naming_the_bad_byte(tmp_path):
    path = write(tmp_path, "latin1.txt", "caf\xe9 in Kharkiv was hit by a shell, the owner said.".encode("latin-1"))

    item = only_item([path])

    assert isinstance(item, Rejected)
    assert (item.source, item.stage) == (path.name, "ingest")
    assert item.reason == "not UTF-8 text: byte 0xe9 at offset 3 is invalid"


def test_file_over_the_size_limit_is_rejected_naming_its_size_and_the_limit(tmp_path):
    path = write_huge_text(tmp_path, "huge.txt")
    assert path.stat().st_size == HUGE_FILE_MB * MEGABYTE

    item = only_item([path])

    assert isinstance(item, Rejected)
    assert item.stage == "ingest"
    assert f"{HUGE_FILE_MB} MB" in item.reason
    assert f"over the {DEFAULT_LIMIT_MB} MB limit" in item.reason
    assert "max_input_mb" in item.reason


def test_size_limit_is_a_parameter_of_read_inputs(tmp_path):
    path = write(tmp_path, "small.txt", GOOD_ARTICLE)

    (item,) = read_inputs([path], max_bytes=10)

    assert isinstance(item, Rejected)
    assert item.reason.startswith("file is ") and "over the 10 bytes limit" in item.reason


def test_malformed_html_is_rejected_at_ingest_saying_no_article_text_was_found(tmp_path):
    path = write(tmp_path, "malformed.html", "<html><body><div><p>unclosed")

    stage, reason = verdict(only_item([path]))

    assert stage == "ingest"
    assert reason == "no article text found in the HTML (malformed page or no main content)"


def test_html_without_article_content_is_rejected(tmp_path):
    path = write(tmp_path, "no-content.html", "<html><head><title>Loading</title><script>var x = 1;</script></head><body><div></div></body></html>")

    assert only_item([path]) == Rejected(path.name, "ingest", "no article text found in the HTML (malformed page or no main content)")


def test_garbage_with_stray_angle_brackets_is_rejected(tmp_path):
    path = write(tmp_path, "garbage.html", "<<<>>> %%% </ garbage <div")

    item = only_item([path])

    assert isinstance(item, Rejected)
    assert "no article text found" in item.reason


def test_jsonl_line_that_is_not_json_is_rejected_naming_the_line(tmp_path):
    path = write(tmp_path, "broken.jsonl", '{"id": "b1", "text": \n')

    item = only_item([path])

    assert isinstance(item, Rejected)
    assert (item.source, item.stage) == ("broken.jsonl:1", "ingest")
    assert item.reason.startswith("line 1 is not valid JSON")


def test_jsonl_line_lacking_text_is_rejected(tmp_path):
    path = write(tmp_path, "no-text.jsonl", json.dumps({"id": "n1", "title": "Only a title"}) + "\n")

    assert only_item([path]) == Rejected("no-text.jsonl:1", "ingest", "record has no 'text' (or 'html') field with content")


def test_manifest_row_for_a_missing_file_is_rejected(tmp_path):
    good = write(tmp_path / "inputs", "good.txt", GOOD_ARTICLE)
    manifest = read_manifest(write(tmp_path, "manifest.csv", MANIFEST_HEADER + "missing.txt,2022-09-12,,,\n"))

    items = list(read_inputs([good], manifest))

    assert items[0] == Rejected("manifest.csv: missing.txt", "manifest", "row for 'missing.txt', but no such input file was given")
    assert [type(i) for i in items] == [Rejected, Article]


def test_manifest_date_that_does_not_parse_is_rejected_and_the_article_kept(tmp_path):
    good = write(tmp_path / "inputs", "good.txt", GOOD_ARTICLE)
    manifest = read_manifest(write(tmp_path, "manifest.csv", MANIFEST_HEADER + "good.txt,32/13/2022,Example Wire,,\n"))

    problem, article = read_inputs([good], manifest)

    assert problem == Rejected(
        "manifest.csv:2 (good.txt)",
        "metadata",
        "published date '32/13/2022' does not parse; expected YYYY-MM-DD; the article is kept without a date",
    )
    assert isinstance(article, Article)
    assert (article.published, article.publisher) == (None, "Example Wire")


def test_record_date_that_does_not_parse_is_rejected_and_the_record_kept(tmp_path):
    record = {"id": "d1", "text": GOOD_REPORT, "published": "the Ides of March"}
    path = write(tmp_path, "dated.jsonl", json.dumps(record) + "\n")

    problem, article = read_inputs([path])

    assert (problem.source, problem.stage) == ("dated.jsonl:1", "metadata")
    assert "'the Ides of March' does not parse" in problem.reason
    assert isinstance(article, Article) and article.published is None


def test_bad_inputs_do_not_stop_the_good_ones_being_read(tmp_path):
    write(tmp_path, "a-binary.txt", b"\x00\x01\x02")
    write(tmp_path, "b-broken.jsonl", "not json\n")
    write(tmp_path, "c-latin1.txt", b"caf\xe9")
    write(tmp_path, "d-good.txt", GOOD_ARTICLE)
    write(tmp_path, "e-empty.txt", b"")

    items = list(read_inputs([tmp_path]))

    assert [type(i).__name__ for i in items] == ["Rejected", "Rejected", "Rejected", "Article", "Rejected"]
    assert verdict(items[3]) is None


# -- the whole run ------------------------------------------------------------------------------------

# every bad input of the run below, by the name its Rejected source contains: (stage, part of reason)
EXPECTED_REJECTIONS = {
    "binary.txt": ("ingest", "binary file"),
    "empty.txt": ("ingest", "empty file"),
    "blank.txt": ("ingest", "empty file"),
    "latin1.txt": ("ingest", "not UTF-8"),
    "huge.txt": ("ingest", f"over the {DEFAULT_LIMIT_MB} MB limit"),
    "malformed.html": ("ingest", "no article text found"),
    "no-content.html": ("ingest", "no article text found"),
    "broken.jsonl:1": ("ingest", "not valid JSON"),
    "no-text.jsonl:1": ("ingest", "no 'text'"),
    "missing.txt": ("manifest", "no such input file"),
    "(good.txt)": ("metadata", "'32/13/2022' does not parse"),
}


def build_inputs(folder: Path) -> Path:
    """One good article among every kind of bad input; returns the manifest."""
    inputs = folder / "inputs"
    write(inputs, "good.txt", GOOD_ARTICLE)
    write(inputs, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(inputs, "empty.txt", b"")
    write(inputs, "blank.txt", "  \n\t\n   \n")
    write(inputs, "latin1.txt", "caf\xe9 in Kharkiv was hit by a shell, the owner said.".encode("latin-1"))
    write_huge_text(inputs, "huge.txt")
    write(inputs, "malformed.html", "<html><body><div><p>unclosed")
    write(inputs, "no-content.html", "<html><body><div></div></body></html>")
    write(inputs, "broken.jsonl", '{"id": "b1", "text": \n')
    write(inputs, "no-text.jsonl", json.dumps({"id": "n1", "title": "Only a title"}) + "\n")
    return write(folder, "manifest.csv", MANIFEST_HEADER + "good.txt,32/13/2022,Example Wire,https://example.org/good,en\nmissing.txt,2022-09-12,,,\n")


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """The same inputs run twice into one store: (first summary, second summary, out dir)."""
    folder = tmp_path_factory.mktemp("bad-inputs")
    manifest = build_inputs(folder)
    out = folder / "out"
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("EVENTWIRE_MAX_INPUT_MB", raising=False)
        patch.delenv("EVENTWIRE_CONFIG", raising=False)
        patch.chdir(folder)  # no stray eventwire.toml
        first = eventwire.run([folder / "inputs"], meta=manifest, db=str(folder / "t.db"), out=out)
        first_lines = (out / "articles.jsonl").read_text("utf-8").splitlines()
        second = eventwire.run([folder / "inputs"], meta=manifest, db=str(folder / "t.db"), out=out)
        second_lines = (out / "articles.jsonl").read_text("utf-8").splitlines()
    return first, second, [json.loads(line) for line in first_lines], [json.loads(line) for line in second_lines]


def rejection_naming(rejected, name: str) -> Rejected:
    (found,) = [r for r in rejected if name in r.source]
    return found


@pytest.mark.slow
def test_run_with_bad_inputs_exits_with_code_1(two_runs):
    first, _, _, _ = two_runs

    assert first.exit_code == 1


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED_REJECTIONS))
def test_run_rejects_each_bad_input_at_its_stage_naming_the_problem(two_runs, name):
    first, _, _, _ = two_runs
    stage, reason_part = EXPECTED_REJECTIONS[name]

    rejected = rejection_naming(first.rejected, name)

    assert rejected.stage == stage
    assert reason_part in rejected.reason


@pytest.mark.slow
def test_run_rejects_nothing_but_the_bad_inputs(two_runs):
    first, _, _, _ = two_runs

    assert len(first.rejected) == len(EXPECTED_REJECTIONS)


@pytest.mark.slow
def test_run_stores_the_good_article_next_to_the_bad_ones(two_runs):
    first, _, _, _ = two_runs

    assert first.articles_new == 1
    assert first.event_mentions >= 1
    assert first.events >= 1


@pytest.mark.slow
def test_articles_jsonl_has_one_line_per_rejection_and_the_good_article(two_runs):
    first, _, lines, _ = two_runs
    stored = [line for line in lines if line["rejected"] is None]
    rejected = [line for line in lines if line["rejected"] is not None]

    (good,) = stored
    assert (good["path"], good["title"], good["published"], good["publisher"]) == ("good.txt", GOOD_TITLE, None, "Example Wire")
    assert [p["kind"] for p in good["paragraphs"]] == ["title", "body"]
    assert sorted((r["path"], r["rejected"]["stage"], r["rejected"]["reason"]) for r in rejected) == sorted(
        (r.source, r.stage, r.reason) for r in first.rejected
    )
    assert all(r["article_id"] is None and r["paragraphs"] == [] for r in rejected)


@pytest.mark.slow
def test_second_run_on_the_same_inputs_duplicates_nothing(two_runs):
    first, second, first_lines, second_lines = two_runs

    assert second.articles_new == 0
    assert second.event_mentions == 0
    assert second.events == first.events
    assert [line for line in second_lines if line["rejected"] is None] == [line for line in first_lines if line["rejected"] is None]


@pytest.mark.slow
def test_second_run_reports_the_same_rejections_again(two_runs):
    first, second, _, _ = two_runs

    assert second.rejected == first.rejected
    assert second.exit_code == 1


@pytest.mark.slow
def test_second_run_says_how_many_articles_were_already_stored(two_runs):
    first, second, _, _ = two_runs

    assert second.already_stored == first.articles_new
    assert first.already_stored == 0


@pytest.mark.slow
def test_the_store_keeps_each_rejection_once_however_often_it_recurs(two_runs, tmp_path):
    import sqlalchemy as sa

    from eventwire.store import open_store, rejections

    first, _, _, _ = two_runs
    store = open_store(first.db_url)
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(rejections.c.source, rejections.c.stage, rejections.c.reason)).all()

    assert len(rows) == len(set(rows)) == len(set(first.rejected))
