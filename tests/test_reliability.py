"""Reliability: one poisoned input never stops a run, never loses stored data, and never
bricks the store for later runs.

Each of the six ways eventwire once broke is specified here with fixtures written for
the purpose: extreme and backwards dates, lone surrogates in JSON, file names that are
not UTF-8, symbolic links and special files, and settings out of range. Then how a
failure while merging is isolated, and how ``eventwire doctor`` repairs a store that an
older version left inconsistent.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import threading

import pytest
import sqlalchemy as sa
from builders import IZIUM, MANIFEST_HEADER, day, mention, write
from typer.testing import CliRunner

import eventwire
from eventwire import codec, merge
from eventwire.cli import app
from eventwire.dates import EARLIEST_PLAUSIBLE_DATE, resolve_date
from eventwire.doctor import check_store
from eventwire.errors import ConfigError, InputError
from eventwire.ingest import _read_at_most, make_article, read_inputs
from eventwire.merge import merge_block
from eventwire.models import Article, ArticleAnalysis, DateRange, Rejected
from eventwire.sanitise import name_from_printable
from eventwire.settings import SETTINGS, load_settings
from eventwire.store import event_mentions, events, open_store, quarantined_mentions

runner = CliRunner()
PUBLISHED = dt.date(2022, 9, 11)
TERRITORY = "Government regains territory"
GOOD_REPORT = "Russian forces shelled Kharkiv on Monday, killing two civilians, the regional governor said.\n"
LATER = "the regional governor said in a statement on the messaging app Telegram late in the evening."
IZIUM_BLOCK = f"territory|{IZIUM.geonameid}"


def stored_analysis(store, name: str, *mentions, published: dt.date | None = PUBLISHED) -> Article:
    """Save an article named ``name`` with ``mentions`` (made to belong to it) into ``store``."""
    article = make_article(f"{name}.txt", f"Report {name}\n\nUkrainian forces recaptured Izium.", published=published)
    owned = tuple(m.__class__(**{**m.__dict__, "article_id": article.article_id}) for m in mentions)
    store.save_analysis(ArticleAnalysis(article, (), owned), "run")
    return article


def insert_as_an_older_version_would(store, article: Article, *mentions) -> None:
    """Rows written straight into the date index, as a version without today's checks did."""
    rows = []
    for m in mentions:
        m = m.__class__(**{**m.__dict__, "article_id": article.article_id})
        date = m.date
        rows.append(
            {
                "mention_id": m.mention_id,
                "article_id": article.article_id,
                "block": merge.block_of(m),
                "merged": False,
                "record": json.dumps(codec.mention_to_json(m)),
                "earliest": date.earliest,
                "latest": date.latest,
                "span_days": (date.latest - date.earliest).days,
            }
        )
    with store.engine.begin() as connection:
        connection.execute(event_mentions.insert(), rows)


def recapture(name: str, earliest: dt.date, latest: dt.date):
    return mention(name, TERRITORY, date=DateRange(earliest, latest, 1), sentence=f"Ukrainian forces recaptured Izium ({name}).")


@pytest.fixture
def store(tmp_path):
    return open_store(str(tmp_path / "store.db"))


# -- 1. a date in year 9999 --------------------------------------------------------------------


def test_a_date_in_year_9999_resolves_to_no_date():
    assert resolve_date("Ukrainian forces recaptured Izium on 31 December 9999.", PUBLISHED) is None
    assert resolve_date("The town fell 9999999999 days later.", PUBLISHED, day("2022-09-10")) is None


def test_territory_reports_dated_9999_merge_without_overflowing():
    reports = [recapture("a", dt.date(9999, 12, 30), dt.date.max), recapture("b", dt.date.max, dt.date.max)]

    (event,) = merge_block(IZIUM_BLOCK, reports, window_days=14)

    assert len(event.mentions) == 2


