"""A new user's first session, as subprocesses on loopback: each failure is one or two lines.

Every command runs as ``python -m tidalkit`` in a fresh process (what a user types), with a private
token database and no TIDAL credentials. "Offline" is a loopback port nothing listens on, so no
test touches the network. Each case asserts the exit code, no traceback, and a short message.
"""

# ruff: noqa: S603 - the subprocesses run this interpreter with fixed arguments

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tidalkit.auth.config import ENV_VARS

TIMEOUT = 90


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("TIDAL", "HTTP", "HTTPS"))}
    for id_var, secret_var in ENV_VARS.values():
        environ.pop(id_var, None)
        environ.pop(secret_var, None)
    environ["TIDALKIT_TOKEN_DB"] = str(tmp_path / "tokens.db")
    return environ


@pytest.fixture
def closed_url() -> str:
    """A loopback URL nothing listens on (the port was bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def tidalkit(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tidalkit", *args], capture_output=True, text=True, env=env, timeout=TIMEOUT
    )


def assert_short_failure(result: subprocess.CompletedProcess[str], code: int, *phrases: str) -> None:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    errors = [i for i, line in enumerate(lines) if line.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    assert 1 <= len(lines[errors[0] :]) <= 2, result.stderr  # the error and at most one hint
    for phrase in phrases:
        assert phrase in result.stderr


class Running:
    """A background ``python -m tidalkit`` whose stderr/stdout lines are read as they come."""

    def __init__(self, env: dict[str, str], *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tidalkit", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        for stream in (self.process.stdout, self.process.stderr):
            threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            self.lines.put(line)

    def wait_for(self, text: str) -> str:
        while True:
            line = self.lines.get(timeout=TIMEOUT)
            self.seen.append(line)
            if text in line:
                return line

    def interrupt(self) -> tuple[int, str]:
        """Ctrl-C; the exit code and everything printed."""
        self.process.send_signal(signal.SIGINT)
        code = self.process.wait(timeout=TIMEOUT)
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return code, "".join(self.seen)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=TIMEOUT)


@contextmanager
def running(env: dict[str, str], *args: str) -> Iterator[Running]:
    proc = Running(env, *args)
    try:
        yield proc
    finally:
        proc.stop()


@pytest.mark.parametrize(
    "command",
    [
        ("login",),
        ("login", "--pkce", "--no-browser"),
        ("--api", "private", "login"),
        ("get", "track", "1"),
        ("--api", "private", "get", "track", "1"),
        ("search", "love"),
    ],
)
def test_offline_commands_name_the_unreachable_host_and_the_cause(
    env: dict[str, str], closed_url: str, command: tuple[str, ...]
) -> None:
    result = tidalkit(env, "--sandbox-url", closed_url, *command)
    assert_short_failure(result, 1, "could not reach 127.0.0.1", "refused", "check the network")
    assert "authentication failed" not in result.stderr
    assert "renew" not in result.stderr


@pytest.mark.parametrize(
    ("command", "phrase"),
    [
        (("get", "song", "1"), "'song' is not one of"),
        (("--bogus",), "No such option: --bogus"),
        (("search",), "Missing argument"),
        (("search", "  "), "the search query is empty"),
        (("--sandbox", "get", "track", "99999999"), "not found"),
        (("get", "track", "1"), "no TIDAL credentials for the v2 API"),
    ],
)
def test_bad_arguments_are_two_lines_at_most(
    env: dict[str, str], command: tuple[str, ...], phrase: str
) -> None:
    result = tidalkit(env, *command)
    expected = 1 if "99999999" in command else 2
    assert_short_failure(result, expected, phrase)


def test_a_sandbox_session_login_get_search_logout(env: dict[str, str]) -> None:
    login = tidalkit(env, "--sandbox", "login")
    assert login.returncode == 0, login.stderr
    assert "Ctrl-C to cancel" in login.stderr
    assert "link.tidal.com" not in login.stderr + login.stdout
    track = tidalkit(env, "--sandbox", "get", "track", "1")
    assert track.returncode == 0, track.stderr
    assert "4:33" in track.stdout  # m:ss, not PT4M33S
    found = tidalkit(env, "--sandbox", "search", "love", "--limit", "3")
    assert found.returncode == 0, found.stderr
    assert all(len(line) > 0 for line in found.stdout.splitlines())
    logout = tidalkit(env, "logout")  # no credentials needed
    assert logout.returncode == 0, logout.stderr
    assert "removed 1" in logout.stdout


def test_pkce_prints_the_login_url_and_ctrl_c_cancels(env: dict[str, str]) -> None:
    env = {**env, "TIDAL_CLIENT_ID": "my-app"}  # TIDAL itself: nothing is sent before the redirect
    args = ("login", "--pkce", "--no-browser", "--redirect-uri", "http://127.0.0.1:0/callback")
    with running(env, *args) as login:
        url = login.wait_for("https://login.tidal.com/authorize?")
        assert "client_id=my-app" in url
        assert "code_challenge_method=S256" in url
        code, output = login.interrupt()
    assert code == 130
    assert "Traceback" not in output
    assert "error: cancelled (Ctrl-C)" in output


def test_sandbox_serve_then_ctrl_c_during_a_device_login(env: dict[str, str]) -> None:
    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    cli_extra = pyproject["project"]["optional-dependencies"]["cli"]
    assert any(req.startswith("uvicorn") for req in cli_extra)  # `pip install tidalkit[cli]` serves
    with running(env, "sandbox", "serve", "--port", "0", "--device-polls", "100000") as server:
        base = server.wait_for("Sandbox TIDAL at ").split()[3]
        with running(env, "--sandbox-url", base, "login") as login:
            login.wait_for("Ctrl-C to cancel")
            code, output = login.interrupt()
        assert code == 130
        assert "Traceback" not in output
        assert "error: cancelled (Ctrl-C)" in output
        # a login stored by an in-process --sandbox command is unknown to the served sandbox:
        # catalogue reads fall back to app access; whoami says which command logs in there
        assert tidalkit(env, "--sandbox", "login").returncode == 0
        track = tidalkit(env, "--sandbox-url", base, "get", "track", "1")
        assert track.returncode == 0, track.stderr
        me = tidalkit(env, "--sandbox-url", base, "whoami")
        assert_short_failure(me, 1, f"run `tidalkit --sandbox-url {base} login`")
        assert "await " not in me.stderr  # a command, not a Python call
        pkce = tidalkit(env, "--sandbox-url", base, "login", "--pkce")
        assert pkce.returncode == 0, pkce.stderr
        assert f"{base}/login/authorize?" in pkce.stderr
        stopped, output = server.interrupt()
    assert stopped == 0
    assert "Traceback" not in output
    assert "Sandbox stopped." in output
