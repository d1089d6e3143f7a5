"""The command line against a hostile server: every failure is one line and a clean exit, no traceback.

``tidalkit --sandbox-url URL get track 1`` sends its token and API requests to a loopback server
that answers as no well-behaved server would (tests/reliability/hostile.py). Whatever the answer,
the user sees ``error: ...`` (and at most one hint), exit code 1, and nothing secret.
"""

# ruff: noqa: S603 - the subprocesses run this interpreter with fixed arguments

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.reliability import hostile

from .test_new_user import TIMEOUT, assert_short_failure, env  # noqa: F401 - env is a fixture

DEEP_JSON = b"[" * 100_000 + b"]" * 100_000

CASES: dict[str, hostile.Behaviour] = {
    "bad status line": hostile.answer("HTTP/1.1 OK-ish"),
    "not HTTP": hostile.answer("SSH-2.0-OpenSSH_9.6", close=True),
    "oversized header": hostile.answer(headers={"X-Big": "a" * 70_000}),
    "bad chunk size": hostile.answer(
        headers={"Transfer-Encoding": "chunked"}, body=b"zz\r\nabc\r\n0\r\n\r\n"
    ),
    "HTML 200": hostile.answer(headers={"Content-Type": "text/html"}, body=b"<html>maintenance</html>"),
    "deep JSON": hostile.answer(headers={"Content-Type": "application/json"}, body=DEEP_JSON),
    "redirect": hostile.answer("HTTP/1.1 302 Found", headers={"Location": "http://127.0.0.1:9/"}),
    "gzip bomb": hostile.gzip_bomb(256 * 1024 * 1024),
    "huge 404": hostile.huge_body(404, 20_000_000),
    "garbage JSON token": hostile.answer(
        headers={"Content-Type": "application/json"},
        body=json.dumps({"access_token": None, "expires_in": "soon"}).encode(),
    ),
}


@contextmanager
def serving(behaviour: hostile.Behaviour) -> Iterator[str]:
    """The hostile server on its own event loop in a thread; yields its URL."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    stop = asyncio.Event()
    url: list[str] = []

    async def main() -> None:
        async with hostile.hostile_server(behaviour) as server:
            url.append(server.url)
            ready.set()
            await stop.wait()

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    try:
        assert ready.wait(TIMEOUT)
        yield url[0]
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(TIMEOUT)
        loop.close()


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_answer_is_one_line_on_the_command_line(env: dict[str, str], case: str) -> None:  # noqa: F811
    with serving(CASES[case]) as url:
        result = subprocess.run(
            [sys.executable, "-m", "tidalkit", "--sandbox-url", url, "get", "track", "1"],
            capture_output=True,
            text=True,
            env=env,
            timeout=TIMEOUT,
        )
    assert_short_failure(result, 1)
    assert len(result.stderr) < 2_000  # a bounded message, whatever the body's size
    assert "sandbox-client-secret" not in result.stderr + result.stdout
