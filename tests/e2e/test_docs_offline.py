"""/docs works without internet: Swagger UI's page and every asset it loads are served by the
platform itself (issue 17: it was blank, loaded from a CDN)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.stores("memory")


def test_the_api_documentation_loads_nothing_from_the_internet(api):
    page = api.client.get("/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") for s in sources), sources
    for source in sources:
        asset = api.client.get(source)
        assert asset.status_code == 200 and len(asset.content) > 500, source
    assert "/openapi.json" in page.text
