"""Shared fixtures: the project's own example and fixture articles, and loaded models."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
FIXTURE_ARTICLES = TESTS / "fixtures" / "articles"


def pytest_addoption(parser) -> None:
    parser.addoption("--update", action="store_true", help="rewrite the golden files from the current output")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update"))


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return Path(str(resources.files("eventwire") / "examples"))


@pytest.fixture(scope="session")
def fixture_articles() -> Path:
    return FIXTURE_ARTICLES


@pytest.fixture
def empty_postgres() -> str:
    """The URL of the test PostgreSQL database, emptied; skips when none is configured."""
    import sqlalchemy as sa

    from eventwire.store import database_url

    url = os.environ.get("EVENTWIRE_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("EVENTWIRE_TEST_POSTGRES_URL is not set")
    engine = sa.create_engine(database_url(url))
    with engine.begin() as connection:
        connection.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def nlp():
    from eventwire.parse import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def gazetteer():
    from eventwire.geo.gazetteer import load_gazetteer

    return load_gazetteer()


SLOW_TEST_SECONDS = 3.0  # a test that takes longer belongs to the slow set (pytest -m "not slow" stays under a minute)
_unmarked_slow: list[tuple[str, float]] = []


def pytest_runtest_logreport(report) -> None:
    if report.when == "call" and report.duration > SLOW_TEST_SECONDS and "slow" not in report.keywords:
        _unmarked_slow.append((report.nodeid, report.duration))


def pytest_terminal_summary(terminalreporter) -> None:
    """Name the tests that took over 3 s without the ``slow`` mark, so they get it."""
    for nodeid, seconds in _unmarked_slow:
        terminalreporter.write_line(f"not marked slow but took {seconds:.1f} s: {nodeid}", yellow=True)