def test_mentions_dated_after_publication_never_reach_the_date_index(store):
    stored_analysis(store, "future", recapture("a", dt.date(9999, 12, 30), dt.date.max), recapture("b", dt.date(9999, 12, 31), dt.date.max))

    store.merge_pending(14)

    assert store.count(event_mentions) == 0
    assert store.count(quarantined_mentions) == 2
    (rejection,) = store.quarantined()
    assert rejection.stage == "store" and "not one a report published 2022-09-11 can give" in rejection.reason


def test_a_store_holding_year_9999_from_an_older_version_still_merges_later_runs(store):
    old = stored_analysis(store, "old")
    insert_as_an_older_version_would(store, old, recapture("a", dt.date(9999, 12, 30), dt.date.max), recapture("b", dt.date.max, dt.date.max))
    store.merge_pending(14)  # once: OverflowError, and again at every later run

    stored_analysis(store, "new", recapture("c", dt.date(2022, 9, 10), dt.date(2022, 9, 10)))
    store.merge_pending(14)

    assert store.pending_blocks() == []
    assert store.count(events) >= 1


# -- 2. a backwards date range --------------------------------------------------------------------


def test_a_month_after_publication_is_no_date_rather_than_a_backwards_range():
    assert resolve_date("Russian troops left Izium in February 2023.", PUBLISHED) is None


@pytest.mark.timeout(30)
def test_a_backwards_range_left_by_an_older_version_cannot_hang_the_merge(store):
    old = stored_analysis(store, "old")
    insert_as_an_older_version_would(store, old, recapture("a", dt.date(2023, 2, 1), dt.date(2022, 9, 11)))
    stored_analysis(store, "new", recapture("b", dt.date(2022, 9, 10), dt.date(2022, 9, 10)))

    store.merge_pending(14)

    assert store.pending_blocks() == []


def test_a_backwards_range_is_refused_when_saved(store):
    stored_analysis(store, "backwards", recapture("a", dt.date(2023, 2, 1), dt.date(2022, 9, 11)))

    assert store.count(event_mentions) == 0
    assert store.count(quarantined_mentions) == 1


def test_dates_partly_outside_the_bounds_are_clamped_not_dropped():
    since = resolve_date("Shelling has continued since the beginning of March.", dt.date(1900, 6, 1))
    assert since is not None and since.earliest >= EARLIEST_PLAUSIBLE_DATE


# -- 3. a lone surrogate in a JSONL record -------------------------------------------------------


def test_lone_surrogates_in_every_field_of_a_jsonl_record_are_replaced_and_later_records_read(tmp_path, store):
    poisoned = {
        "id": "x\ud800",
        "title": "T\ud800",
        "text": "Shelling hit Kharkiv\ud800 on Monday.\x00",
        "publisher": "P\udfff",
        "url": "http://e/\ud800",
        "language": "en\ud800",
        "published": "2022-09-11\ud800",
        "extra\ud800": "v\ud800",
    }
    lines = [json.dumps(poisoned), json.dumps({"id": "after", "text": GOOD_REPORT})]
    path = write(tmp_path, "dump.jsonl", "\n".join(lines) + "\n")

    items = list(read_inputs([path]))

    articles = [i for i in items if isinstance(i, Article)]
    assert [a.path for a in articles] == ["dump.jsonl#x\ufffd", "dump.jsonl#after"]
    first = articles[0]
    assert "\x00" not in first.text and "\ufffd" in first.text
    assert first.publisher == "P\ufffd" and dict(first.metadata) == {"extra\ufffd": "v\ufffd"}
    for article in articles:
        assert store.save_analysis(ArticleAnalysis(article), "run")


# -- 4. a file name that is not UTF-8 --------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_kept_printable_and_reversible(tmp_path, store):
    raw_name = "Харків".encode("cp1251") + b".txt"
    with open(os.path.join(os.fsencode(tmp_path), raw_name), "w", encoding="utf-8") as handle:
        handle.write(GOOD_REPORT)

    (article,) = read_inputs([tmp_path])

    assert article.path == "\\xd5\\xe0\\xf0\\xea\\xb3\\xe2.txt"
    assert os.fsencode(name_from_printable(article.path)) == raw_name
    assert store.save_analysis(ArticleAnalysis(article), "run")


