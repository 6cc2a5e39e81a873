"""Shared fixtures: the project's own example and fixture articles, and loaded models."""

from __future__ import annotations

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


@pytest.fixture(scope="session")
def nlp():
    from eventwire.parse import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def gazetteer():
    from eventwire.gazetteer import load_gazetteer

    return load_gazetteer()
