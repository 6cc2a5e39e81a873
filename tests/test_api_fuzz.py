"""API fuzzing: schemathesis generates requests from the workbench's OpenAPI schema; no
request, however odd, may get a server error."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from builders import KUPIANSK, day, mention, stored_analysis
from hypothesis import HealthCheck, settings

from eventwire.store import open_store
from eventwire.web import create_app


def _app():
    store = open_store(str(Path(tempfile.mkdtemp(prefix="eventwire-fuzz-")) / "fuzz.db"))
    store.save_analysis(stored_analysis("one", mention(date=day("2022-09-10"))), "run")
    store.save_analysis(stored_analysis("two", mention("b", "Arrests", place=KUPIANSK, date=day("2022-09-12"), sentence="Police arrested two men.")), "run")
    store.merge_pending()
    return create_app(store, token="fuzz-token")


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_gets_a_server_error(case):
    response = case.call(headers={"Authorization": "Bearer fuzz-token"})
    assert response.status_code < 500, response.text