# -- 5. symbolic links and special files -----------------------------------------------------------


def test_a_link_out_of_the_input_folder_is_rejected_unless_links_are_followed(tmp_path):
    outside = write(tmp_path / "elsewhere", "secret.txt", GOOD_REPORT)
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "passwd.txt").symlink_to(outside)

    (item,) = read_inputs([folder])
    (followed,) = read_inputs([folder], follow_symlinks=True)

    assert isinstance(item, Rejected) and item.source == "passwd.txt"
    assert "outside the input folders" in item.reason and "--follow-symlinks" in item.reason
    assert isinstance(followed, Article)


def test_a_link_that_stays_inside_the_input_folder_is_read(tmp_path):
    folder = tmp_path / "inputs"
    write(folder, "a/report.txt", GOOD_REPORT)
    (folder / "alias.txt").symlink_to(folder / "a" / "report.txt")

    items = list(read_inputs([folder]))

    assert all(isinstance(i, Article) for i in items) and len(items) == 2


def test_a_named_link_to_a_device_is_rejected_without_reading_it(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")

    assert list(read_inputs([link])) == [Rejected("zero.txt", "ingest", "not a regular file: a character device")]


@pytest.mark.timeout(20)
def test_a_fifo_is_rejected_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")

    assert list(read_inputs([tmp_path])) == [Rejected("pipe.txt", "ingest", "not a regular file: a named pipe (FIFO)")]
    assert list(read_inputs([tmp_path / "pipe.txt"])) == [Rejected("pipe.txt", "ingest", "not a regular file: a named pipe (FIFO)")]


def test_dangling_links_and_link_loops_are_each_rejected_with_their_reason(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")

    reasons = {item.source: item.reason for item in read_inputs([tmp_path])}

    assert reasons["gone.txt"].startswith("dangling symbolic link")
    assert reasons["a.txt"].startswith("symbolic link loop") and reasons["b.txt"].startswith("symbolic link loop")
    assert list(read_inputs([tmp_path / "gone.txt"]))[0].reason.startswith("dangling symbolic link")


def test_a_linked_folder_in_a_circle_is_walked_once(tmp_path):
    write(tmp_path / "inputs", "report.txt", GOOD_REPORT)
    (tmp_path / "inputs" / "again").symlink_to(tmp_path / "inputs")

    items = list(read_inputs([tmp_path / "inputs"], follow_symlinks=True))

    assert [i.path for i in items if isinstance(i, Article)] == ["report.txt"]


def test_the_size_limit_is_counted_while_reading_not_taken_from_the_file_system():
    with pytest.raises(InputError, match="over the 10 bytes limit"):
        _read_at_most(io.BufferedReader(io.BytesIO(b"x" * 100)), 10)
    assert _read_at_most(io.BufferedReader(io.BytesIO(b"x" * 10)), 10) == b"x" * 10


# -- 6. settings out of range ----------------------------------------------------------------------


def test_a_batch_size_of_zero_is_refused(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_BATCH_SIZE", "0")
    with pytest.raises(ConfigError, match="'batch_size' must be between 1 and"):
        load_settings()


@pytest.mark.parametrize("setting", [s for s in SETTINGS if s.minimum is not None], ids=lambda s: s.name)
def test_every_numeric_setting_refuses_values_outside_its_range(setting):
    with pytest.raises(ConfigError, match=setting.name):
        load_settings(**{setting.name: setting.minimum - 1})
    with pytest.raises(ConfigError, match=setting.name):
        load_settings(**{setting.name: setting.maximum + 1})
    assert getattr(load_settings(**{setting.name: setting.minimum}), setting.name) == setting.minimum


def test_every_integer_setting_declares_its_range():
    integers = [s.name for s in SETTINGS if isinstance(s.default, int) and not isinstance(s.default, bool)]
    assert [name for name in integers if next(s for s in SETTINGS if s.name == name).minimum is None] == []


@pytest.mark.parametrize("value, expected", [("yes", True), ("0", False), (True, True), ("off", False)])
def test_switches_take_the_usual_words(value, expected):
    assert load_settings(follow_symlinks=value).follow_symlinks is expected


@pytest.mark.parametrize("value", ["maybe", 2.5, True])
def test_a_switch_or_number_of_the_wrong_kind_is_refused(value):
    with pytest.raises(ConfigError):
        load_settings(follow_symlinks=value) if value == "maybe" else load_settings(workers=value)


def test_an_empty_store_path_is_refused():
    with pytest.raises(ConfigError, match="'db' must not be empty"):
        load_settings(db=" ")


def test_a_run_with_batch_size_zero_stores_nothing_so_a_correct_run_still_finds_the_events(tmp_path, monkeypatch):
    write(tmp_path / "inputs", "report.txt", GOOD_REPORT)
    monkeypatch.setenv("EVENTWIRE_BATCH_SIZE", "0")

    result = runner.invoke(app, ["run", str(tmp_path / "inputs"), "--db", str(tmp_path / "s.db")])

    assert result.exit_code == 2 and "batch_size" in result.output
    assert not (tmp_path / "s.db").exists()


# -- isolation of a failing merge -----------------------------------------------------------------


def test_an_article_whose_merge_fails_is_quarantined_and_the_others_merge(store, monkeypatch):
    stored_analysis(store, "good", recapture("good", dt.date(2022, 9, 9), dt.date(2022, 9, 9)))
    stored_analysis(store, "poison", recapture("poison", dt.date(2022, 9, 10), dt.date(2022, 9, 10)))
    real_merge = merge_block

    def failing_on_poison(block, mentions, window_days=14):
        if any("poison" in m.sentence for m in mentions):
            raise RuntimeError("a bug met by this article only")
        return real_merge(block, mentions, window_days)

    monkeypatch.setattr("eventwire.store.merge_block", failing_on_poison)
    store.merge_pending(14, run_id="r1")

    assert store.pending_blocks() == []
    (event,) = [record for record, _ in store.iter_event_records()]
    assert len(event["mention_ids"]) == 1
    (rejection,) = store.quarantined("r1")
    assert rejection.source == "poison.txt" and rejection.stage == "merge"
    assert "RuntimeError: a bug met by this article only" in rejection.reason

    monkeypatch.setattr("eventwire.store.merge_block", real_merge)
    stored_analysis(store, "later", recapture("later", dt.date(2022, 9, 10), dt.date(2022, 9, 10)))
    store.merge_pending(14)
    (event,) = [record for record, _ in store.iter_event_records()]
    assert len(event["mention_ids"]) == 2  # the later run merges as if the poisoned article were not there


def test_a_released_quarantine_merges_once_the_bug_is_fixed(store, monkeypatch):
    stored_analysis(store, "poison", recapture("poison", dt.date(2022, 9, 10), dt.date(2022, 9, 10)))
    monkeypatch.setattr("eventwire.store.merge_block", lambda *args: 1 / 0)
    store.merge_pending(14)
    monkeypatch.undo()

    check_store(store, release=True)

    assert store.count(quarantined_mentions) == 0 and store.count(events) == 1


# -- the doctor -----------------------------------------------------------------------------------


def test_the_doctor_repairs_what_an_older_version_left_and_a_second_look_finds_nothing(store):
    old = stored_analysis(store, "old", recapture("fine", dt.date(2022, 9, 10), dt.date(2022, 9, 10)))
    store.merge_pending(14)
    insert_as_an_older_version_would(
        store, old, recapture("future", dt.date(9999, 1, 1), dt.date.max), recapture("clamp", dt.date(2022, 9, 1), dt.date(2022, 12, 31))
    )
    with store.engine.connect() as connection:  # an event left pointing at a mention that is gone
        connection.execute(sa.text("PRAGMA foreign_keys=OFF"))
        connection.execute(sa.text("INSERT INTO events (event_id, block, event_date, record) VALUES ('ghost', 'b', NULL, '{}')"))
        connection.execute(sa.text("INSERT INTO event_sources (event_id, mention_id) VALUES ('ghost', 'missing')"))
        connection.commit()

    first = {f.check: f for f in check_store(store)}

    assert first["implausible dates"].found == first["implausible dates"].repaired == 1
    assert first["dates outside their bounds"].found == 1
    assert first["events pointing at missing mentions"].found == 1
    assert all(f.open == 0 for f in first.values())
    again = check_store(store, repair=False)
    assert [f.check for f in again if f.found and f.check not in ("mentions in quarantine",)] == []
    clamped = [r for r, _ in store.iter_event_records()]
    assert clamped and all(r["date_range"][1] <= "2022-09-12" for r in clamped)


def test_doctor_on_the_command_line_reports_each_check(store, tmp_path):
    stored_analysis(store, "one", recapture("one", dt.date(2022, 9, 10), dt.date(2022, 9, 10)))

    result = runner.invoke(app, ["doctor", "--db", str(tmp_path / "store.db")])

    assert result.exit_code == 0, result.output
    assert "blocks with unmerged mentions" in result.output and "implausible dates" in result.output


def test_doctor_dry_run_changes_nothing_and_exits_1_when_something_is_wrong(store, tmp_path):
    stored_analysis(store, "one", recapture("one", dt.date(2022, 9, 10), dt.date(2022, 9, 10)))

    result = runner.invoke(app, ["doctor", "--db", str(tmp_path / "store.db"), "--dry-run"])

    assert result.exit_code == 1
    assert store.pending_blocks() == [IZIUM_BLOCK]


# -- end to end: every hostile input of the issue in one run ---------------------------------------


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_one_run_over_hostile_inputs_keeps_the_good_article_and_leaves_the_store_usable(tmp_path):
    inputs = tmp_path / "inputs"
    write(inputs, "good.txt", "Shelling in Kharkiv\n\n" + GOOD_REPORT)
    write(inputs, "future.txt", f"Izium falls\n\nUkrainian forces recaptured Izium on 31 December 9999, {LATER}\n")
    write(inputs, "backwards.txt", f"Izium report\n\nRussian troops left Izium in February 2023, {LATER}\n")
    write(inputs, "dump.jsonl", json.dumps({"id": "s", "text": f"Troops shelled Izium\ud800 on Monday, {LATER}"}) + "\n")
    with open(os.path.join(os.fsencode(inputs), "Ізюм".encode("cp1251", "replace") + b"\xff.txt"), "w") as handle:
        handle.write(f"Izium\n\nRussian shelling hit Izium on Sunday, {LATER}\n")
    os.mkfifo(inputs / "pipe.txt")
    (inputs / "passwd.txt").symlink_to("/etc/passwd")
    (inputs / "dangling.txt").symlink_to(inputs / "nowhere.txt")
    write(tmp_path, "manifest.csv", MANIFEST_HEADER + "future.txt,2022-09-11,,,en\nbackwards.txt,2022-09-11,,,en\ngood.txt,9999-12-31,,,en\n")
    db = str(tmp_path / "s.db")

    finished = {}
    worker = threading.Thread(target=lambda: finished.update(summary=eventwire.run([inputs], meta=tmp_path / "manifest.csv", db=db)))
    worker.start()
    worker.join(200)

    summary = finished["summary"]
    reasons = {r.source: r.reason for r in summary.rejected}
    assert reasons["pipe.txt"] == "not a regular file: a named pipe (FIFO)"
    assert "outside the input folders" in reasons["passwd.txt"]
    assert reasons["dangling.txt"].startswith("dangling symbolic link")
    assert "is not a day an article can have been published" in reasons["manifest.csv:4 (good.txt)"]
    assert summary.articles_new == 5
    again = eventwire.run([inputs], meta=tmp_path / "manifest.csv", db=db)
    assert again.articles_new == 0 and again.events == summary.events
