"""The side-by-side script of docs/two-clients.md runs on both clients against the sandbox."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tidalkit._http import HeaderAuth
from tidalkit.api import TidalAPI
from tidalkit.private import PrivateAPI
from tidalkit.testing import Sandbox

PAGE = Path(__file__).resolve().parents[2] / "docs" / "two-clients.md"


def page_script() -> dict[str, Any]:
    code = re.findall(r"```python\n(.*?)```", PAGE.read_text(encoding="utf-8"), flags=re.DOTALL)[0]
    namespace: dict[str, Any] = {}
    exec(compile(code, str(PAGE), "exec"), namespace)  # noqa: S102 - our own documentation
    return namespace


async def test_the_same_script_reads_the_same_on_both_clients(capsys: pytest.CaptureFixture[str]) -> None:
    script = page_script()
    sandbox = Sandbox(latency=0.0, rate_limit=None)
    auth = HeaderAuth({"Authorization": f"Bearer {sandbox.user_token()}"}, identity="user:docs")
    playlist = sandbox.playlist_ids["small"]
    async with (
        TidalAPI(auth=auth, base_url=sandbox.urls.v2, transport=sandbox.transport(), country_code="US") as v2,
        PrivateAPI(auth=auth, base_url=sandbox.urls.private, transport=sandbox.transport()) as private,
    ):
        from_v2 = await script["v2"](v2, playlist)
        from_private = await script["private"](private, playlist)
    assert from_v2[:4] == from_private[:4]  # the same track and batch, by either API
    assert from_v2[0] == "Raven Mirror"
    assert len(from_v2) == len(from_private) == 4 + 50
    printed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in printed] == ["404", "404"]
